import { editableRoot } from '../dom/editable';
import { renderedText } from '../dom/text';

/** Longest selection kept as ticket text; the matcher caps what it reads anyway. */
export const MAX_SELECTION_CHARS = 20_000;

/** Parts a selection may run into that are not the customer's words: the counselor's draft, editor frames. */
const NOT_CUSTOMER_TEXT = 'textarea, input, iframe, [contenteditable]:not([contenteditable="false"])';

/**
 * Left out of the selection's text, as the browser itself leaves it out of a copy: editors, what the
 * page does not show (an editor's hidden labels), and what cannot be selected (editor toolbars).
 */
function notCustomerText(element: Element): boolean {
  if (element.matches(NOT_CUSTOMER_TEXT)) return true;
  if ((element as Element & { checkVisibility?: () => boolean }).checkVisibility?.() === false) return true;
  return element.ownerDocument.defaultView?.getComputedStyle(element).userSelect === 'none';
}

/**
 * The text the counselor selected on the page, when the selection starts outside editable fields
 * (one that starts inside the reply box is the counselor's own draft, not the customer's words).
 * A triple click ends its selection at the start of the next block, which is often the reply
 * editor (or its toolbar); whatever of an editor the selection covers, and whatever the page does
 * not show, is left out, so the customer's text remains. Read from the live page, not a copy:
 * visibility needs the page's styles.
 */
export function selectedTicketText(win: Window): string | null {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (editableRoot(range.startContainer)) return null;
  const text = renderedText(range.commonAncestorContainer, { range, skip: notCustomerText });
  return text === '' ? null : text.slice(0, MAX_SELECTION_CHARS);
}
