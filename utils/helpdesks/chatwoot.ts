import { isHidden } from '../dom/text';
import { defineAdapter, messageText, type OpenTicket } from './define-adapter';
import type { HelpdeskAdapter } from './types';

/**
 * Chatwoot agent dashboard (open source; Chatwoot Cloud at app.chatwoot.com or self-hosted, conversation
 * at `/app/accounts/<account>/[inbox/<id>/|label/<l>/|team/<t>/]conversations/<id>`).
 *
 * What the selectors rest on — Chatwoot's source (github.com/chatwoot/chatwoot, app/javascript/dashboard):
 * - components-next/message/Message.vue (v4): each message is
 *   `div#message<id>.message-bubble-container[data-message-id]`, `justify-start` for the contact's
 *   messages, `justify-end` for agents and bots, `justify-center` for activity; bubbles/Base.vue gives
 *   the bubble `left-bubble` / `right-bubble` and a colour per variant (`bg-n-slate-4` contact,
 *   `bg-n-solid-blue` agent, `bg-n-solid-iris` bot, `bg-n-solid-amber` private note);
 *   bubbles/Text/Index.vue marks it `data-bubble-name="text"` with the text in
 *   `.prose-bubble` (Text/FormattedContent.vue).
 * - components/widgets/conversation/Message.vue + MessagesView.vue (v3): `ul.conversation-panel`
 *   of `li.message--read` / `li.message--unread`, `left` for incoming, `right` for outgoing,
 *   `center` for activity, the bubble `.bubble.is-private` for private notes.
 * - components/widgets/conversation/ConversationBox.vue (v3 and v4): `.conversation-details-wrap`
 *   holds the conversation header and MessagesView (the message list and the ReplyBox); it stays
 *   mounted while the agent opens other conversations (it follows the selected chat), so it is `root`.
 * - ConversationHeader.vue: the contact's name in the button before `.conversation--header--actions`,
 *   whose first item is the inbox name (InboxName.vue: channel icon + name).
 * - ReplyBox.vue: `.reply-box`, `is-private` while on a private note; the editor is WootWriter's
 *   ProseMirror (`.ProseMirror.ProseMirror-woot-style`, in `.editor-root`) for website and email
 *   inboxes and for notes, otherwise a plain `textarea.input`; drafts are kept per conversation and
 *   mode. ReplyTopPanel.vue switches to Reply on Alt+L (`.button--reply` in v3).
 * Messages are oldest first; the latest contact message has the highest id. Chats have no subject
 * (reported as ''); an email conversation's subject is not read.
 * Unverified: the header markup across versions (the contact name is read by position), and email
 * bubbles' inner markup (their whole text is read).
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
  notContact: '.bg-n-solid-amber, .bg-n-solid-blue, .bg-n-solid-iris, .is-private',
  text: '.prose-bubble, .message-text__wrap .text-content, .message-text__wrap',
  textUi: 'button, [aria-hidden="true"], script, style, .message-text--metadata',
  headerActions: '.conversation--header--actions',
  inboxName: '.inbox--name',
  replyBox: '.reply-box',
  editor: '.reply-box__top .ProseMirror[contenteditable="true"], .reply-box__top textarea.input, .reply-box__top textarea',
  classicReplyButton: '.button--reply',
} as const;

const CONVERSATION_PATH = /\/conversations\/(\d+)/;

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

function header(scope: Element): { requester: string; channel: string } {
  const actions = Array.from(scope.querySelectorAll(SELECTORS.headerActions)).find((el) => !isHidden(el));
  if (!actions) return { requester: '', channel: '' };
  // The name is the label of a button (it toggles the contact panel).
  const requester = messageText(actions.previousElementSibling, '[aria-hidden="true"], svg');
  const inbox = actions.querySelector(SELECTORS.inboxName) ?? actions.firstElementChild;
  const channel = inbox && inbox.tagName !== 'BUTTON' && !inbox.querySelector('button') ? messageText(inbox, SELECTORS.textUi) : '';
  return { requester, channel };
}

function visibleReplyBox(scope: Element): Element | null {
  return Array.from(scope.querySelectorAll(SELECTORS.replyBox)).find((box) => !isHidden(box)) ?? null;
}

/** The reply box's editor, unless the box is on a private note (then it writes a note for agents, not a reply). */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  const box = visibleReplyBox(scope);
  if (!box || box.classList.contains('is-private')) return null;
  return Array.from(box.querySelectorAll<HTMLElement>(SELECTORS.editor)).find((el) => !isHidden(el)) ?? null;
}

/** The reply box is on a private note: switch it to Reply with v3's Reply button, else Chatwoot's "switch to Reply" shortcut (Alt+L). */
function switchToReply(doc: Document): boolean {
  const ticket = openTicket(doc);
  const box = ticket && visibleReplyBox(ticket.scope);
  if (!box?.classList.contains('is-private')) return false;
  const button = box.querySelector<HTMLElement>(SELECTORS.classicReplyButton);
  if (button) {
    button.click();
    return true;
  }
  const view = doc.defaultView;
  if (!view) return false;
  const target = doc.activeElement ?? doc.body;
  target.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'l', code: 'KeyL', altKey: true, bubbles: true, cancelable: true }));
  return true;
}

export const chatwoot: HelpdeskAdapter = {
  ...defineAdapter({
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
        message: messageText(bubble?.querySelector(SELECTORS.text) ?? bubble, SELECTORS.textUi),
        requester: requester || null,
        channel: channel || null,
      };
    },
    replyBox: replyEditor,
  }),
  // A key press, not a click: more than defineAdapter's replyButton can do.
  openReplyBox: switchToReply,
};
