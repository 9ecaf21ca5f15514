/**
 * Finding editable elements and remembering where the counselor's caret was.
 * Elements may come from same-origin iframes, so tag names are checked instead of `instanceof`
 * (each frame has its own constructors).
 */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(element: Element | null): element is TextField {
  if (!element) return false;
  if (element.tagName === 'TEXTAREA') return !(element as HTMLTextAreaElement).readOnly && !(element as HTMLTextAreaElement).disabled;
  if (element.tagName !== 'INPUT') return false;
  const input = element as HTMLInputElement;
  return TEXT_INPUT_TYPES.has(input.type.toLowerCase()) && !input.readOnly && !input.disabled;
}

function isEditableDocument(doc: Document): boolean {
  return doc.designMode === 'on' || (doc.body?.isContentEditable ?? false);
}

/** The editable element that owns `node`: a text field, or the outermost contenteditable host. */
export function editableRoot(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return null;
  if (isTextField(element)) return element;
  const doc = element.ownerDocument;
  if (isEditableDocument(doc) && doc.body) return doc.body;
  if (!(element as HTMLElement).isContentEditable) return null;
  let root = element as HTMLElement;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The focused element, looking into same-origin iframes (editor iframes such as TinyMCE's). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active && active.tagName === 'IFRAME') {
    const inner = sameOriginDocument(active as HTMLIFrameElement);
    if (!inner) break;
    if (isEditableDocument(inner)) return inner.body;
    if (!inner.activeElement || inner.activeElement === inner.body) break;
    active = inner.activeElement;
  }
  return active;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Where the caret was in an editable element the last time the counselor was there. */
export interface CaretMemory {
  element: HTMLElement;
  /** Text fields: selection offsets. */
  start?: number;
  end?: number;
  /** Rich-text elements: a copy of the selection range. */
  range?: Range;
}

export function readCaret(element: HTMLElement): CaretMemory {
  if (isTextField(element)) {
    return { element, start: element.selectionStart ?? element.value.length, end: element.selectionEnd ?? element.value.length };
  }
  const selection = element.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (element.contains(range.startContainer) && element.contains(range.endContainer)) {
      return { element, range: range.cloneRange() };
    }
  }
  return { element };
}

/**
 * Remembers the last editable element that had focus in a window (and its same-origin iframes),
 * with its caret, so that a click in the side panel does not lose the counselor's place.
 */
export class EditableTracker {
  private memory: CaretMemory | null = null;
  private readonly watched = new WeakSet<Document>();
  private composing = false;
  private readonly compositionWaiters: Array<() => void> = [];

  /** Listens until `signal` aborts (the content script's context going away). */
  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
  ) {
    this.watch(win.document);
    // Focus moving into an iframe blurs the top window without a focusin there.
    win.addEventListener('blur', () => this.rememberActive(win.document), { capture: true, signal });
    this.rememberActive(win.document);
  }

  /** The last editable element with its caret, or null when none had focus or it left the page. */
  get last(): CaretMemory | null {
    if (this.memory && !this.memory.element.isConnected) this.memory = null;
    return this.memory;
  }

  /**
   * Resolves once no IME composition is in progress, so that an insertion never lands inside a
   * Korean syllable being composed (or after a few seconds, should the composition never end).
   */
  compositionSettled(timeoutMs = 3_000): Promise<void> {
    if (!this.composing) return Promise.resolve();
    return new Promise((resolve) => {
      this.compositionWaiters.push(resolve);
      setTimeout(resolve, timeoutMs);
    });
  }

  private watch(doc: Document): void {
    if (this.watched.has(doc)) return;
    this.watched.add(doc);
    const remember = () => this.rememberActive(doc);
    for (const type of ['focusin', 'selectionchange', 'keyup', 'mouseup', 'input']) {
      doc.addEventListener(type, remember, { capture: true, signal: this.signal });
    }
    doc.addEventListener('compositionstart', () => (this.composing = true), { capture: true, signal: this.signal });
    doc.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        for (const resolve of this.compositionWaiters.splice(0)) resolve();
      },
      { capture: true, signal: this.signal },
    );
  }

  private rememberActive(doc: Document): void {
    const active = deepActiveElement(doc);
    if (active && active.ownerDocument !== doc) this.watch(active.ownerDocument);
    const root = editableRoot(active);
    if (root) this.memory = readCaret(root);
  }
}
