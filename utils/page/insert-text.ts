import { isTextField, type CaretMemory, type TextField } from './editable';

/**
 * Inserts `text` where the caret was remembered, replacing the selection it had.
 * `execCommand('insertText')` goes first because the page sees it as typing: frameworks get native
 * `input` events and the browser's undo stack records it as one step. Direct edits are the fallback.
 * Returns a short name of the kind of element written to.
 */
export function insertAtCaret(memory: CaretMemory, text: string): string {
  const { element } = memory;
  if (isTextField(element)) {
    insertIntoTextField(element, memory, text);
    return element.tagName.toLowerCase();
  }
  insertIntoRichText(element, memory, text);
  return 'contenteditable';
}

function insertIntoTextField(field: TextField, memory: CaretMemory, text: string): void {
  const length = field.value.length;
  const start = Math.min(memory.start ?? length, length);
  const end = Math.min(Math.max(memory.end ?? start, start), length);
  field.focus();
  field.setSelectionRange(start, end);
  const expected = field.value.slice(0, start) + text + field.value.slice(end);
  const usedCommand = typeText(field.ownerDocument, text);
  if (usedCommand && field.value === expected) return;
  if (field.value !== expected) {
    field.value = field.value.slice(0, start) + field.value.slice(end);
    field.setRangeText(text, start, start, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

function insertIntoRichText(element: HTMLElement, memory: CaretMemory, text: string): void {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  element.focus();
  if (selection) {
    const range = memory.range && element.contains(memory.range.startContainer) ? memory.range : endOf(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = element.textContent ?? '';
  const usedCommand = typeText(doc, text);
  if (usedCommand && (element.textContent ?? '') !== before) return;
  // The page refused the command (or it changed nothing): write the text as paragraphs at the caret.
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : endOf(element);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  range.insertNode(fragment);
  element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** `execCommand` is deprecated and missing in some environments (JSDOM); false means "not done". */
function typeText(doc: Document, text: string): boolean {
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

function endOf(element: HTMLElement): Range {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  return range;
}
