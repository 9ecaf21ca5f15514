import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * osTicket staff panel (open-source, self-hosted; ticket view /scp/tickets.php?id=<id>; 1.17/1.18).
 *
 * What the selectors rest on — osTicket's own templates and JS (osTicket/osTicket):
 * - include/staff/header.inc.php: the staff layout `#container > #header`, `a#logo[href*="scp/index.php"]`,
 *   `ul#nav`, `ul#sub_nav`, and `#pjax-container` which jquery-pjax refills (with pushState) when
 *   an agent opens another ticket, so the page never reloads. `#pjax-container` is therefore `root`.
 * - include/staff/ticket-view.inc.php (the stored 1.17/1.18 version, with `$canMarkAnswered` and
 *   `Signal::send('object.view')`): the title bar `.sticky.bar h2 a[href="tickets.php?id=<id>"]`,
 *   subject `.tixTitle h3`, the first `table.ticket_info` whose right column lists User
 *   (`span#user-<uid>-name`), Email (`span#user-<uid>-email`), Organization (if any) and, last,
 *   Source. The Source row's header is translated (`__('Source')`), so it is found without it: the
 *   inline editor `a.inline-edit[href="#tickets/<id>/field/source/edit"] > span#field_source` when
 *   the agent may edit the ticket, else the last row of the table holding the owner's email span;
 *   a Web source is followed by `<span class="faded">(IP)</span>`, which is dropped.
 *   Then the tabs `#ticket_tabs` (Ticket Thread / Tasks), the thread `#ticket_thread` rendered with
 *   html-id `ticketThread`, and `#response_options` with tabs `#response-tabs` (`#post-reply-tab`
 *   "Post Reply", `#post-note-tab` "Post Internal Note") over `form#reply.tab_content` (textarea
 *   `#response`, class `richtext` only when rich text is on) and `form#note.hidden.tab_content`
 *   (textarea `#internal_note`): two forms, two editors. The composer's mode is which of the two
 *   forms is shown (the other carries `hidden`); the Post Reply tab is the switch back to a reply.
 *   Its `a.post-response` toolbar buttons click those tabs (and the Ticket Thread tab first).
 * - include/staff/templates/thread-entries.tmpl.php + thread-entry.tmpl.php: `#thread-items >
 *   div#thread-entry-<id> > div.thread-entry.{message|response|note}` (M/R/N), body in
 *   `.thread-body > div`, attachments in `.thread-body .attachments`; the order follows the agent's
 *   "thread_view_order" preference (oldest or newest first). Task threads (Tasks tab) render the
 *   same markup, also with an `#thread-items`, so the ticket thread is scoped by `#ticketThread`.
 * - scp/js/scp.js: tabs switch by toggling `li.active` and the `hidden` class of `.tab_content`.
 *   Rich text: js/redactor-osticket.js runs Redactor 3 on `.richtext` textareas (`el.redactor(options)`),
 *   whose editable is `.redactor-box .redactor-in[contenteditable]`; scp.js inserts canned
 *   responses with `$R('#response.richtext').insertion.insertHtml(...)` (utils/insert does the same).
 * Ground: the product's own source. Unverified: third-party themes/plugins that rename these ids,
 * and Redactor's own DOM (no Redactor 3 on npm to run it; see utils/insert/page-api-bridge.ts).
 */
const SELECTORS = {
  panel: '#pjax-container',
  panelMarkers: 'a#logo[href*="scp/index.php"], ul#nav, #ticket_tabs_container, #response_options',
  ticketLink: '.sticky.bar h2 a[href*="tickets.php?id="]',
  ticketIdInput: 'form#reply input[name="id"], form#note input[name="id"]',
  subject: '.tixTitle h3',
  requester: 'table.ticket_info span[id^="user-"][id$="-name"]',
  source: 'table.ticket_info #field_source, table.ticket_info a[href$="/field/source/edit"]',
  ownerEmail: 'table.ticket_info span[id^="user-"][id$="-email"]',
  sourceExtras: '.faded',
  thread: '#ticketThread, #ticket_thread',
  threadPane: '#ticket_thread',
  threadTab: '#ticket-thread-tab',
  customerEntry: '.thread-entry.message',
  entryBody: '.thread-body',
  entryExtras: '.attachments, .clear, script',
  replyForm: 'form#reply',
  noteForm: 'form#note',
  replyTab: '#response-tabs a[href="#reply"], #post-reply-tab',
  replyBox: ['.redactor-box [contenteditable="true"]', 'textarea#response'],
} as const;

const TICKET_URL = /[?&]id=(\d+)/;

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

/**
 * The Source row, found without its translated header: the inline editor's `#field_source` (agents
 * who may edit), else the last row of the table that lists the owner's email (Source closes it).
 */
function source(scope: Element): string | null {
  const editable = scope.querySelector(SELECTORS.source);
  if (editable) return fieldText(editable) || null;
  const rows = scope.querySelector(SELECTORS.ownerEmail)?.closest('table')?.rows;
  const cell = rows?.[rows.length - 1]?.querySelector('td');
  if (!cell || cell.querySelector(SELECTORS.ownerEmail)) return null;
  return messageText(cell, SELECTORS.sourceExtras).replace(/\s+/g, ' ').trim() || null;
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

/** Which response form is shown: osTicket hides the other tab content with `hidden` (whatever the Tasks tab hides around them). */
function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const shown = (selector: string) => {
    const form = scope.querySelector(selector);
    return form !== null && !form.classList.contains('hidden');
  };
  if (shown(SELECTORS.replyForm)) return 'reply';
  return shown(SELECTORS.noteForm) ? 'note' : null;
}

/** The Post Reply tab, also while the Tasks tab hides it (scp.js handles the click all the same). */
function replyTab({ scope }: OpenTicket): HTMLElement | null {
  return scope.querySelector<HTMLElement>(SELECTORS.replyTab);
}

/**
 * What shows the composer when the Tasks tab hides it: the Ticket Thread tab (outside the composer,
 * so found by this finder, not as a visible button). Never a switch from a note to a reply: that is
 * replySwitch's, asked for.
 */
function ticketThreadTab(_ticket: OpenTicket, doc: Document): HTMLElement | null {
  const form = doc.querySelector<HTMLElement>(SELECTORS.replyForm);
  const pane = doc.querySelector(SELECTORS.threadPane);
  if (!form || !isHidden(form, ['hidden']) || !pane || !isHidden(pane, ['hidden'])) return null;
  return doc.querySelector<HTMLElement>(SELECTORS.threadTab);
}

export const osticket = defineAdapter({
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
  replyButton: ticketThreadTab,
  composerMode,
  replySwitch: replyTab,
});
