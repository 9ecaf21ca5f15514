import { firstVisible, visibleMatches } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

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
 * - A message from someone who is not an agent carries `.ticket-details__requestor` even when Freshdesk
 *   also gives it the private-note class and its peach background: replies from external users (the
 *   requester writing from another address, a third party) arrive as `.ticket-details__privatenote
 *   .ticket-details__requestor`, while an agent's own note has no requestor class; such replies also
 *   show the To/Cc header `.emails-info` that notes never have (kcgthb/tampermonkey-userscripts
 *   freshdesk-external-reply-color.user.js @0bff77e0 and @6c5ed345). So the requester marker is
 *   tested before the private-note marker.
 * - The reply editor is hidden behind the reply bar (`ul.reply-bar`, buttons
 *   `[data-test-id="ticket-action-reply"]` and `[data-test-id="ticket-action-forward"]`, a booking
 *   tool's userscript changelog); extensions click Reply when no editor is there and wait for it
 *   (Froala-inserting sidecar scripts, an "inject into Freshdesk" extension). Once open it is a Froala
 *   editor in `.ticket-editor`: `div.fr-element.fr-view[contenteditable="true"]`
 *   (`[data-test-id="active-editor"]` in Playwright automation scripts, which also show a collapsed
 *   `button.editor-placeholder[data-test-id="active-editor"]` in some accounts); quoted history is
 *   `.freshdesk_quote`.
 * - Reply and Add note are separate actions of the reply bar that open separate editors; the open
 *   editor stays in note mode until Reply is clicked: a WhatsApp greeting bot (Playwright) clicks
 *   the last `[data-test-id="ticket-action-reply"]` "so the editor does not stay on Note" before it
 *   types and clicks `[data-test-id="submit"]`. That Reply button is the switch back.
 * `root`: none known. Ember re-renders the ticket view on every ticket switch, and no element around
 * it is documented, so the document body is observed.
 * Unverified: whether a customer's later reply always carries `.ticket-details__requestor` (we also
 * accept a public conversation whose sender is the requester), the channel label
 * (`[data-test-id="ticket-source"]`, "reported via …") and the name of the element wrapping one
 * ticket's view (we fall back to the document, Freshdesk renders one ticket at a time); how the note
 * editor is told from the reply editor: no public code names a hook for it, `[data-test-id="note-editor"]`
 * on the editor container (and the reply bar's "Add note" `[data-test-id="ticket-action-note"]`, used by
 * the fixture only) are assumptions; and whether an external user's reply flagged as a private note
 * comes from the requester or a third party (both are read as the customer's message).
 * Ground: public third-party code (userscripts, extensions, automation scripts); Freshdesk is closed
 * source. The note editor's marker: none.
 */
const SELECTORS = {
  app: '.ticket-subject-heading, .requestor-wrap[data-album], [data-test-id="ticket-description"], [data-test-id="conversation-wrapper"], body.ember-application .page-actions__left',
  description: '.requestor-wrap[data-album^="ticket_"], [data-test-id="ticket-description"]',
  ticketView: '[data-test-id="ticket-details-page"], .ticket-details-page',
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
  openEditor: '.ticket-editor',
  noteEditor: '[data-test-id="note-editor"]',
  replyBox: [
    '.ticket-editor .fr-element.fr-view[contenteditable="true"]',
    '[data-test-id="active-editor"][contenteditable="true"]',
    '[data-test-id="active-editor"] [contenteditable="true"]',
    '.fr-box .fr-element.fr-view[contenteditable="true"]',
  ],
} as const;

const TICKET_PATH = /\/a\/tickets\/(\d+)/;

function idOf(description: Element): string | null {
  return description.getAttribute('data-album')?.match(/^ticket_(\d+)$/)?.[1] ?? null;
}

/** The open ticket's original request (Freshdesk renders one ticket view; skip any hidden leftover). */
function openDescription(doc: Document): Element | null {
  const all = visibleMatches(doc, SELECTORS.description);
  const urlId = doc.location?.pathname.match(TICKET_PATH)?.[1];
  return all.find((el) => idOf(el) === urlId) ?? all[0] ?? null;
}

function ticketId(doc: Document, description: Element | null, view: Element): string | null {
  return (
    (description && idOf(description)) ??
    doc.location?.pathname.match(TICKET_PATH)?.[1] ??
    view.querySelector(SELECTORS.breadcrumb)?.textContent?.match(/\d+/)?.[0] ??
    null
  );
}

function openTicket(doc: Document): OpenTicket | null {
  const description = openDescription(doc);
  const view = description?.closest(SELECTORS.ticketView) ?? doc.body;
  if (!description && !view.querySelector(SELECTORS.conversation)) return null;
  const id = ticketId(doc, description, view);
  return id ? { id, scope: view } : null;
}

/** Order of a thread item: its id in data-album (the original request first), else its place in the DOM. */
function order(item: Element, index: number): [number, number] {
  const album = item.getAttribute('data-album') ?? '';
  if (album.startsWith('ticket_')) return [-1, index];
  const note = Number(album.match(/^note_(\d+)$/)?.[1]);
  return [Number.isFinite(note) ? note : Number.MAX_SAFE_INTEGER, index];
}

function latestCustomerItem(description: Element | null, view: Element, requester: string | null): Element | null {
  const items = [...(description ? [description] : []), ...Array.from(view.querySelectorAll(SELECTORS.conversation))];
  const customer = items.filter((item) => {
    // A non-agent's reply stays the customer's when Freshdesk also files it as a private note.
    if (item.matches(SELECTORS.requesterItem)) return true;
    if (item.matches(SELECTORS.privateNote)) return false;
    return !!requester && fieldText(item.querySelector(SELECTORS.sender)) === requester;
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

/** The heading's own text: its child elements are buttons (summary, actions), not part of the subject. */
function subjectOf(view: Element): string {
  const heading = view.querySelector(SELECTORS.subject);
  if (!heading) return '';
  const own = Array.from(heading.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.nodeValue ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return own || messageText(heading, SELECTORS.subjectUi);
}

/** "reported via chat" / "채팅을 통해 보고됨" → the channel's name. */
function channelOf(description: Element | null): string | null {
  const source = description?.querySelector(SELECTORS.source);
  if (!source) return null;
  const label = (source.getAttribute('title') || fieldText(source))
    .replace(/^reported via\s+/i, '')
    .replace(/\s*(?:을|를)?\s*통해.*$/, '')
    .replace(/\s*(?:으로|로)\s*접수.*$/, '')
    .trim();
  return label || null;
}

/** Reply or note, by which editor the reply bar opened; null while none is open. */
function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const editor = firstVisible(scope, SELECTORS.openEditor);
  if (!editor) return null;
  return editor.matches(SELECTORS.noteEditor) || editor.querySelector(SELECTORS.noteEditor) ? 'note' : 'reply';
}

export const freshdesk = defineAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  detect: SELECTORS.app,
  openTicket,
  read({ scope }, doc) {
    const description = openDescription(doc);
    const requester = fieldText(description?.querySelector(SELECTORS.sender)) || fieldText(scope.querySelector(SELECTORS.requester)) || null;
    const latest = latestCustomerItem(description, scope, requester);
    return {
      subject: subjectOf(scope),
      message: latest ? messageText(latest.querySelector(SELECTORS.body) ?? latest, SELECTORS.quotes) : '',
      requester,
      channel: channelOf(description),
    };
  },
  replyBox: SELECTORS.replyBox,
  replyButton: SELECTORS.replyButton,
  composerMode,
  // Reply turns an open note editor into the reply editor (the agent's own switch).
  replySwitch: SELECTORS.replyButton,
});
