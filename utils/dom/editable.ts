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

/**
 * Whether the element's content is editable. JSDOM (unit tests) has no `isContentEditable`; there
 * the nearest `contenteditable` attribute decides, as browsers do for the common cases.
 */
function isContentEditable(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const native = (element as HTMLElement).isContentEditable as boolean | undefined;
  if (native !== undefined) return native;
  const host = element.closest('[contenteditable]');
  return host !== null && host.getAttribute('contenteditable') !== 'false';
}

/** The editable element that owns `node`: a text field, or the outermost contenteditable host. */
export function editableRoot(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return null;
  if (isTextField(element)) return element;
  const doc = element.ownerDocument;
  if (isEditableDocument(doc) && doc.body) return doc.body;
  if (!isContentEditable(element)) return null;
  let root = element;
  while (isContentEditable(root.parentElement)) root = root.parentElement;
  return root;
}

/**
 * The editable element something names: the editor it is part of (a click inside it, a selector
 * for it), else the first editable inside it (a selector or click on the editor's container).
 */
export function editableAt(element: Element | null): HTMLElement | null {
  if (!element) return null;
  return editableRoot(element) ?? element.querySelector<HTMLElement>('textarea, [contenteditable=""], [contenteditable="true"]');
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

/** Parts of an editor that are not its text: placeholders drawn as uneditable nodes (Slate's). */
const NOT_TEXT = '[contenteditable="false"], [data-slate-placeholder]';

/** What an editable element holds as text (a field's value, an editor's text without its placeholder), trimmed. */
export function editableText(element: HTMLElement): string {
  if (isTextField(element)) return element.value.trim();
  const copy = element.cloneNode(true) as HTMLElement;
  for (const part of copy.querySelectorAll(NOT_TEXT)) part.remove();
  return (copy.textContent ?? '').replace(/[\u200b\ufeff]/g, '').trim();
}
