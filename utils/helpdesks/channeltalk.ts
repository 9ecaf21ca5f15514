import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * Channel Talk desk (채널톡 데스크, https://desk.channel.io): inbox of user chats (상담), one chat
 * open at a time, messages oldest first, the composer at the bottom of the chat.
 *
 * What this rests on:
 * - Routes (verified; many public links in integrations and scripts found through code search):
 *   `https://desk.channel.io/#/channels/<channelId>/user_chats/<userChatId>` and the newer
 *   `https://desk.channel.io/<channel>/user-chats/<userChatId>`; the open chat is the route's id.
 * - Data model (Channel Open API v5 and client libraries): a message's `personType` is `user`
 *   (the customer), `manager` or `bot`; manager messages sent with the `private` option are
 *   internal (visible to managers only); chats carry chat tags (상담 태그) and a medium/source
 *   (app messenger, 카카오톡, 네이버 톡톡, Instagram, e-mail …). UI vocabulary from docs.channel.io
 *   (수신함, 진행중/보류중/종료됨, 담당자, 팔로워).
 * - The desk is a closed-source React app (styled-components, hashed class names; a public
 *   userscript targets `[class*="NotiBadgestyled__Dot"]`), so hashed classes are never used here.
 * `root`: none known (only hashed class names), so the document body is observed.
 * Unverified (no public userscript, extension or document shows the desk's DOM): every DOM hook
 * below — the chat view marked with its user chat id, message rows marked with the author's person
 * type (named after the API field), private notes, the medium label, chat tags, and whether the
 * composer is a contenteditable (assumed, as in most chat desks) or a textarea (also accepted).
 * Whether the desk keeps previously opened chats mounted is unknown too: we take the view whose id
 * matches the route, else the only visible one.
 */
const SELECTORS = {
  chatLink: 'a[href*="/user_chats/"], a[href*="/user-chats/"]',
  chatView: 'section[data-user-chat-id]',
  userName: 'header [data-user-name], header h2',
  medium: '[data-medium]',
  chatTag: '[data-chat-tag]',
  message: '[data-message-id]',
  customerMessage: '[data-message-id][data-person-type="user"]',
  messageText: '[data-message-text]',
  composer: ['[contenteditable="true"][role="textbox"]', '[contenteditable="true"]', 'textarea'],
} as const;

const DESK_HOST = 'desk.channel.io';
const CHAT_ROUTE = /(?:\/user_chats\/|\/user-chats\/)([A-Za-z0-9_-]+)/;

function routeChatId(doc: Document): string | null {
  const location = doc.location;
  if (!location) return null;
  return CHAT_ROUTE.exec(location.hash)?.[1] ?? CHAT_ROUTE.exec(location.pathname)?.[1] ?? null;
}

/** The open chat: the mounted view of the routed chat, else the single visible chat view. */
function openChat(doc: Document): HTMLElement | null {
  const views = Array.from(doc.querySelectorAll<HTMLElement>(SELECTORS.chatView)).filter((view) => !isHidden(view));
  const routed = routeChatId(doc);
  if (routed) {
    const match = views.find((view) => view.dataset.userChatId === routed);
    if (match) return match;
  }
  return views.length === 1 ? views[0]! : null;
}

function openTicket(doc: Document): OpenTicket | null {
  const view = openChat(doc);
  const id = view && (view.dataset.userChatId ?? routeChatId(doc));
  return view && id ? { id, scope: view } : null;
}

export const channeltalk = defineAdapter({
  id: 'channeltalk',
  name: 'Channel Talk',
  detect: (doc) =>
    doc.location?.hostname === DESK_HOST ||
    (doc.querySelector(SELECTORS.chatLink) !== null && doc.querySelector(`${SELECTORS.chatView} ${SELECTORS.message}`) !== null),
  openTicket,
  read({ scope }) {
    const customer = scope.querySelectorAll(SELECTORS.customerMessage);
    const latest = customer[customer.length - 1];
    const tags = Array.from(scope.querySelectorAll(SELECTORS.chatTag), (tag) => fieldText(tag)).filter(Boolean);
    return {
      subject: tags.join(', '),
      message: latest ? messageText(latest.querySelector(SELECTORS.messageText) ?? latest) : '',
      requester: fieldText(scope.querySelector(SELECTORS.userName)) || null,
      channel: fieldText(scope.querySelector(SELECTORS.medium)) || null,
    };
  },
  replyBox: SELECTORS.composer,
});
