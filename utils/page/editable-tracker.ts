import { deepActiveElement, editableRoot, readCaret, type CaretMemory } from '../dom/editable';

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
    win: Window,
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
