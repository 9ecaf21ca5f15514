/**
 * Some editors keep an undo history of their own that only their public API records (Summernote),
 * or rewrite what the browser's own editing commands insert (Redactor: execCommand's insertHTML
 * leaves inline-styled `<span>` wrappers that Redactor then stores). That API lives in the page's JavaScript world, which the content script cannot reach, so a tiny
 * script in the page's world (entrypoints/editor-bridge.ts) answers one DOM event:
 * the content script marks the target element, dispatches `replydeck:insert` with the reply as
 * HTML, and reads the result the bridge leaves on the element. Everything happens synchronously
 * inside dispatchEvent; no data but the reply crosses, and the page could do the same itself.
 */
export const BRIDGE_EVENT = 'replydeck:insert';
const TARGET_ATTRIBUTE = 'data-replydeck-insert';
const RESULT_ATTRIBUTE = 'data-replydeck-result';

interface SummernoteContext {
  modules?: { editor?: { history?: { stack: Array<{ contents: string }>; stackOffset: number; recordUndo(): void } } };
}

type JQueryLike = (element: Element) => { data(key: string): SummernoteContext | undefined; summernote(...args: unknown[]): unknown };

/**
 * Summernote: its undo stack holds snapshots taken around its own commands, so the reply goes in
 * through `pasteHTML`, after a snapshot of the draft as it is (typing alone does not record one).
 * Its pasteHTML keeps a selection, so a selection to replace is removed first.
 */
function insertWithSummernote(win: Window, element: HTMLElement, html: string): boolean {
  const jQuery = (win as unknown as { jQuery?: JQueryLike }).jQuery;
  const holder = element.closest('.note-editor')?.previousElementSibling;
  const context = jQuery && holder ? jQuery(holder).data('summernote') : undefined;
  if (!jQuery || !holder || !context) return false;
  const history = context.modules?.editor?.history;
  if (history && history.stack[history.stackOffset]?.contents !== element.innerHTML) history.recordUndo();
  const selection = win.getSelection();
  if (selection && !selection.isCollapsed && element.contains(selection.anchorNode)) selection.getRangeAt(0).deleteContents();
  const note = jQuery(holder);
  note.summernote('editor.setLastRange');
  note.summernote('editor.pasteHTML', html);
  return true;
}

interface RedactorApp {
  insertion?: { insertHtml(html: string): unknown };
}

type RedactorFunction = (element: Element) => RedactorApp | undefined;

/**
 * Redactor 3 (osTicket's rich text: js/redactor.min.js, set up by js/redactor-osticket.js on
 * `.richtext` textareas). Its editable `.redactor-in` sits in `.redactor-box` beside the textarea it
 * replaced, which is the instance's root element; `$R(root)` returns that instance (osTicket's
 * scp.js inserts canned responses with `$R('#response.richtext').insertion.insertHtml(html)`), and
 * `insertion.insertHtml` puts HTML at the caret through Redactor's own cleaner. `$R` on an element
 * without an instance would create one, so it is called only when Redactor's own box shows one.
 */
function insertWithRedactor(win: Window, element: HTMLElement, html: string): boolean {
  const page = win as unknown as { $R?: RedactorFunction; Redactor?: RedactorFunction };
  const redactor = page.$R ?? page.Redactor;
  const root = element.matches('.redactor-in') ? element.closest('.redactor-box')?.querySelector('textarea') : null;
  if (typeof redactor !== 'function' || !root) return false;
  const insertion = redactor(root)?.insertion;
  if (!insertion) return false;
  insertion.insertHtml(html);
  return true;
}

/** Inserts through the editor's API in the page world; false when no editor API took it. */
function insertWithEditorApi(win: Window, element: HTMLElement, html: string): boolean {
  return insertWithSummernote(win, element, html) || insertWithRedactor(win, element, html);
}

/** Page-world side: answers insertion requests for editors whose API it knows (once per page). */
export function installEditorBridge(win: Window): void {
  const page = win as unknown as { replydeckEditorBridge?: true };
  // Injected again after an extension update; a second listener would insert twice.
  if (page.replydeckEditorBridge) return;
  page.replydeckEditorBridge = true;
  win.document.addEventListener(BRIDGE_EVENT, (event) => {
    const nonce = (event as CustomEvent<string>).detail;
    const element = win.document.querySelector<HTMLElement>(`[${TARGET_ATTRIBUTE}="${CSS.escape(String(nonce))}"]`);
    if (!element) return;
    const html = element.getAttribute(`${TARGET_ATTRIBUTE}-html`) ?? '';
    let ok = false;
    try {
      ok = insertWithEditorApi(win, element, html);
    } catch {
      ok = false;
    }
    element.setAttribute(RESULT_ATTRIBUTE, ok ? 'ok' : 'no');
  });
}

/** Content-script side: asks the page-world bridge to insert `html` into `element`. */
export function insertThroughPageApi(element: HTMLElement, html: string): boolean {
  const nonce = crypto.randomUUID();
  element.setAttribute(TARGET_ATTRIBUTE, nonce);
  element.setAttribute(`${TARGET_ATTRIBUTE}-html`, html);
  try {
    element.ownerDocument.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: nonce }));
    return element.getAttribute(RESULT_ATTRIBUTE) === 'ok';
  } finally {
    for (const name of [TARGET_ATTRIBUTE, `${TARGET_ATTRIBUTE}-html`, RESULT_ATTRIBUTE]) element.removeAttribute(name);
  }
}
