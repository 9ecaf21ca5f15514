import { isHidden, visibleMatches } from '../dom/text';
import { waitUntil } from '../wait';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode, HelpdeskAdapter } from './types';

/**
 * Zendesk Agent Workspace (Support, https://<subdomain>.zendesk.com/agent/tickets/<id>).
 *
 * What the selectors rest on (all `data-test-id`s are Zendesk's own test hooks, stable across
 * releases, unlike its styled-components class names):
 * - Ticket tabs `[data-test-id="header-tab"]` with `data-entity-type="TICKET_ENTITY_TYPE"`,
 *   `data-entity-id` and `data-entity-is-selected` / `aria-current="page"`; every open ticket keeps
 *   its workspace in `main#main_panes`, hidden ones with an inline `display: none`; a ticket's pane
 *   is under `[data-ticket-id="<id>"]` (public userscripts and extensions: BagToad/Auto-Hide-Zendesk-
 *   Composer, holatuwol/liferay-zendesk-userscript, "ZD Workflow Helper", "ALT Copilot" and others
 *   found through code search).
 * - Conversation log `[data-test-id="omni-log-container"]` of
 *   `article[data-test-id="omni-log-comment-item"]`, each with `[data-test-id="omni-log-item-sender"]`,
 *   `[data-test-id="omni-log-item-via"]` ("via messaging"), `time[data-test-id="timestamp-relative"][datetime]`
 *   and `div[data-test-id="omni-log-item-message"][type="end-user" | "agent" | "internal"]`; internal
 *   notes also carry `[data-test-id="omni-log-internal-note-tag"]`; the comment body is `.zd-comment`
 *   (same sources: transcript exporters, translators, chat themes).
 * - Subject `[data-test-id="omni-header-subject"]` (an input), requester
 *   `[data-test-id="ticket-system-field-requester-select"]` (Playwright/Selenium automation scripts).
 * - Reply editor: CKEditor 5 editable `[data-test-id="omnicomposer-rich-text-ckeditor"]`
 *   (`.ck-editor__editable`, role=textbox) inside `.zendesk-editor--rich-text-container`; messaging
 *   tickets may use `omnicomposer-plain-text-ckeditor` (userscripts, automation scripts).
 * - Composer mode (public reply or internal note): the composer's channel switcher
 *   `button[data-test-id="omnichannel-channel-switcher-button"]` inside `div[data-test-id="editor-view"]`
 *   names the composer's current channel in `data-channel` ("web" = email, "native_messaging",
 *   "sms" …) and carries `data-channel-switcher-trigger-for-ticket-id="<ticket id>"`; picking
 *   `[data-test-id="omnichannel-channel-switcher-menuitem-internal"]` in its menu makes the comment an
 *   internal note (holatuwol/liferay-zendesk-userscript src/internal.ts @ea31c760 clicks exactly that
 *   pair; a Cypress page object does the same; "ZD Workflow Helper" waits for
 *   `[data-channel="web"]` / `[aria-label="Email"]` and switches the channel through Zendesk's own
 *   `updateComposerChannel`; danielk-am/components command-palette-zendesk-editor-utils.js @d3c48e67
 *   reads `data-channel-switcher-trigger-for-ticket-id`; a "Zendesk KPI Tracker" extension tells a
 *   note from a public reply by `data-channel === "internal"` or an aria-label naming "internal").
 *   The menu item of a public channel is taken to follow the same naming
 *   (`…-menuitem-<channel>`); only known text channels are ever clicked, never a call.
 *   Zendesk keeps the comment's text when its type changes (wteoh85/comment-helper-app
 *   assets/iframe.html @988078eb clears `comment.text` on `comment.type.changed` for agents who do
 *   not want that), so a switched note draft stays in the composer, now public.
 * `root` is `main#main_panes`: it keeps every open ticket's workspace, so a tab switch shows up
 * inside it as the workspaces' `display` changing (the header tabs themselves sit outside it).
 * Unverified: whether the composer always sits inside the `[data-ticket-id]` element (we search the
 * whole workspace of that pane), the Korean wording of the "via …" label, and whether a
 * newest-first log order exists (we order by the `datetime` of each comment, DOM order breaking ties);
 * that the switcher's `data-channel` reads "internal" in note mode (one public source reads it so, the
 * menu item's name agrees), the test ids of the public channels' menu items, and whether the menu
 * renders inside the workspace or in a portal (we look in both).
 * Ground: public third-party code — userscripts, extensions and automation scripts; Zendesk's own
 * agent UI is closed. The yellow note state of the composer has no public hook and is not used.
 */
const SELECTORS = {
  main: 'main#main_panes',
  app: 'main#main_panes, [data-test-id="header-tablist"], [data-test-id="omni-log-container"]',
  workspaces: 'main#main_panes > *',
  ticketTab: '[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-id]',
  selectedTab: '[data-entity-is-selected="true"], [aria-selected="true"], [aria-current="page"]',
  tabTitle: '[data-test-id="header-tab-title"]',
  ticketPane: '[data-ticket-id]',
  subject: '[data-test-id="omni-header-subject"], [data-test-id="ticket-pane-subject"], input[aria-label="Subject"]',
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  logItem: '[data-test-id="omni-log-container"] [data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  internalNoteTag: '[data-test-id="omni-log-internal-note-tag"]',
  body: '.zd-comment, [data-test-id="omni-log-message-content"]',
  sender: '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]',
  via: '[data-test-id="omni-log-item-via"]',
  time: 'time[datetime]',
  uiOnly: 'button, svg, [data-test-id="convo-log-item-read-indicator"], [data-test-id="convo-log-item-delivered-indicator"]',
  channelSwitcher: 'button[data-test-id="omnichannel-channel-switcher-button"]',
  switcherTicketAttr: 'data-channel-switcher-trigger-for-ticket-id',
  channelMenuItem: '[data-test-id^="omnichannel-channel-switcher-menuitem-"]',
  replyBox: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
  ],
} as const;

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

/** The switcher's `data-channel` (and its menu item's suffix) while the composer is an internal note. */
const NOTE_CHANNEL = 'internal';
/** Public text channels the switch back may pick, in this order of preference; never a call. */
const PUBLIC_TEXT_CHANNELS = ['native_messaging', 'web', 'email', 'sms', 'chat'] as const;
/** How long the switcher's menu may take to render after the switcher was clicked. */
const MENU_WAIT_MS = 1_500;

function ticketTab(doc: Document, id: string): Element | undefined {
  return Array.from(doc.querySelectorAll(SELECTORS.ticketTab)).find((tab) => tab.getAttribute('data-entity-id') === id);
}

function selectedTicketId(doc: Document): string | null {
  const tab = Array.from(doc.querySelectorAll(SELECTORS.ticketTab)).find((t) => t.matches(SELECTORS.selectedTab));
  return tab?.getAttribute('data-entity-id') ?? null;
}

/** The open ticket's pane: the selected ticket tab's (or the URL's) pane, else the one visible pane. */
function openPane(doc: Document): HTMLElement | null {
  const panes = Array.from(doc.querySelectorAll<HTMLElement>(SELECTORS.ticketPane));
  const id = selectedTicketId(doc) ?? doc.location?.pathname.match(TICKET_PATH)?.[1] ?? null;
  if (id) {
    const matching = panes.filter((pane) => pane.getAttribute('data-ticket-id') === id);
    const pane = matching.find((p) => !isHidden(p)) ?? matching[0];
    if (pane) return pane;
  }
  return panes.find((pane) => !isHidden(pane)) ?? null;
}

/** The whole workspace of a pane (composer and sidebar may sit beside the conversation pane). */
function workspaceOf(pane: HTMLElement): HTMLElement {
  return (pane.closest(SELECTORS.workspaces) as HTMLElement | null) ?? pane;
}

function openTicket(doc: Document): OpenTicket | null {
  const pane = openPane(doc);
  return pane && { id: pane.getAttribute('data-ticket-id')!, scope: workspaceOf(pane) };
}

/** The ticket's own conversation pane within its workspace. */
function paneIn({ id, scope }: OpenTicket): Element {
  if (scope.getAttribute('data-ticket-id') === id) return scope;
  return Array.from(scope.querySelectorAll(SELECTORS.ticketPane)).find((pane) => pane.getAttribute('data-ticket-id') === id) ?? scope;
}

function itemTime(item: Element): number {
  const value = item.querySelector(SELECTORS.time)?.getAttribute('datetime');
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

function latestCustomerItem(pane: Element): Element | null {
  const items = Array.from(pane.querySelectorAll(SELECTORS.logItem)).filter((item) => {
    const message = item.querySelector(SELECTORS.message);
    return message?.getAttribute('type') === 'end-user' && !item.querySelector(SELECTORS.internalNoteTag);
  });
  let latest: Element | null = null;
  for (const item of items) if (!latest || itemTime(item) >= itemTime(latest)) latest = item;
  return latest;
}

function itemText(item: Element): string {
  const message = item.querySelector(SELECTORS.message)!;
  return messageText(message.querySelector(SELECTORS.body) ?? message, SELECTORS.uiOnly);
}

/** "via messaging" / "메시징을 통해" → the channel's name. */
function channelOf(item: Element | null): string | null {
  const channel = fieldText(item?.querySelector(SELECTORS.via))
    .replace(/^via\s+/i, '')
    .replace(/\s*(?:을|를)?\s*통해$/, '')
    .trim();
  return channel || null;
}

/** The open ticket's composer channel switcher (the visible one for this ticket), or null while no composer is shown. */
function channelSwitcher({ id, scope }: OpenTicket): HTMLElement | null {
  const switchers = visibleMatches(scope, SELECTORS.channelSwitcher);
  return switchers.find((switcher) => (switcher.getAttribute(SELECTORS.switcherTicketAttr) ?? id) === id) ?? null;
}

function composerMode(ticket: OpenTicket): ComposerMode | null {
  const switcher = channelSwitcher(ticket);
  if (!switcher) return null;
  return switcher.getAttribute('data-channel') === NOTE_CHANNEL ? 'note' : 'reply';
}

/** The open menu's item for a public text channel (the ticket's workspace first, then a portal). */
function publicChannelItem({ scope }: OpenTicket, doc: Document): HTMLElement | null {
  for (const where of [scope, doc]) {
    const items = visibleMatches(where, SELECTORS.channelMenuItem);
    for (const channel of PUBLIC_TEXT_CHANNELS) {
      const item = items.find((candidate) => candidate.getAttribute('data-test-id')?.endsWith(`-menuitem-${channel}`));
      if (item) return item;
    }
  }
  return null;
}

/**
 * Makes the composer a public reply as an agent does: opens the channel switcher's menu and picks a
 * public text channel. The menu renders after the click (React), so the pick waits for it.
 */
function switchToReply(doc: Document): boolean {
  const ticket = openTicket(doc);
  const switcher = ticket && channelSwitcher(ticket);
  if (!ticket || !switcher) return false;
  const open = publicChannelItem(ticket, doc);
  if (open) {
    open.click();
    return true;
  }
  switcher.click();
  void waitUntil(() => publicChannelItem(ticket, doc), MENU_WAIT_MS).then((item) => item?.click());
  return true;
}

const adapter = defineAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  detect: SELECTORS.app,
  root: SELECTORS.main,
  openTicket,
  read(ticket, doc) {
    const { id, scope } = ticket;
    const latest = latestCustomerItem(paneIn(ticket));
    const subject = fieldText(scope.querySelector(SELECTORS.subject)) || fieldText(ticketTab(doc, id)?.querySelector(SELECTORS.tabTitle));
    const requester = fieldText(scope.querySelector(SELECTORS.requester)) || fieldText(latest?.querySelector(SELECTORS.sender));
    return {
      subject,
      message: latest ? itemText(latest) : '',
      requester: requester || null,
      channel: channelOf(latest),
    };
  },
  replyBox: SELECTORS.replyBox,
  composerMode,
});

/** The switch back to a public reply takes two clicks (switcher, then menu item), so it is the adapter's own. */
export const zendesk: HelpdeskAdapter = { ...adapter, switchToReply };
