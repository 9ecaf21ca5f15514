import { firstVisible, isHidden, visibleMatches } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * Intercom Inbox (hosted only: https://app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>, and
 * the EU / Australian workspaces on app.eu.intercom.com / app.au.intercom.com).
 *
 * What the selectors rest on (public code that reads Intercom's Ember inbox; Intercom's code is closed):
 * - URLs `/a/inbox/<app id>/inbox/[shared/all/]conversation/<id>` (integrations and scripts linking
 *   into the inbox); `[data-conversation-id]` (toggl/track-extension src/content/intercom.js).
 * - The `inbox2__` → `inbox-2__` class rename and message parts without `data-part-group-category`:
 *   "Support Copilot for Intercom" (a public Chrome extension; CHANGELOG 3.1.0, 2026-04-27, and its
 *   content script): it reads both spellings (`.inbox-2__conversation-stream`, `.inbox-2__user-email-part`,
 *   `.inbox-2__user-email-content` …), parts also by the Tailwind class `group/content-part`, and the
 *   author without the category from the row's alignment classes (`justify-start` customer,
 *   `justify-end` / `flex-row-reverse` teammate), `data-author-type`, and — as rows lost those classes
 *   in mid-2026 — from the side of the stream the bubble sits on (customers left). The adapter takes the
 *   same clues, in that order, after the explicit ones below. Both spellings are accepted everywhere.
 *   A public userscript (greasyfork 454464) reads `.inbox-2__conversation-header span`.
 * - Inbox 2 DOM, from several public extensions (2024–2026): the open conversation in
 *   `[data-intercom-target="conversation-space"]`, its stream `[data-conversation-stream]` /
 *   `[data-testid="conversation-stream-scroll-container"]`, message groups `[data-part-group-id]` with
 *   `data-part-group-category` when present (1 customer, 3 teammate, 4 note — a Red Hat selenium
 *   script —, 5 bot, 20 automated), parts `[data-intercom-target="conversation-stream-content-part"]`,
 *   teammate parts carrying `[data-testid="admin-avatar-name"]`, email parts `…user-email-part` /
 *   `…admin-email-part`, notes `…note-part`, text in `.intercom-interblocks`, the header title
 *   `[data-inbox-conversation-header-title]` (the customer's name), the composer
 *   `[data-conversation-reply-composer]` / `.inbox2__composer__container` (public audio, Clockify and
 *   AI-reply scripts) with Intercom's ProseMirror editor `.embercom-prosemirror-composer-editor`.
 * - The composer's Reply / Note tabs: "Intercom Tag Enforcer" (gunnyarts userscript v2.09):
 *   `.inbox__conversation-controls__pane-selector.tabs`, the Reply tab the first `div.tabs__tab` (its
 *   `a` is what the script clicks), the Note tab `a.tabs__tab[data-intercom-target=note-tab]`, the
 *   selected tab `.o__selected`, and the note editor inside `.conversation__text.o__note`. composerMode
 *   reads the selected tab, else `o__note`; replySwitch clicks the Reply tab's link.
 * - Classic inbox: `.conversation__stream`, bubbles `.o__user-comment` / `.o__admin-comment` /
 *   `.o__admin-note` (public userscripts, 2017–2021).
 * The stream is oldest first: the customer's latest part is the last one. `root` is the conversation
 * space, which holds the stream and the composer (a pane beside the conversation list, a public
 * inbox-layout extension, "Intercom Focus", 2026); the classic inbox has none, there the body is observed.
 * Ground: public third-party code — unverified: whether Inbox 2 in its current (`inbox-2__`) markup still
 * renders the Reply / Note tabs as above (only older scripts show them), whether a bubble-less Fin part
 * carries any mark (without one it is told apart by its side only), where Inbox 2 shows an email subject
 * (reported as none), and channels other than email (reported as "Chat").
 */
const SELECTORS = {
  app: [
    '[data-intercom-target="conversation-space"]',
    '[data-conversation-stream]',
    '[data-testid="conversation-stream-scroll-container"]',
    '.inbox-2__conversation-page',
    '.inbox2__conversation-page',
    '.conversation__stream',
  ].join(', '),
  space: '[data-intercom-target="conversation-space"]',
  stream: '[data-conversation-stream], [data-testid="conversation-stream-scroll-container"], .inbox-2__conversation-stream, .inbox2__conversation-stream, .conversation__stream',
  conversationId: '[data-conversation-id]',
  part: '[data-intercom-target="conversation-stream-content-part"], [class*="group/content-part"]',
  category: '[data-part-group-category]',
  classicCustomerPart: '.conversation__bubble-container.o__user-comment, .conversation__part .o__user-comment',
  teammateMark: [
    '[data-testid="admin-avatar-name"]',
    '.inbox-2__admin-email-part',
    '.inbox2__admin-email-part',
    '.inbox-2__note-part',
    '.inbox2__note-part',
    '.o__admin-comment',
    '.o__admin-note',
  ].join(', '),
  customerMark: '.inbox-2__user-email-part, .inbox2__user-email-part',
  text: '.intercom-interblocks, .inbox-2__user-email-content, .inbox2__user-email-content, .conversation__text',
  textUi: 'button, [aria-hidden="true"], script, style',
  title: '[data-inbox-conversation-header-title]',
  composer: '[data-conversation-reply-composer], .inbox-2__composer__container, .inbox2__composer__container',
  editor: '.embercom-prosemirror-composer-editor[contenteditable="true"], .ProseMirror[contenteditable="true"]',
  replyEditor: '.conversation__text:not(.o__note) .embercom-prosemirror-composer-editor[contenteditable="true"]',
  noteTabSelected: '[data-intercom-target="note-tab"].o__selected',
  noteText: '.conversation__text.o__note',
  paneSelector: '.inbox__conversation-controls__pane-selector',
  /** The Reply tab's link, else the tab (the Note tab is an `a.tabs__tab` itself). */
  replyTab: ['.inbox__conversation-controls__pane-selector > div.tabs__tab > a', '.inbox__conversation-controls__pane-selector > div.tabs__tab'],
} as const;

const CONVERSATION_PATH = /\/conversations?\/(\d+)/;
/** `data-part-group-category` of the customer's groups. */
const CUSTOMER_CATEGORY = '1';
const TEAMMATE_ALIGNMENT = ['justify-end', 'flex-row-reverse'];
const CUSTOMER_ALIGNMENT = ['justify-start'];
const CUSTOMER_AUTHOR_TYPE = /user|lead|contact|customer/i;

type Author = 'customer' | 'teammate';

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

/** The part's own elements and its ancestors up to (not including) the stream. */
function* ancestorsWithin(part: Element, stream: Element): Generator<Element> {
  for (let node: Element | null = part; node && node !== stream; node = node.parentElement) yield node;
}

/** Marks only one side's parts carry: teammate names, admin email and note parts; the customer's email part. */
function authorByMarks(part: Element): Author | null {
  if (part.matches(SELECTORS.teammateMark) || part.querySelector(SELECTORS.teammateMark)) return 'teammate';
  return part.querySelector(SELECTORS.customerMark) ? 'customer' : null;
}

/** The group's `data-part-group-category`, where Intercom still renders it. */
function authorByCategory(part: Element): Author | null {
  const category = part.closest(SELECTORS.category)?.getAttribute('data-part-group-category');
  if (!category) return null;
  return category === CUSTOMER_CATEGORY ? 'customer' : 'teammate';
}

function authorByAuthorType(part: Element, stream: Element): Author | null {
  for (const node of ancestorsWithin(part, stream)) {
    const type = node.getAttribute('data-author-type');
    if (type) return CUSTOMER_AUTHOR_TYPE.test(type) ? 'customer' : 'teammate';
  }
  return null;
}

/** The row's alignment classes: teammates' rows are pushed right, the customer's left. */
function authorByAlignment(part: Element, stream: Element): Author | null {
  for (const node of ancestorsWithin(part, stream)) {
    if (TEAMMATE_ALIGNMENT.some((name) => node.classList.contains(name))) return 'teammate';
    if (CUSTOMER_ALIGNMENT.some((name) => node.classList.contains(name))) return 'customer';
  }
  return null;
}

/** The side of the stream the bubble is laid out on (customers left); null where nothing is laid out. */
function authorBySide(part: Element, stream: Element): Author | null {
  const box = part.getBoundingClientRect();
  const area = stream.getBoundingClientRect();
  if (!box.width || !area.width) return null;
  const offset = box.left + box.width / 2 - (area.left + area.width / 2);
  if (Math.abs(offset) < 1) return null;
  return offset < 0 ? 'customer' : 'teammate';
}

/** Who wrote a part, from the most explicit clue Intercom's markup still has; null when none tells. */
function authorOf(part: Element, stream: Element): Author | null {
  return (
    authorByMarks(part) ??
    authorByCategory(part) ??
    authorByAuthorType(part, stream) ??
    authorByAlignment(part, stream) ??
    authorBySide(part, stream)
  );
}

/** Parts not nested in another part (the data-intercom-target part and its Tailwind `group/content-part` box may be one in the other). */
function outermostParts(stream: Element): Element[] {
  return visibleMatches(stream, SELECTORS.part).filter((part) => !part.parentElement?.closest(SELECTORS.part));
}

/** The customer's latest part, looked for from the newest back (so the side is measured for few parts). */
function latestCustomerPart(scope: Element): Element | null {
  const stream = scope.querySelector(SELECTORS.stream);
  if (!stream) return null;
  const parts = outermostParts(stream);
  for (let index = parts.length - 1; index >= 0; index--) {
    if (authorOf(parts[index]!, stream) === 'customer') return parts[index]!;
  }
  if (parts.length) return null;
  const classic = visibleMatches(stream, SELECTORS.classicCustomerPart);
  return classic[classic.length - 1] ?? null;
}

function visibleComposer(scope: Element): Element | null {
  return firstVisible(scope, SELECTORS.composer);
}

/** The selected Note tab, else the note-coloured text area: Note; a shown composer otherwise: Reply. */
function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const composer = visibleComposer(scope);
  if (!composer) return null;
  const tabs = composer.querySelector(SELECTORS.paneSelector);
  if (tabs?.querySelector('.o__selected')) return tabs.querySelector(SELECTORS.noteTabSelected) ? 'note' : 'reply';
  return composer.querySelector(SELECTORS.noteText) ? 'note' : 'reply';
}

/** The composer's editor in either mode; where the reply and note panes each keep one, the reply pane's. */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  const composer = visibleComposer(scope);
  if (!composer) return null;
  return firstVisible(composer, SELECTORS.replyEditor) ?? firstVisible(composer, SELECTORS.editor);
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
      channel: part ? (part.querySelector(SELECTORS.customerMark) ? 'Email' : 'Chat') : null,
    };
  },
  replyBox: replyEditor,
  composerMode,
  replySwitch: SELECTORS.replyTab,
});
