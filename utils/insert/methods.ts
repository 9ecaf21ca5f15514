import { isTextField, type TextField } from '../dom/editable';
import type { InsertMethod } from './editor-family';
import { insertThroughPageApi } from './page-api-bridge';

/**
 * What a method did: `done` (the editor's text may now hold the reply), `handled` (the editor took
 * the event and may apply it a moment later: never try another method then, or the reply would be
 * inserted twice), or `skipped` (the editor ignored it).
 */
export type MethodResult = 'done' | 'handled' | 'skipped';

function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The reply as HTML paragraphs (line breaks inside a paragraph as <br>), always escaped. */
export function replyHtml(text: string): string {
  return paragraphsOf(text)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** `execCommand` is deprecated and missing in some environments (JSDOM); false means "not done". */
function exec(doc: Document, command: string, value?: string): boolean {
  return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
}

/** Native typing into a text field: frameworks (React, Vue) see real input events; one undo step. */
function typeText(field: TextField, text: string): MethodResult {
  return exec(field.ownerDocument, 'insertText', text) ? 'done' : 'skipped';
}

/** The reply as a paste: rich editors run it through their clipboard pipeline as one transaction. */
function paste(element: HTMLElement, text: string, html = true): MethodResult {
  const view = element.ownerDocument.defaultView ?? window;
  const data = new view.DataTransfer();
  if (html) {
    data.setData('text/plain', text);
    data.setData('text/html', replyHtml(text));
  } else {
    // Editors that take only plain-text pastes themselves (Slate) make a block of every line.
    data.setData('text/plain', text.replace(/\n{2,}/g, '\n'));
  }
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // Dispatched where the caret is, as a real paste would be; editors listen on their root or above.
  const focus = element.ownerDocument.getSelection()?.focusNode ?? null;
  const caretElement = focus?.nodeType === Node.ELEMENT_NODE ? (focus as Element) : (focus?.parentElement ?? null);
  (caretElement && element.contains(caretElement) ? caretElement : element).dispatchEvent(event);
  // A synthetic paste has no default action: only an editor that handled it changes anything.
  return event.defaultPrevented ? 'handled' : 'skipped';
}

function insertHtml(element: HTMLElement, text: string): MethodResult {
  return exec(element.ownerDocument, 'insertHTML', replyHtml(text)) ? 'done' : 'skipped';
}

/** Typed input, line by line, with paragraph breaks: what a counselor typing the reply would produce. */
function typeLines(element: HTMLElement, text: string): MethodResult {
  const doc = element.ownerDocument;
  const lines = text.split('\n');
  let typed = false;
  lines.forEach((line, index) => {
    if (index > 0) typed = exec(doc, 'insertParagraph') || typed;
    if (line) typed = exec(doc, 'insertText', line) || typed;
  });
  return typed ? 'done' : 'skipped';
}

/** Last resort for elements that refuse every editing command: write the DOM and announce it. */
function writeDom(element: HTMLElement, text: string): MethodResult {
  const doc = element.ownerDocument;
  if (isTextField(element)) {
    const field: TextField = element;
    const start = field.selectionStart ?? field.value.length;
    field.setRangeText(text, start, field.selectionEnd ?? start, 'end');
  } else {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !element.contains(range.startContainer)) return 'skipped';
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      fragment.append(doc.createTextNode(line));
    });
    range.insertNode(fragment);
    range.collapse(false);
  }
  element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return 'done';
}

export const METHODS: Record<InsertMethod, (element: HTMLElement, text: string) => MethodResult> = {
  'page-api': (element, text) => (insertThroughPageApi(element, replyHtml(text)) ? 'done' : 'skipped'),
  'type-text': (element, text) => typeText(element as TextField, text),
  paste: (element, text) => paste(element, text, true),
  'paste-plain': (element, text) => paste(element, text, false),
  'insert-html': insertHtml,
  'type-lines': typeLines,
  dom: writeDom,
};
