import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

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
 * `root` is `main#main_panes`: it keeps every open ticket's workspace, so a tab switch shows up
 * inside it as the workspaces' `display` changing (the header tabs themselves sit outside it).
 * Unverified: whether the composer always sits inside the `[data-ticket-id]` element (we search the
 * whole workspace of that pane), the Korean wording of the "via …" label, and whether a
 * newest-first log order exists (we order by the `datetime` of each comment, DOM order breaking ties).
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
  replyBox: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
  ],
} as const;

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

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

export const zendesk = defineAdapter({
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
});
