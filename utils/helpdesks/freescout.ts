import { blockText, isHidden } from '../dom/text';
import type { HelpdeskAdapter } from './types';

/**
 * FreeScout (open-source, self-hosted; conversation page /conversation/<id>?folder_id=…).
 *
 * What the selectors rest on — FreeScout's own Blade templates and JS (freescout-help-desk/freescout):
 * - resources/views/conversations/view.blade.php: `body.body-conv[data-conversation_id]`, the
 *   toolbar `.conv-actions` with the Reply button `span.conv-reply.conv-action` and Note button
 *   `.conv-add-note`, subject `#conv-subject .conv-subjtext`, number `.conv-numnav strong`, the
 *   reply form `.conv-block.conv-reply-block.conv-action-block.hidden` holding `textarea#body`,
 *   the customer sidebar `#conv-layout-customer`, and the thread list `#conv-layout-main`.
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

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Plain text of a thread body: block elements and <br> become line breaks, UI extras dropped. */
function bodyText(thread: Element): string {
  return blockText(thread.querySelector(SELECTORS.threadText) ?? thread.querySelector(SELECTORS.threadBody), SELECTORS.threadExtras);
}

function threadId(thread: Element): number {
  const raw = thread.getAttribute('data-thread_id') ?? thread.id.replace(/^thread-/, '');
  const id = Number(raw);
  return Number.isFinite(id) ? id : -1;
}

/** The customer's latest thread: the highest thread id (ids grow with time), else the first listed (newest first). */
function latestCustomerThread(doc: Document): Element | null {
  const threads = Array.from(doc.querySelectorAll(SELECTORS.customerThread));
  let latest: Element | null = null;
  for (const thread of threads) {
    if (!latest || threadId(thread) > threadId(latest)) latest = thread;
  }
  return threads.every((thread) => threadId(thread) < 0) ? (threads[0] ?? null) : latest;
}

function conversationId(doc: Document): string | null {
  const fromBody = doc.querySelector(SELECTORS.conversationId)?.getAttribute('data-conversation_id');
  if (fromBody) return fromBody;
  const fromUrl = CONVERSATION_PATH.exec(doc.location?.pathname ?? '')?.[1];
  if (fromUrl) return fromUrl;
  const number = text(doc.querySelector(SELECTORS.number));
  return number || null;
}

function replyBlock(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(`${SELECTORS.layout} ${SELECTORS.replyBlock}`);
}

/** The reply block is open for a reply to the customer (not hidden, not switched to a note). */
function replyOpen(block: HTMLElement): boolean {
  if (isHidden(block, ['hidden']) || block.classList.contains('conv-note-block')) return false;
  const isNote = block.querySelector<HTMLInputElement>('input[name="is_note"]')?.value;
  return !isNote || isNote === '0';
}

export const freescout: HelpdeskAdapter = {
  id: 'freescout',
  name: 'FreeScout',
  hosts: [],
  matches: (doc) => doc.querySelector(SELECTORS.conversationPage) !== null || doc.querySelector(SELECTORS.appMarkers) !== null,
  readTicket(doc) {
    if (!doc.querySelector(SELECTORS.conversationPage)) return null;
    const id = conversationId(doc);
    if (!id) return null;
    const latest = latestCustomerThread(doc);
    return {
      key: `freescout:${id}`,
      subject: text(doc.querySelector(SELECTORS.subject)),
      message: latest ? bodyText(latest) : '',
      requester: text(doc.querySelector(SELECTORS.customerName)) || text(latest?.querySelector(SELECTORS.threadPerson)) || null,
      channel: doc.querySelector(SELECTORS.phoneBadge) ? 'Phone' : 'Email',
    };
  },
  findReplyBox(doc) {
    const block = replyBlock(doc);
    if (!block || !replyOpen(block)) return null;
    return block.querySelector<HTMLElement>(SELECTORS.editable) ?? block.querySelector<HTMLElement>(SELECTORS.bodyTextarea);
  },
  openReplyBox(doc) {
    const block = replyBlock(doc);
    const button = doc.querySelector<HTMLElement>(SELECTORS.replyButton);
    // Clicking Reply while the reply form is open hides it again, so only click when it is not.
    if (!block || !button || replyOpen(block)) return false;
    button.click();
    return true;
  },
};
