import { firstVisible, isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * Help Scout (hosted only: https://secure.helpscout.net/conversation/<id>/<number>).
 *
 * What the selectors rest on (public code that reads Help Scout's DOM; Help Scout's own code is closed):
 * - URL `/conversation/<conversation id>/<number>`: Help Scout's links as built by public integrations
 *   and userscripts (`@match https://secure.helpscout.net/conversation/*`, Maxr1998/userscripts
 *   helpscout_click_to_copy.user.js @0c089ca7).
 * - Current React app: `[data-cy="ConversationHeader.Actions"]` and the subject in
 *   `[data-cy="EditableTextarea"]` (toggl/track-extension src/content/helpscout.js @8feff92e, and the
 *   source below); the thread list `ol[aria-label="Thread Items"]` / `[data-testid="ThreadContainer"]`
 *   with one `li > div[id^="thread-"]` per thread, the author in `span[data-nocollapse="true"]`, the
 *   body in `.thread-content`, the reply bar `[data-testid="reply-bar"]` in which the editor
 *   `[data-cy="ConvoEditor"]` (a Slate editor, `[role="textbox"][aria-label="Reply Editor"]`) opens
 *   after the Reply button `[data-cy="reply-button"]` / `[data-testid="reply-button"]`, beside the Note
 *   button `[data-testid="note-button"]` (zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js,
 *   2025: the only public code for these hooks). The same code reads each thread's role from Help
 *   Scout's page data (`appData…threads[].type`: "customer", "message", "note"; the types Help Scout's
 *   API documents), and in the DOM from an `is-customer` class or an aria-label naming the customer.
 * - Classic app: customer threads are `article.thread.customer#thread-<id>` with the body in
 *   `section.messageBody` (trentslutzky/helpscout-thread-hider threadhider.js @b4cc6b12, which hides
 *   exactly those; Maxr1998 HelpScout Click2Copy reads `section.messageBody`), the Reply button `.navReply`
 *   and a Redactor editor `.redactor_editor` (a public "CX Copilot" extension).
 * Threads are shown newest first by default (configurable), so the latest customer thread is taken
 * by thread id (Help Scout's ids only grow), not by DOM order.
 * `root`: none known. No public code names an element holding both the thread list and the reply
 * editor (the public extensions observe the body), so the document body is observed.
 * Composer mode: Reply and Note open the same reply bar's editor; it is a note when its textbox is
 * not the "Reply Editor" but names a note (assumed "Note Editor"); Reply switches back.
 * Unverified: the current app's customer marker (`is-customer` / aria-label, one source that itself
 * guesses; the classic `.thread.customer` has a second, independent source), the class names and
 * aria-label of note threads (`is-note` / "note") and of the note editor, whether Reply turns an open
 * note into a reply, whether `[data-cy="ConvoEditor"]` is the editable element itself or its container
 * (both handled), other routes than `/conversation/<id>` (e.g. a conversation opened inside a view), the
 * classic app's note mode (not read), and where the product shows a thread's channel (the adapter
 * reports none).
 * Ground: public third-party code (toggl/track-extension, zackkatz/freescout-gpt-assistant,
 * trentslutzky/helpscout-thread-hider, Maxr1998/userscripts); the current app's thread roles, note
 * button and editor rest on a single source.
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
  /** Classic `article.thread.customer` (two sources); current app `is-customer` (one). */
  customerThread: 'article.thread.customer, .is-customer',
  noteThread: 'article.thread.note, .is-note',
  subject: '[data-cy="EditableTextarea"]',
  author: 'span[data-nocollapse="true"], section.threadHeader .meta strong',
  body: '.thread-content, section.messageBody, [class*="is-wide-layout"]:not([data-testid])',
  bodyUi: 'button, [aria-hidden="true"], script, style',
  time: 'time[datetime]',
  composer: '[data-cy="ConvoEditor"]',
  composerTextbox: '[role="textbox"][aria-label], [contenteditable="true"][aria-label]',
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

/** A note is never the customer's, whatever else marks it; then the customer markers, then an aria-label naming the customer. */
function isCustomerThread(thread: Element): boolean {
  const label = thread.getAttribute('aria-label') ?? '';
  if (thread.matches(SELECTORS.noteThread) || /\bnote\b/i.test(label)) return false;
  return thread.matches(SELECTORS.customerThread) || /\bcustomer\b/i.test(label);
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
  return firstVisible(scope, SELECTORS.replyButton);
}

/** Reply or note, by the open editor's own name ("Reply Editor" / a note's); null while no editor is open. */
function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const composer = firstVisible(scope, SELECTORS.composer);
  if (!composer) return null;
  const textbox = composer.matches(SELECTORS.composerTextbox) ? composer : composer.querySelector(SELECTORS.composerTextbox);
  return /\bnote\b/i.test(textbox?.getAttribute('aria-label') ?? '') ? 'note' : 'reply';
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
  composerMode,
  replySwitch: firstReplyButton,
});
