import { isTextField, type CaretMemory } from '../dom/editable';

/** Where the reply goes: at the counselor's caret (replacing a selection), over the whole draft, or after it. */
export type InsertMode = 'caret' | 'replace' | 'append';

/** Gives the editor focus back with the caret (or selection) the mode asks for. */
export function placeCaret(memory: CaretMemory, mode: InsertMode): void {
  const { element } = memory;
  element.focus({ preventScroll: true });
  if (isTextField(element)) {
    const length = element.value.length;
    if (mode === 'replace') element.setSelectionRange(0, length);
    else if (mode === 'append') element.setSelectionRange(length, length);
    else {
      const start = Math.min(memory.start ?? length, length);
      element.setSelectionRange(start, Math.min(Math.max(memory.end ?? start, start), length));
    }
    return;
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  // Clicking in the side panel leaves the page's selection alone: when it is still in the editor,
  // the editor's own model already holds it, and re-applying a DOM range could only disturb that.
  if (mode === 'caret' && selection.rangeCount > 0 && element.contains(selection.getRangeAt(0).startContainer)) return;
  let range = memory.range && mode === 'caret' && element.contains(memory.range.startContainer) ? memory.range : null;
  if (!range) {
    range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    if (mode !== 'replace') range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}
