import { editableRoot } from '../dom/editable';
import { blockText } from '../dom/text';

/** Longest selection kept as ticket text; the matcher caps what it reads anyway. */
export const MAX_SELECTION_CHARS = 20_000;

/** Editable parts a selection may run into: the counselor's draft is never the customer's text. */
const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/**
 * The text the counselor selected on the page, when the selection starts outside editable fields
 * (one that starts inside the reply box is the counselor's own draft, not the customer's words).
 * A triple click ends its selection at the start of the next block, which is often the reply
 * editor; whatever of an editor the selection covers is left out, so the customer's text remains.
 */
export function selectedTicketText(win: Window): string | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (editableRoot(range.startContainer)) return null;
  const copy = win.document.createElement('div');
  copy.append(range.cloneContents());
  for (const element of copy.querySelectorAll(EDITABLE)) element.remove();
  const text = blockText(copy);
  return text === '' ? null : text.slice(0, MAX_SELECTION_CHARS);
}
