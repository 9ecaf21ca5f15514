import { blockText, isHidden } from '../dom/text';
import { HOSTED_WORKSPACES } from './hosts';
import type { HelpdeskAdapter } from './types';

/**
 * Freshdesk agent ticket view ("mint" UI, an Ember app at https://<domain>.freshdesk.com/a/tickets/<id>).
 *
 * What the selectors rest on:
 * - Subject `.ticket-subject-heading` (whose child elements are buttons, not subject text) and the
 *   breadcrumb `.breadcrumb__item.active` holding the ticket number; `.page-actions__left`
 *   (toggl/track-extension and Clockify content scripts for "Freshdesk mint").
 * - The original request `.requestor-wrap` / `[data-test-id="ticket-description"]` with
 *   `data-album="ticket_<id>"` and `#ticket_original_request`; every later reply or note is a
 *   `[data-test-id="conversation-wrapper"]` with `data-album="note_<id>"`, a `.conversation-header`
 *   with `.sender-info [data-test-id="user-name"]`, and its text in
 *   `[data-test-conversation="conversation-text"]`; items are `.ticket-details__item`, private notes
 *   `.ticket-details__privatenote`, the requester's `.ticket-details__requestor` (public userscripts
 *   and agent-side extensions found through code search: a Freshdesk "helper" userscript, a
 *   translation/booking extension, the "Kodex" context bridge, a ticket timeline script).
 * - The reply editor is hidden behind the reply bar (`ul.reply-bar`, button
 *   `[data-test-id="ticket-action-reply"]`); once open it is a Froala editor in `.ticket-editor`:
 *   `div.fr-element.fr-view[contenteditable="true"]` (`[data-test-id="active-editor"]` in a
 *   Playwright automation script); quoted history is `.freshdesk_quote`.
 * Unverified: whether a customer's later reply always carries `.ticket-details__requestor` (we also
 * accept a public conversation whose sender is the requester), the channel label
 * (`[data-test-id="ticket-source"]`, "reported via …") and the name of the element wrapping one
 * ticket's view (we fall back to the document, Freshdesk renders one ticket at a time).
 */
const SELECTORS = {
  app: '.ticket-subject-heading, .requestor-wrap[data-album], [data-test-id="ticket-description"], [data-test-id="conversation-wrapper"], body.ember-application .page-actions__left',
  description: '.requestor-wrap[data-album^="ticket_"], [data-test-id="ticket-description"]',
  ticketRoot: '[data-test-id="ticket-details-page"], .ticket-details-page',
  breadcrumb: '.breadcrumb__item.active',
  subject: '.ticket-subject-heading, [data-test-id="ticket-subject"]',
  subjectUi: 'button, svg, [role="button"], .ember-tooltip, .ticket-subject-heading__actions',
  conversation: '[data-test-id="conversation-wrapper"]',
  privateNote: '.ticket-details__privatenote, [class*="private-note"], [data-test-id="private-note"]',
  requesterItem: '.ticket-details__requestor, .requestor-wrap',
  sender: '.sender-info [data-test-id="user-name"], .sender-info .user-name',
  requester: '.requestor-wrap .sender-info [data-test-id="user-name"], .widget-requestor-info [data-test-id="user-name"], [data-test-id="requester-name"]',
  body: '[data-test-conversation="conversation-text"], #ticket_original_request, .ticket_note, .text__content, [data-test-id="conversation-content-wrapper"], .ticket-details__item__content',
  quotes: '.freshdesk_quote, .x_freshdesk_quote, .gmail_quote, blockquote, .ticket-actions-container, button',
  source: '[data-test-id="ticket-source"], .source-info',
  replyButton: 'button[data-test-id="ticket-action-reply"], .reply-bar button[aria-label="Reply"]',
  replyBox: [
    '.ticket-editor .fr-element.fr-view[contenteditable="true"]',
    '[data-test-id="active-editor"][contenteditable="true"]',
    '[data-test-id="active-editor"] [contenteditable="true"]',
    '.fr-box .fr-element.fr-view[contenteditable="true"]',
  ],
} as const;

const TICKET_PATH = /\/a\/tickets\/(\d+)/;

/** The open ticket's original request (Freshdesk renders one ticket view; skip any hidden leftover). */
function openDescription(doc: Document): Element | null {
  const all = Array.from(doc.querySelectorAll(SELECTORS.description)).filter((el) => !isHidden(el));
  const urlId = doc.location?.pathname.match(TICKET_PATH)?.[1];
  return all.find((el) => idOf(el) === urlId) ?? all[0] ?? null;
}

function idOf(description: Element): string | null {
  return description.getAttribute('data-album')?.match(/^ticket_(\d+)$/)?.[1] ?? null;
}

function scopeOf(doc: Document, description: Element | null): ParentNode {
  return description?.closest(SELECTORS.ticketRoot) ?? doc;
}

function ticketId(doc: Document, description: Element | null, scope: ParentNode): string | null {
  return (
    (description && idOf(description)) ??
    doc.location?.pathname.match(TICKET_PATH)?.[1] ??
    scope.querySelector(SELECTORS.breadcrumb)?.textContent?.match(/\d+/)?.[0] ??
    null
  );
}

/** Order of a thread item: its id in data-album (the original request first), else its place in the DOM. */
function order(item: Element, index: number): [number, number] {
  const album = item.getAttribute('data-album') ?? '';
  if (album.startsWith('ticket_')) return [-1, index];
  const note = Number(album.match(/^note_(\d+)$/)?.[1]);
  return [Number.isFinite(note) ? note : Number.MAX_SAFE_INTEGER, index];
}

function latestCustomerItem(description: Element | null, scope: ParentNode, requester: string | null): Element | null {
  const items = [...(description ? [description] : []), ...Array.from(scope.querySelectorAll(SELECTORS.conversation))];
  const customer = items.filter((item) => {
    if (item.matches(SELECTORS.privateNote)) return false;
    if (item.matches(SELECTORS.requesterItem)) return true;
    const sender = item.querySelector(SELECTORS.sender)?.textContent?.trim();
    return !!requester && sender === requester;
  });
  let latest: Element | null = null;
  let latestOrder: [number, number] = [-Infinity, -Infinity];
  for (const item of customer) {
    const o = order(item, items.indexOf(item));
    if (o[0] > latestOrder[0] || (o[0] === latestOrder[0] && o[1] > latestOrder[1])) {
      latest = item;
      latestOrder = o;
    }
  }
  return latest;
}

function subjectOf(scope: ParentNode): string {
  const heading = scope.querySelector(SELECTORS.subject);
  if (!heading) return '';
  const own = Array.from(heading.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.nodeValue ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return own || blockText(heading, SELECTORS.subjectUi);
}

function channelOf(description: Element | null): string | null {
  const source = description?.querySelector(SELECTORS.source);
  if (!source) return null;
  const label = (source.getAttribute('title') || blockText(source))
    .replace(/^reported via\s+/i, '')
    .replace(/\s*(?:을|를)?\s*통해.*$/, '')
    .replace(/\s*(?:으로|로)\s*접수.*$/, '')
    .trim();
  return label || null;
}

function findReplyBox(doc: Document): HTMLElement | null {
  const scope = scopeOf(doc, openDescription(doc));
  for (const selector of SELECTORS.replyBox) {
    const box = Array.from(scope.querySelectorAll<HTMLElement>(selector)).find((el) => !isHidden(el));
    if (box) return box;
  }
  return null;
}

export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: HOSTED_WORKSPACES.freshdesk,
  matches: (doc) => doc.querySelector(SELECTORS.app) !== null,
  readTicket(doc) {
    const description = openDescription(doc);
    const scope = scopeOf(doc, description);
    if (!description && !scope.querySelector(SELECTORS.conversation)) return null;
    const id = ticketId(doc, description, scope);
    if (!id) return null;
    const requester =
      description?.querySelector(SELECTORS.sender)?.textContent?.trim() ||
      scope.querySelector(SELECTORS.requester)?.textContent?.trim() ||
      null;
    const latest = latestCustomerItem(description, scope, requester);
    return {
      key: `freshdesk:${id}`,
      subject: subjectOf(scope),
      message: latest ? blockText(latest.querySelector(SELECTORS.body) ?? latest, SELECTORS.quotes) : '',
      requester,
      channel: channelOf(description),
    };
  },
  findReplyBox,
  openReplyBox(doc) {
    if (findReplyBox(doc)) return false;
    const scope = scopeOf(doc, openDescription(doc));
    const buttons = Array.from(scope.querySelectorAll<HTMLElement>(SELECTORS.replyButton)).filter((el) => !isHidden(el));
    const button = buttons[buttons.length - 1];
    if (!button) return false;
    button.click();
    return true;
  },
};
