import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * FreeScout (open-source, self-hosted; conversation page /conversation/<id>?folder_id=…).
 *
 * What the selectors rest on — FreeScout's own Blade templates and JS (freescout-help-desk/freescout):
 * - resources/views/conversations/view.blade.php: `body.body-conv[data-conversation_id]`, the
 *   toolbar `.conv-actions` with the Reply button `span.conv-reply.conv-action` and Note button
 *   `.conv-add-note`, subject `#conv-subject .conv-subjtext`, number `.conv-numnav strong`, the
 *   reply form `.conv-block.conv-reply-block.conv-action-block.hidden` holding `textarea#body`,
 *   the customer sidebar `#conv-layout-customer`, and the thread list `#conv-layout-main`, all
 *   inside `#conv-layout`.
 * - resources/views/conversations/partials/thread.blade.php + app/Thread.php: every thread is
 *   `div.thread.thread-type-{customer|message|note|lineitem|chat}` with `id="thread-<id>"` and
 *   `data-thread_id`; drafts are `.thread-type-draft`; the text sits in `.thread-body .thread-content`
 *   (older releases: directly in `.thread-body`), followed by `.thread-meta` / `.thread-attachments`.
 *   Threads are listed NEWEST FIRST; phone conversations show `.thread-badge .glyphicon-earphone`.
 * - resources/views/customers/profile_snippet.blade.php: `.customer-snippet a.customer-name`.
 * - public/js/main.js: convEditorInit() runs `$('#body').summernote(...)` at page load (so the
 *   Summernote `.note-editable` exists while hidden); the `.conv-reply` click handler removes `hidden`
 *   (and `conv-note-block`) from `.conv-reply-block`, clicking it again hides it; Note mode adds
 *   `conv-note-block` and sets `input[name=is_note]` to 1.
 * - A public FreeScout AI extension ("Tradeo AI") detects the ticket view by `#conv-layout-main`,
 *   the editor by `.conv-reply-block` / `.conv-reply`, and list rows by `tr.conv-row[data-conversation_id]`.
 * `root` is `#conv-layout`: it holds the toolbar, subject, reply form, customer sidebar and threads.
 * Opening another conversation is a page load in FreeScout, so it is rendered anew with the page.
 * Unverified: how a chat-type conversation (modules) labels its channel (we say Email, or Phone when
 * the phone badge is shown), and custom themes/modules that rename these classes.
 */
const SELECTORS = {
  conversationPage: '#conv-layout #conv-layout-main',
  appMarkers: 'body.body-conv, .conv-reply-block, .table-conversations',
  layout: '#conv-layout',
  conversationId: 'body[data-conversation_id]',
  subject: '#conv-subject .conv-subjtext',
  number: '#conv-subject .conv-numnav strong',
  customerThread: '#conv-layout-main .thread.thread-type-customer',
  threadText: '.thread-content',
  threadBody: '.thread-body',
  threadExtras: '.thread-meta, .thread-attachments, .thread-opened-at, .alert, .thread-original',
  threadPerson: '.thread-person strong',
  customerName: '#conv-layout-customer .customer-snippet .customer-name',
  phoneBadge: '#conv-layout-main .thread-badge .glyphicon-earphone',
  replyBlock: '.conv-reply-block',
  replyButton: '.conv-actions .conv-reply',
  editable: '.note-editable[contenteditable="true"]',
  bodyTextarea: 'textarea#body',
} as const;

const CONVERSATION_PATH = /\/conversation\/(\d+)/;

function threadId(thread: Element): number {
  const raw = thread.getAttribute('data-thread_id') ?? thread.id.replace(/^thread-/, '');
  const id = Number(raw);
  return Number.isFinite(id) ? id : -1;
}

/** The customer's latest thread: the highest thread id (ids grow with time), else the first listed (newest first). */
function latestCustomerThread(layout: Element): Element | null {
  const threads = Array.from(layout.querySelectorAll(SELECTORS.customerThread));
  let latest: Element | null = null;
  for (const thread of threads) {
    if (!latest || threadId(thread) > threadId(latest)) latest = thread;
  }
  return threads.every((thread) => threadId(thread) < 0) ? (threads[0] ?? null) : latest;
}

function conversationId(doc: Document, layout: Element): string | null {
  const fromBody = doc.querySelector(SELECTORS.conversationId)?.getAttribute('data-conversation_id');
  if (fromBody) return fromBody;
  const fromUrl = CONVERSATION_PATH.exec(doc.location?.pathname ?? '')?.[1];
  if (fromUrl) return fromUrl;
  return fieldText(layout.querySelector(SELECTORS.number)) || null;
}

function openTicket(doc: Document): OpenTicket | null {
  const layout = doc.querySelector(SELECTORS.conversationPage) && doc.querySelector(SELECTORS.layout);
  const id = layout && conversationId(doc, layout);
  return layout && id ? { id, scope: layout } : null;
}

/** The reply block is open for a reply to the customer (not hidden, not switched to a note). */
function replyOpen(block: HTMLElement): boolean {
  if (isHidden(block, ['hidden']) || block.classList.contains('conv-note-block')) return false;
  const isNote = block.querySelector<HTMLInputElement>('input[name="is_note"]')?.value;
  return !isNote || isNote === '0';
}

/** The editor, once the reply block is open for a reply: Summernote's editable, or the textarea before Summernote runs. */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  const block = scope.querySelector<HTMLElement>(SELECTORS.replyBlock);
  if (!block || !replyOpen(block)) return null;
  return block.querySelector<HTMLElement>(SELECTORS.editable) ?? block.querySelector<HTMLElement>(SELECTORS.bodyTextarea);
}

/** Reply toggles the reply block: clicking it while the block is open for a reply hides it again. */
function replyToggle({ scope }: OpenTicket): HTMLElement | null {
  const block = scope.querySelector<HTMLElement>(SELECTORS.replyBlock);
  return block && !replyOpen(block) ? scope.querySelector<HTMLElement>(SELECTORS.replyButton) : null;
}

export const freescout = defineAdapter({
  id: 'freescout',
  name: 'FreeScout',
  detect: `${SELECTORS.conversationPage}, ${SELECTORS.appMarkers}`,
  root: SELECTORS.layout,
  openTicket,
  read({ scope }) {
    const latest = latestCustomerThread(scope);
    const body = latest && (latest.querySelector(SELECTORS.threadText) ?? latest.querySelector(SELECTORS.threadBody));
    return {
      subject: fieldText(scope.querySelector(SELECTORS.subject)),
      message: messageText(body, SELECTORS.threadExtras),
      requester: fieldText(scope.querySelector(SELECTORS.customerName)) || fieldText(latest?.querySelector(SELECTORS.threadPerson)) || null,
      channel: scope.querySelector(SELECTORS.phoneBadge) ? 'Phone' : 'Email',
    };
  },
  replyBox: replyEditor,
  replyButton: replyToggle,
});
