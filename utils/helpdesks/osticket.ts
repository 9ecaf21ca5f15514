import { blockText, isHidden } from '../dom/text';
import type { HelpdeskAdapter } from './types';

/**
 * osTicket staff panel (open-source, self-hosted; ticket view /scp/tickets.php?id=<id>).
 *
 * What the selectors rest on — osTicket's own templates and JS (osTicket/osTicket):
 * - include/staff/header.inc.php: the staff layout `#container > #header`, `a#logo[href*="scp/index.php"]`,
 *   `ul#nav`, `ul#sub_nav`, and `#pjax-container` which jquery-pjax refills (with pushState) when
 *   an agent opens another ticket, so the page never reloads.
 * - include/staff/ticket-view.inc.php: the title bar `.sticky.bar h2 a[href="tickets.php?id=<id>"]`
 *   ("Ticket #<number>"), subject `.tixTitle h3`, the `table.ticket_info` with the user's name in
 *   `span#user-<uid>-name` and the Source row (`a[href="#tickets/<id>/field/source/edit"]` when the
 *   agent may edit it, else plain text after `th` "Source:"), the tabs `#ticket_tabs`
 *   (Ticket Thread / Tasks), the thread `#ticket_thread` rendered with html-id `ticketThread`, and
 *   the response area `#response_options` with tabs `#response-tabs` (`#post-reply-tab` "Post Reply",
 *   `#post-note-tab` "Post Internal Note") over `form#reply` (textarea `#response`, class `richtext`
 *   only when rich text is on) and `form#note.hidden` (textarea `#internal_note`).
 * - include/staff/templates/thread-entries.tmpl.php + thread-entry.tmpl.php: `#thread-items >
 *   div#thread-entry-<id> > div.thread-entry.{message|response|note}` (M/R/N), body in
 *   `.thread-body > div`, attachments in `.thread-body .attachments`; the order follows the agent's
 *   "thread_view_order" preference (oldest or newest first). Task threads (Tasks tab) render the
 *   same markup, also with an `#thread-items`, so the ticket thread is scoped by `#ticketThread`.
 * - scp/js/scp.js: tabs switch by toggling `li.active` and the `hidden` class / display of
 *   `.tab_content`; `#post-reply` (toolbar button) shows the reply tab. So openReplyBox() clicks the
 *   Ticket Thread tab when Tasks is showing, then the Post Reply tab when Internal Note is.
 * Unverified: third-party themes/plugins that rename these ids; Redactor (rich text) replaces the
 * textarea with a `.redactor-box [contenteditable]`, which we also accept but could not check.
 */
const SELECTORS = {
  panel: '#pjax-container',
  panelMarkers: 'a#logo[href*="scp/index.php"], ul#nav, #ticket_tabs_container, #response_options',
  ticketLink: '.sticky.bar h2 a[href*="tickets.php?id="]',
  ticketIdInput: 'form#reply input[name="id"], form#note input[name="id"]',
  subject: '.tixTitle h3',
  requester: 'table.ticket_info span[id^="user-"][id$="-name"]',
  sourceLink: 'table.ticket_info a[href$="/field/source/edit"]',
  infoRows: 'table.ticket_info tr',
  thread: '#ticketThread, #ticket_thread',
  threadPane: '#ticket_thread',
  threadTab: '#ticket-thread-tab',
  customerEntry: '.thread-entry.message',
  entryBody: '.thread-body',
  entryExtras: '.attachments, .clear, script',
  replyForm: 'form#reply',
  replyTab: '#response-tabs a[href="#reply"], #post-reply-tab',
  replyBox: ['.redactor-box [contenteditable="true"]', 'textarea#response'],
} as const;

const TICKET_URL = /[?&]id=(\d+)/;
const SOURCE_LABEL = /^(source|출처|소스|접수 경로)\s*:?$/i;

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function ticketId(doc: Document): string | null {
  const input = doc.querySelector<HTMLInputElement>(SELECTORS.ticketIdInput)?.value;
  if (input) return input;
  const link = doc.querySelector(SELECTORS.ticketLink)?.getAttribute('href') ?? '';
  const fromLink = TICKET_URL.exec(link)?.[1];
  if (fromLink) return fromLink;
  const url = doc.location;
  return url && /tickets\.php$/.test(url.pathname) ? (TICKET_URL.exec(url.search)?.[1] ?? null) : null;
}

/** Entry id from the `#thread-entry-<id>` wrapper (ids grow with time, whatever the display order). */
function entryId(entry: Element): number {
  const wrapper = entry.closest('[id^="thread-entry-"]');
  const id = Number(wrapper?.id.replace('thread-entry-', ''));
  return Number.isFinite(id) ? id : -1;
}

function latestCustomerEntry(doc: Document): Element | null {
  const thread = doc.querySelector(SELECTORS.thread);
  if (!thread) return null;
  let latest: Element | null = null;
  for (const entry of thread.querySelectorAll(SELECTORS.customerEntry)) {
    if (!latest || entryId(entry) >= entryId(latest)) latest = entry;
  }
  return latest;
}

function bodyText(entry: Element): string {
  return blockText(entry.querySelector(SELECTORS.entryBody), SELECTORS.entryExtras);
}

function source(doc: Document): string | null {
  const link = text(doc.querySelector(SELECTORS.sourceLink));
  if (link) return link;
  for (const row of doc.querySelectorAll(SELECTORS.infoRows)) {
    const th = row.querySelector('th');
    if (th && SOURCE_LABEL.test(text(th))) {
      return text(row.querySelector('td')).replace(/\s*\(.*\)$/, '') || null;
    }
  }
  return null;
}

export const osticket: HelpdeskAdapter = {
  id: 'osticket',
  name: 'osTicket',
  hosts: [],
  matches: (doc) => doc.querySelector(SELECTORS.panel) !== null && doc.querySelector(SELECTORS.panelMarkers) !== null,
  readTicket(doc) {
    if (!doc.querySelector(SELECTORS.thread)) return null;
    const id = ticketId(doc);
    if (!id) return null;
    const latest = latestCustomerEntry(doc);
    return {
      key: `osticket:${id}`,
      subject: text(doc.querySelector(SELECTORS.subject)),
      message: latest ? bodyText(latest) : '',
      requester: text(doc.querySelector(SELECTORS.requester)) || null,
      channel: source(doc),
    };
  },
  findReplyBox(doc) {
    const form = doc.querySelector<HTMLElement>(SELECTORS.replyForm);
    if (!form || isHidden(form, ['hidden'])) return null;
    for (const selector of SELECTORS.replyBox) {
      const box = form.querySelector<HTMLElement>(selector);
      if (box) return box;
    }
    return null;
  },
  openReplyBox(doc) {
    const form = doc.querySelector<HTMLElement>(SELECTORS.replyForm);
    if (!form || !isHidden(form, ['hidden'])) return false;
    let clicked = false;
    // The reply form sits in the Ticket Thread tab: bring that tab back first if Tasks is showing.
    const pane = doc.querySelector(SELECTORS.threadPane);
    const threadTab = doc.querySelector<HTMLElement>(SELECTORS.threadTab);
    if (pane && isHidden(pane, ['hidden']) && threadTab) {
      threadTab.click();
      clicked = true;
    }
    const replyTab = doc.querySelector<HTMLElement>(SELECTORS.replyTab);
    if (isHidden(form, ['hidden']) && replyTab) {
      replyTab.click();
      clicked = true;
    }
    return clicked;
  },
};
