import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * Intercom Inbox (hosted only: https://app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>, and
 * the EU / Australian workspaces on app.eu.intercom.com / app.au.intercom.com).
 *
 * What the selectors rest on (public code that reads Intercom's Ember inbox; Intercom's code is closed):
 * - URLs `/a/inbox/<app id>/inbox/[shared/all/]conversation/<id>` (integrations and scripts linking
 *   into the inbox); `[data-conversation-id]` (toggl/track-extension src/content/intercom.js).
 * - Inbox 2 DOM, from several public extensions (2024–2026): the open conversation in
 *   `[data-intercom-target="conversation-space"]`, its stream `[data-conversation-stream]` /
 *   `[data-testid="conversation-stream-scroll-container"]`, message groups
 *   `[data-part-group-id]` with `data-part-group-category` (1 customer, 3 teammate, 5 bot,
 *   20 automated), parts `[data-intercom-target="conversation-stream-content-part"]`, teammate parts
 *   carrying `[data-testid="admin-avatar-name"]`, email parts `.inbox2__user-email-part` /
 *   `.inbox2__admin-email-part`, notes `.inbox2__note-part`, text in `.intercom-interblocks`, the
 *   header title `[data-inbox-conversation-header-title]` (the customer's name), the composer
 *   `[data-conversation-reply-composer] .ProseMirror.embercom-prosemirror-composer-editor`
 *   (Intercom's own ProseMirror composer, `intercom/embercom-prosemirror-composer`).
 * - Classic inbox: `.conversation__stream`, bubbles `.o__user-comment` / `.o__admin-comment` /
 *   `.o__admin-note`, the note pane `a[data-intercom-target=note-tab].o__selected` with the note
 *   editor in `.conversation__text.o__note` (public userscripts, 2017–2021).
 * The stream is oldest first: the customer's latest part is the last one.
 * `root` is the conversation space, which holds the stream and the composer: a layout pane beside
 * the conversation list and the details sidebar whose width Intercom's resize script keeps setting
 * inline (a public inbox-layout extension, "Intercom Focus", 2026). The classic inbox has none;
 * there the body is observed.
 * Unverified: the Inbox 2 markup of the reply/note switch (the adapter looks for the classic note tab
 * and `o__note`, and a `data-intercom-target="reply-tab"`), where Inbox 2 shows an email subject (the
 * adapter reports none), channels other than email (reported as "Chat"), and whether the conversation
 * space outlives a switch to another conversation (the inbox may re-render it).
 */
const SELECTORS = {
  app: [
    '[data-intercom-target="conversation-space"]',
    '[data-conversation-stream]',
    '[data-testid="conversation-stream-scroll-container"]',
    '.inbox2__conversation-page',
    '.conversation__stream',
  ].join(', '),
  space: '[data-intercom-target="conversation-space"]',
  stream: '[data-conversation-stream], [data-testid="conversation-stream-scroll-container"], .conversation__stream',
  conversationId: '[data-conversation-id]',
  group: '[data-part-group-id]',
  part: '[data-intercom-target="conversation-stream-content-part"]',
  classicCustomerPart: '.conversation__bubble-container.o__user-comment, .conversation__part .o__user-comment',
  teammateMark: '[data-testid="admin-avatar-name"], .inbox2__admin-email-part, .inbox2__note-part, .o__admin-comment, .o__admin-note',
  customerMark: '.inbox2__user-email-part',
  emailPart: '.inbox2__user-email-part',
  text: '.intercom-interblocks, .inbox2__user-email-content, .conversation__text',
  textUi: 'button, [aria-hidden="true"], script, style',
  title: '[data-inbox-conversation-header-title]',
  composer: '[data-conversation-reply-composer], .inbox2__composer__container',
  editor: '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"], .embercom-prosemirror-composer-editor[contenteditable="true"], .ProseMirror[contenteditable="true"]',
  noteTabSelected: 'a[data-intercom-target="note-tab"].o__selected, [data-intercom-target="note-tab"][aria-selected="true"]',
  noteEditor: '.conversation__text.o__note, .o__note',
  replyTab: '[data-intercom-target="reply-tab"]',
} as const;

const CONVERSATION_PATH = /\/conversations?\/(\d+)/;

/** The open conversation: the shown conversation space (the inbox renders one); the classic inbox has none and shows one stream. */
function openSpace(doc: Document): Element | null {
  const spaces = Array.from(doc.querySelectorAll(SELECTORS.space));
  if (spaces.length) return spaces.find((space) => !isHidden(space)) ?? null;
  return doc.querySelector(SELECTORS.stream) ? doc.body : null;
}

/** The URL's conversation id, else the one marked on (or in) the conversation space. */
function conversationId(doc: Document, scope: Element): string | null {
  const fromUrl = doc.location?.pathname.match(CONVERSATION_PATH)?.[1];
  if (fromUrl) return fromUrl;
  if (!scope.matches(SELECTORS.space)) return null;
  const holder = scope.closest(SELECTORS.conversationId) ?? scope.querySelector(SELECTORS.conversationId);
  return holder?.getAttribute('data-conversation-id') ?? null;
}

function openTicket(doc: Document): OpenTicket | null {
  const scope = openSpace(doc);
  const id = scope && conversationId(doc, scope);
  return scope && id ? { id, scope } : null;
}

function isCustomerPart(part: Element): boolean {
  if (part.querySelector(SELECTORS.teammateMark) || part.matches(SELECTORS.teammateMark)) return false;
  const category = part.closest(SELECTORS.group)?.getAttribute('data-part-group-category');
  if (category) return category === '1';
  return part.querySelector(SELECTORS.customerMark) !== null;
}

function latestCustomerPart(scope: Element): Element | null {
  const stream = scope.querySelector(SELECTORS.stream);
  if (!stream) return null;
  const parts = Array.from(stream.querySelectorAll(SELECTORS.part)).filter((part) => !isHidden(part) && isCustomerPart(part));
  if (parts.length) return parts[parts.length - 1]!;
  const classic = Array.from(stream.querySelectorAll(SELECTORS.classicCustomerPart)).filter((part) => !isHidden(part));
  return classic[classic.length - 1] ?? null;
}

function inNoteMode(composer: Element): boolean {
  return composer.querySelector(SELECTORS.noteTabSelected) !== null || composer.querySelector(SELECTORS.noteEditor) !== null;
}

/** The editor of a composer in Reply mode: in Note mode it writes a note for teammates, not a reply. */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  for (const composer of scope.querySelectorAll(SELECTORS.composer)) {
    if (isHidden(composer) || inNoteMode(composer)) continue;
    const editor = composer.querySelector<HTMLElement>(SELECTORS.editor);
    if (editor && !isHidden(editor)) return editor;
  }
  return null;
}

export const intercom = defineAdapter({
  id: 'intercom',
  name: 'Intercom',
  detect: SELECTORS.app,
  root: SELECTORS.space,
  openTicket,
  read({ scope }) {
    const part = latestCustomerPart(scope);
    const requester = fieldText(scope.querySelector(SELECTORS.title));
    return {
      subject: '',
      message: messageText(part?.querySelector(SELECTORS.text) ?? part, SELECTORS.textUi),
      requester: requester || null,
      channel: part ? (part.querySelector(SELECTORS.emailPart) ? 'Email' : 'Chat') : null,
    };
  },
  replyBox: replyEditor,
  /** The composer is in Note mode: its Reply tab switches it back. */
  replyButton: SELECTORS.replyTab,
});
