import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { HelpdeskAdapter } from './types';

/**
 * osTicket staff panel (open-source, self-hosted; ticket view /scp/tickets.php?id=<id>).
 *
 * What the selectors rest on — osTicket's own templates and JS (osTicket/osTicket):
 * - include/staff/header.inc.php: the staff layout `#container > #header`, `a#logo[href*="scp/index.php"]`,
 *   `ul#nav`, `ul#sub_nav`, and `#pjax-container` which jquery-pjax refills (with pushState) when
 *   an agent opens another ticket, so the page never reloads. `#pjax-container` is therefore `root`.
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

function ticketId(doc: Document): string | null {
  const input = doc.querySelector<HTMLInputElement>(SELECTORS.ticketIdInput)?.value;
  if (input) return input;
  const link = doc.querySelector(SELECTORS.ticketLink)?.getAttribute('href') ?? '';
  const fromLink = TICKET_URL.exec(link)?.[1];
  if (fromLink) return fromLink;
  const url = doc.location;
  return url && /tickets\.php$/.test(url.pathname) ? (TICKET_URL.exec(url.search)?.[1] ?? null) : null;
}

function openTicket(doc: Document): OpenTicket | null {
  if (!doc.querySelector(SELECTORS.thread)) return null;
  const id = ticketId(doc);
  return id ? { id, scope: doc.querySelector(SELECTORS.panel) ?? doc.body } : null;
}

/** Entry id from the `#thread-entry-<id>` wrapper (ids grow with time, whatever the display order). */
function entryId(entry: Element): number {
  const wrapper = entry.closest('[id^="thread-entry-"]');
  const id = Number(wrapper?.id.replace('thread-entry-', ''));
  return Number.isFinite(id) ? id : -1;
}

function latestCustomerEntry(scope: Element): Element | null {
  const thread = scope.querySelector(SELECTORS.thread);
  if (!thread) return null;
  let latest: Element | null = null;
  for (const entry of thread.querySelectorAll(SELECTORS.customerEntry)) {
    if (!latest || entryId(entry) >= entryId(latest)) latest = entry;
  }
  return latest;
}

/** The Source row: its edit link when the agent may edit it, else the text after its "Source:" header. */
function source(scope: Element): string | null {
  const link = fieldText(scope.querySelector(SELECTORS.sourceLink));
  if (link) return link;
  for (const row of scope.querySelectorAll(SELECTORS.infoRows)) {
    const th = row.querySelector('th');
    if (th && SOURCE_LABEL.test(fieldText(th))) {
      return fieldText(row.querySelector('td')).replace(/\s*\(.*\)$/, '') || null;
    }
  }
  return null;
}

/** The reply form counts only while its tab is shown: osTicket hides the other tab contents with the `hidden` class. */
function replyEditor({ scope }: OpenTicket): HTMLElement | null {
  const form = scope.querySelector<HTMLElement>(SELECTORS.replyForm);
  if (!form || isHidden(form, ['hidden'])) return null;
  for (const selector of SELECTORS.replyBox) {
    const box = form.querySelector<HTMLElement>(selector);
    if (box) return box;
  }
  return null;
}

/** Shows the reply form: the Ticket Thread tab first if Tasks is showing, then Post Reply if Internal Note is. */
function showReplyForm(doc: Document): boolean {
  const form = doc.querySelector<HTMLElement>(SELECTORS.replyForm);
  if (!form || !isHidden(form, ['hidden'])) return false;
  let clicked = false;
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
}

export const osticket: HelpdeskAdapter = {
  ...defineAdapter({
    id: 'osticket',
    name: 'osTicket',
    detect: (doc) => doc.querySelector(SELECTORS.panel) !== null && doc.querySelector(SELECTORS.panelMarkers) !== null,
    root: SELECTORS.panel,
    openTicket,
    read({ scope }) {
      const latest = latestCustomerEntry(scope);
      return {
        subject: fieldText(scope.querySelector(SELECTORS.subject)),
        message: messageText(latest?.querySelector(SELECTORS.entryBody), SELECTORS.entryExtras),
        requester: fieldText(scope.querySelector(SELECTORS.requester)) || null,
        channel: source(scope),
      };
    },
    replyBox: replyEditor,
  }),
  // Up to two clicks (the Ticket Thread tab, then Post Reply): more than defineAdapter's replyButton does.
  openReplyBox: showReplyForm,
};
