import { firstVisible, isHidden, visibleMatches } from '../dom/text';
import { defineAdapter, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * Chatwoot agent dashboard (open source; Chatwoot Cloud at app.chatwoot.com or self-hosted, conversation
 * at `/app/accounts/<account>/[inbox/<id>/|label/<l>/|team/<t>/]conversations/<id>`).
 *
 * What the selectors rest on — Chatwoot's source (github.com/chatwoot/chatwoot, app/javascript/dashboard):
 * - components-next/message/Message.vue (47a51cc): each message is
 *   `div#message<id>.message-bubble-container[data-message-id]`, `justify-start` for the contact's
 *   messages, `justify-end` for agents and bots, `justify-center` for activity; an email inbox's
 *   incoming and outgoing messages (not its private notes) render the EmailBubble.
 *   bubbles/Base.vue (72cfe5c) gives the bubble `left-bubble` / `right-bubble` and a colour per
 *   variant (`bg-n-slate-4` contact, `bg-n-solid-blue` agent, `bg-n-solid-iris` bot,
 *   `bg-n-solid-amber` private note; the email variant has none); bubbles/Text/Index.vue marks it
 *   `data-bubble-name="text"` with the text in `.prose-bubble` (Text/FormattedContent.vue).
 * - bubbles/Email/Index.vue (dabde6f): `data-bubble-name="email"`, first EmailMeta.vue (3143ec9: the
 *   From / To / Cc / Bcc / Subject lines, in a `<section>` of plain divs), then a `<section class="p-4">`
 *   with the mail in vue-letter's `<div class="prose prose-email">` and the "show quoted text" button.
 *   Only `.prose-email` is read. Its HTML went through lettersanitizer (mat-sz/lettersanitizer
 *   src/index.ts), which prefixes every class (`gmail_quote` → `msg_<id>_gmail_quote`); Chatwoot's own
 *   quote stripper (Email/removeReply.js, fba7b82) matches `[class*="quote"]`, and so does the adapter,
 *   for when the agent showed the quoted text. Quotes Chatwoot does not strip (a `<blockquote>`, an
 *   "On … wrote:" / "…님이 작성:" attribution, `>` lines) are cut by the adapter.
 * - components/widgets/conversation/Message.vue + MessagesView.vue (v3): `ul.conversation-panel`
 *   of `li.message--read` / `li.message--unread`, `left` for incoming, `right` for outgoing,
 *   `center` for activity, the bubble `.bubble.is-private` for private notes.
 * - components/widgets/conversation/ConversationBox.vue (v3 and v4): `.conversation-details-wrap`
 *   holds the conversation header and MessagesView (the message list and the ReplyBox); it stays
 *   mounted while the agent opens other conversations (it follows the selected chat), so it is `root`.
 * - ConversationHeader.vue (604c592 and later): the contact's name in the row before
 *   `.conversation--header--actions`, which holds `<InboxName v-if="hasMultipleInboxes">` and then
 *   `<span v-if="isSnoozed">`: with one inbox the first item is the snooze label, so the channel is
 *   read only from InboxName itself — `div[title="<inbox name>"]` (v4 InboxName.vue: ChannelIcon + name)
 *   or `.inbox--name` (v3, 52049b7) — and is null when the header shows none.
 * - ReplyBox.vue (v4): `.reply-box` with `is-private` from its `isPrivate` computed — the flag the
 *   message is posted with (`private`) and the one that makes the send button "Create" a note —
 *   which is what composerMode reads. The editor is WootWriter's ProseMirror
 *   (`.ProseMirror.ProseMirror-woot-style`, in `.editor-root`) for website and email inboxes and for
 *   notes, otherwise a plain `textarea`; it is the same box in either mode (drafts are kept per
 *   conversation and mode). Email replies show ReplyEmailHead's To/Cc/Bcc inputs above the editor.
 * - WootWriter/ReplyTopPanel.vue (e60c084) + EditorModeToggle.vue (38f6dce): the Reply / Private note
 *   switch is ONE `<button class="… rounded-full bg-n-alpha-2 …">` that toggles the mode (later
 *   versions keep the button and disable it while replies are restricted), so replySwitch clicks it
 *   only on a note. ReplyTopPanel's Alt+KeyL / Alt+KeyP shortcuts are not pressed: useKeyboardEvents.js
 *   (5c451d3) turns them into Shift+Alt+KeyL on a detected QWERTZ layout (KeyboardHelpers
 *   `keysToModifyInQWERTZ`, chatwoot#9492). v3's ReplyTopPanel has a `.button--reply` instead.
 * Messages are oldest first; the latest contact message has the highest id. Chats have no subject
 * (reported as ''); an email's Subject line is localized text in EmailMeta, not read.
 * Ground: the product's own source — unverified: the header markup across versions (the contact
 * name is read by position), and which Tailwind classes later EditorModeToggle versions keep.
 */
const SELECTORS = {
  app: [
    '.message-bubble-container[data-message-id]',
    'ul.conversation-panel li.message--read',
    'ul.conversation-panel li.message--unread',
    '.reply-box .reply-box__top',
  ].join(', '),
  conversationBox: '.conversation-details-wrap',
  message: '.message-bubble-container[data-message-id], ul.conversation-panel > li.message--read, ul.conversation-panel > li.message--unread',
  bubble: '[data-bubble-name], .left-bubble, .right-bubble, .bubble',
  emailBubble: '[data-bubble-name="email"]',
  notContact: '.bg-n-solid-amber, .bg-n-solid-blue, .bg-n-solid-iris, .is-private',
  text: '.prose-email, .prose-bubble, .message-text__wrap .text-content, .message-text__wrap',
  textUi: 'button, [aria-hidden="true"], script, style, .message-text--metadata',
  emailQuote: 'blockquote, [class*="quote"], [class*="Quote"]',
  headerActions: '.conversation--header--actions',
  inboxName: '[title], .inbox--name',
  replyBox: '.reply-box',
  editor: '.reply-box__top .ProseMirror[contenteditable="true"], .reply-box__top textarea',
  /** v4 EditorModeToggle (ReplyTopPanel's first button), v3 ReplyTopPanel's Reply button. */
  replySwitch: '.reply-box > div > button.rounded-full.bg-n-alpha-2, .reply-box .button--reply',
} as const;

const CONVERSATION_PATH = /\/conversations\/(\d+)/;

/** Lines that start the quoted history of a mail. */
const QUOTE_ATTRIBUTIONS = [
  /^On .+ wrote:$/i, // Gmail, Apple Mail (English)
  /^.+<[^<>\s]+@[^<>\s]+>\s*(님이\s*)?작성:$/, // Gmail "…<a@b>님이 작성:", Apple Mail "…<a@b> 작성:" (Korean)
  /^-{2,}\s*(Original Message|원본 메시지)\s*-{2,}$/i, // Outlook
];

function openTicket(doc: Document): OpenTicket | null {
  const id = doc.location?.pathname.match(CONVERSATION_PATH)?.[1];
  if (!id || !doc.querySelector(SELECTORS.app)) return null;
  return { id, scope: doc.querySelector(SELECTORS.conversationBox) ?? doc.body };
}

/** A message from the contact: left-aligned, and not a private note, agent or bot bubble. */
function isContactMessage(message: Element): boolean {
  const bubble = message.querySelector(SELECTORS.bubble);
  if (!bubble || bubble.matches(SELECTORS.notContact) || bubble.querySelector(SELECTORS.notContact)) return false;
  if (message.classList.contains('message-bubble-container')) return message.classList.contains('justify-start');
  return message.classList.contains('left');
}

function messageId(message: Element): number {
  const id = Number(message.getAttribute('data-message-id') ?? message.id.replace(/^message/, ''));
  return Number.isFinite(id) ? id : -Infinity;
}

function latestContactMessage(scope: Element): Element | null {
  let latest: Element | null = null;
  for (const message of scope.querySelectorAll(SELECTORS.message)) {
    if (isHidden(message) || !isContactMessage(message)) continue;
    if (!latest || messageId(message) >= messageId(latest)) latest = message;
  }
  return latest;
}

/** The new part of a mail: up to its first quote attribution, without `>` lines. */
function withoutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const attribution = lines.findIndex((line) => QUOTE_ATTRIBUTIONS.some((pattern) => pattern.test(line)));
  return (attribution >= 0 ? lines.slice(0, attribution) : lines).filter((line) => !line.startsWith('>')).join('\n');
}

/** The contact's words in a bubble: an email's body without its From/To/Subject lines and quoted history, else the text. */
function bubbleText(bubble: Element | null | undefined): string {
  if (!bubble) return '';
  if (bubble.matches(SELECTORS.emailBubble)) {
    const body = bubble.querySelector(SELECTORS.text);
    return body ? withoutQuotedHistory(messageText(body, `${SELECTORS.textUi}, ${SELECTORS.emailQuote}`)) : '';
  }
  return messageText(bubble.querySelector(SELECTORS.text) ?? bubble, SELECTORS.textUi);
}

function visibleHeaderActions(scope: Element): Element | null {
  return firstVisible(scope, SELECTORS.headerActions);
}

/** The inbox name when the header shows one (only with several inboxes): InboxName's title, else its text. */
function channelOf(actions: Element): string {
  const inbox = Array.from(actions.children).find((child) => child.matches(SELECTORS.inboxName));
  if (!inbox) return '';
  return inbox.getAttribute('title')?.trim() || messageText(inbox, `${SELECTORS.textUi}, svg`);
}

function header(scope: Element): { requester: string; channel: string } {
  const actions = visibleHeaderActions(scope);
  if (!actions) return { requester: '', channel: '' };
  // The name is in the row just above (a button that toggles the contact panel in older versions).
  const requester = messageText(actions.previousElementSibling, '[aria-hidden="true"], svg');
  return { requester, channel: channelOf(actions) };
}

function visibleReplyBox(scope: Element): Element | null {
  return firstVisible(scope, SELECTORS.replyBox);
}

/** ReplyBox's `is-private`: what the text would be posted as. */
function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const box = visibleReplyBox(scope);
  if (!box) return null;
  return box.classList.contains('is-private') ? 'note' : 'reply';
}

/** The reply box's editor, in either mode (composerMode tells which). */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  const box = visibleReplyBox(scope);
  return box && firstVisible(box, SELECTORS.editor);
}

/** The mode switch, only while the box is on a note: v4's switch is a toggle, and on a reply it would make a note. */
function replySwitch({ scope }: OpenTicket): HTMLElement | null {
  const box = visibleReplyBox(scope);
  if (!box?.classList.contains('is-private')) return null;
  // A disabled toggle (replies restricted) would do nothing: the box stays a note.
  return visibleMatches(box, SELECTORS.replySwitch).find((button) => !(button as HTMLButtonElement).disabled) ?? null;
}

export const chatwoot = defineAdapter({
  id: 'chatwoot',
  name: 'Chatwoot',
  detect: SELECTORS.app,
  root: SELECTORS.conversationBox,
  openTicket,
  read({ scope }) {
    const bubble = latestContactMessage(scope)?.querySelector(SELECTORS.bubble);
    const { requester, channel } = header(scope);
    return {
      subject: '',
      message: bubbleText(bubble),
      requester: requester || null,
      channel: channel || null,
    };
  },
  replyBox: replyEditor,
  composerMode,
  replySwitch,
});
