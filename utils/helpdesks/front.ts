import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * Front (hosted only: https://app.frontapp.com).
 *
 * What the selectors rest on: Front's web app is closed source and no public userscript, extension or
 * automation script found reads its conversation DOM (public code only guesses `[class*="messageBody"]`;
 * Front's CSS class names are generated). What is public and used here:
 * - Front's documented ids and links (dev.frontapp.com): conversations `cnv_…`, messages `msg_…`,
 *   comments `com_…`; a conversation opens at `https://app.frontapp.com/open/<cnv_id>` and its id
 *   stays in the app's URL.
 * - Front's message model (dev.frontapp.com/reference/messages): a message is inbound or outbound
 *   (`is_inbound`), has a channel `type` (email, sms, whatsapp, front_chat, …) and recipients with a
 *   role (`from`, `to`, `cc`); teammates' comments are internal and shown in the conversation.
 * - The product's known layout: conversation list, the open conversation oldest first, a Reply
 *   action that opens an inline reply draft, and a comment box at the bottom of the conversation that
 *   is always there (it must never receive a reply to the customer).
 * `root`: none known. Nothing public says which element outlives a switch to another conversation,
 * so the document body is observed.
 * Unverified — every DOM hook below is an assumption: the attribute names (`data-message-id`,
 * `data-is-inbound`, `data-message-type`, `data-recipient-role`, `data-comment-id`,
 * `data-conversation-id`, the `data-testid`s), the aria-labels, and the editor (a contenteditable
 * `role="textbox"`; whatever library Front uses, the adapter only needs its editable root).
 */
const SELECTORS = {
  app: 'main[data-conversation-id^="cnv_"], [data-message-id^="msg_"], [data-testid="draft-composer"]',
  conversation: 'main[data-conversation-id^="cnv_"], [data-testid="conversation-view"]',
  subject: '[data-testid="conversation-subject"], [role="heading"], h1',
  message: '[data-message-id^="msg_"]',
  inbound: '[data-is-inbound="true"]',
  comment: '[data-comment-id^="com_"]',
  body: '[data-testid="message-body"]',
  bodyUi: 'button, [aria-hidden="true"], script, style, [data-testid="quoted-text"]',
  from: '[data-recipient-role="from"]',
  draftEditor: '[data-testid="draft-composer"] [contenteditable="true"], [data-testid="draft-composer"] textarea',
  commentComposer: '[data-testid="comment-composer"]',
  replyButton: '[data-testid="reply-button"], button[aria-label="Reply"]',
} as const;

/** Front's channel types (its API's message `type`) as the app names them. */
const CHANNELS: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  front_chat: 'Front Chat',
  intercom: 'Intercom',
  facebook: 'Messenger',
  smooch: 'Smooch',
  googleplay: 'Google Play',
  tweet: 'Twitter',
  tweet_dm: 'Twitter DM',
  call: 'Call',
  custom: 'Custom',
};

const CONVERSATION_ID = /cnv_[a-z0-9]+/gi;

function openConversation(doc: Document): Element | null {
  return Array.from(doc.querySelectorAll(SELECTORS.conversation)).find((view) => !isHidden(view)) ?? null;
}

function conversationId(doc: Document, view: Element): string | null {
  const fromUrl = doc.location?.pathname.match(CONVERSATION_ID)?.pop();
  return fromUrl ?? view.getAttribute('data-conversation-id')?.match(CONVERSATION_ID)?.[0] ?? null;
}

function openTicket(doc: Document): OpenTicket | null {
  const view = openConversation(doc);
  const id = view && conversationId(doc, view);
  return view && id ? { id, scope: view } : null;
}

function latestInbound(view: Element): Element | null {
  const inbound = Array.from(view.querySelectorAll(`${SELECTORS.message}${SELECTORS.inbound}`)).filter(
    (message) => !isHidden(message) && !message.closest(SELECTORS.comment),
  );
  return inbound[inbound.length - 1] ?? null;
}

/** The reply draft's editor, never the comment box: comments are internal, and that box is always on the page. */
function draftEditor({ scope }: OpenTicket): HTMLElement | null {
  return (
    Array.from(scope.querySelectorAll<HTMLElement>(SELECTORS.draftEditor)).find(
      (editor) => !isHidden(editor) && !editor.closest(SELECTORS.commentComposer),
    ) ?? null
  );
}

export const front = defineAdapter({
  id: 'front',
  name: 'Front',
  detect: SELECTORS.app,
  openTicket,
  read({ scope }) {
    const message = latestInbound(scope);
    const type = message?.getAttribute('data-message-type') ?? '';
    const requester = fieldText(message?.querySelector(SELECTORS.from));
    return {
      subject: fieldText(scope.querySelector(SELECTORS.subject)),
      message: messageText(message?.querySelector(SELECTORS.body), SELECTORS.bodyUi),
      requester: requester || null,
      channel: type ? (CHANNELS[type] ?? type) : null,
    };
  },
  replyBox: draftEditor,
  /** No reply draft open: the conversation's Reply action opens an inline one. */
  replyButton: SELECTORS.replyButton,
});
