import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * Help Scout (hosted only: https://secure.helpscout.net/conversation/<id>/<number>).
 *
 * What the selectors rest on (public code that reads Help Scout's DOM; Help Scout's own code is closed):
 * - URL `/conversation/<conversation id>/<number>`: Help Scout's links as built by public integrations
 *   and userscripts (`@match https://secure.helpscout.net/conversation/*`, Maxr1998/userscripts).
 * - Current React app: `[data-cy="ConversationHeader.Actions"]` and the subject in
 *   `[data-cy="EditableTextarea"]` (toggl/track-extension src/content/helpscout.js); the thread list
 *   `ol[aria-label="Thread Items"]` / `[data-testid="ThreadContainer"]` with one `li > div[id^="thread-"]`
 *   per thread, the author in `span[data-nocollapse="true"]`, customer threads marked `is-customer`
 *   / an aria-label naming the customer, agent replies "user reply", the reply editor
 *   `[data-cy="ConvoEditor"]` (a Slate editor, `[data-slate-editor]`) that opens after the Reply
 *   button (zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js, 2025).
 * - Classic app: `article.thread.customer#thread-<id>` with the body in `section.messageBody`
 *   (trentslutzky/helpscout-thread-hider, Maxr1998 HelpScout Click2Copy), the Reply button `.navReply`
 *   and a Redactor editor `.redactor_editor` (a public "CX Copilot" extension).
 * Threads are shown newest first by default (configurable), so the latest customer thread is taken
 * by thread id (Help Scout's ids only grow), not by DOM order.
 * `root`: none known. No public code names an element holding both the thread list and the reply
 * editor (the public extensions observe the body), so the document body is observed.
 * Unverified: the exact aria-label wording and class names of note threads (`is-note` / "note"),
 * whether `[data-cy="ConvoEditor"]` is the editable element itself or its container (both handled),
 * other routes than `/conversation/<id>` (e.g. a conversation opened inside a view), and where the
 * product shows a thread's channel (the adapter reports none).
 */
const SELECTORS = {
  app: [
    '[data-cy="ConversationHeader.Actions"]',
    'ol[aria-label="Thread Items"]',
    '[data-testid="ThreadContainer"]',
    '[data-cy="ConvoEditor"]',
    '#tkContent article.thread',
  ].join(', '),
  thread: 'li > div[id^="thread-"], article.thread[id^="thread-"]',
  subject: '[data-cy="EditableTextarea"]',
  author: 'span[data-nocollapse="true"], section.threadHeader .meta strong',
  body: '.thread-content, section.messageBody, [class*="is-wide-layout"]:not([data-testid])',
  bodyUi: 'button, [aria-hidden="true"], script, style',
  time: 'time[datetime]',
  replyEditor: [
    '[data-cy="ConvoEditor"][contenteditable="true"]',
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[data-testid="reply-editor"] [contenteditable="true"]',
    '.redactor_editor[contenteditable="true"]',
  ].join(', '),
  replyButton: '[data-testid="reply-button"], [data-cy="reply-button"], button[aria-label="Reply"], .navReply',
} as const;

const CONVERSATION_PATH = /\/conversation\/(\d+)/;
const THREAD_ID = /^thread-(\d+)$/;

function openTicket(doc: Document): OpenTicket | null {
  const id = doc.location?.pathname.match(CONVERSATION_PATH)?.[1];
  return id && doc.querySelector(SELECTORS.app) ? { id, scope: doc.body } : null;
}

function isCustomerThread(thread: Element): boolean {
  const label = thread.getAttribute('aria-label') ?? '';
  if (thread.classList.contains('is-note') || thread.classList.contains('note') || /\bnote\b/i.test(label)) return false;
  return thread.classList.contains('is-customer') || thread.classList.contains('customer') || /\bcustomer\b/i.test(label);
}

/** Order of a thread: its id (ids only grow), else its timestamp. */
function threadOrder(thread: Element): number {
  const id = thread.id.match(THREAD_ID)?.[1];
  if (id) return Number(id);
  const time = Date.parse(thread.querySelector(SELECTORS.time)?.getAttribute('datetime') ?? '');
  return Number.isFinite(time) ? time : -Infinity;
}

function latestCustomerThread(scope: Element): Element | null {
  let latest: Element | null = null;
  let order = -Infinity;
  for (const thread of scope.querySelectorAll(SELECTORS.thread)) {
    if (isHidden(thread) || !isCustomerThread(thread)) continue;
    const value = threadOrder(thread);
    // Newest first in the DOM: on a tie keep the earlier (upper) one.
    if (latest === null || value > order) {
      latest = thread;
      order = value;
    }
  }
  return latest;
}

/** Threads are newest first, so the Reply nearest the newest thread is the first one (the conversation header's). */
function firstReplyButton({ scope }: OpenTicket): HTMLElement | null {
  return Array.from(scope.querySelectorAll<HTMLElement>(SELECTORS.replyButton)).find((button) => !isHidden(button)) ?? null;
}

export const helpscout = defineAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  detect: SELECTORS.app,
  openTicket,
  read({ scope }) {
    const thread = latestCustomerThread(scope);
    const requester = messageText(thread?.querySelector(SELECTORS.author), SELECTORS.bodyUi);
    return {
      subject: fieldText(scope.querySelector(SELECTORS.subject)),
      message: messageText(thread?.querySelector(SELECTORS.body), SELECTORS.bodyUi),
      requester: requester || null,
      channel: null,
    };
  },
  replyBox: SELECTORS.replyEditor,
  replyButton: firstReplyButton,
});
