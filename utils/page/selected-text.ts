import { editableRoot } from '../dom/editable';

/** Longest selection kept as ticket text; the matcher caps what it reads anyway. */
const MAX_SELECTION_CHARS = 20_000;

/**
 * The text the counselor selected on the page, when the selection is outside editable fields
 * (a selection inside the reply box is the counselor's own draft, not the customer's words).
 */
export function selectedTicketText(win: Window): string | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (editableRoot(range.startContainer) || editableRoot(range.endContainer)) return null;
  const text = selection.toString().replace(/\s+\n/g, '\n').trim();
  return text === '' ? null : text.slice(0, MAX_SELECTION_CHARS);
}
