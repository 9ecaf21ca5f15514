import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * FreeScout (open-source, self-hosted; conversation page /conversation/<id>?folder_id=…).
 *
 * What the selectors rest on — FreeScout's own Blade templates and JS (freescout-help-desk/freescout):
 * - resources/views/conversations/view.blade.php (@d74af3e5): `body.body-conv[data-conversation_id]`,
 *   the toolbar `.conv-actions` with the Reply button `span.conv-reply.conv-action` and Note button
 *   `.conv-add-note`, subject `#conv-subject .conv-subjtext`, number `.conv-numnav strong`, the
 *   reply form `.conv-block.conv-reply-block.conv-action-block.hidden` holding
 *   `input[name=is_note]` and `textarea#body`, the customer sidebar `#conv-layout-customer`, and the
 *   thread list `#conv-layout-main`, all inside `#conv-layout`.
 * - The conversation type: current releases render `#conv-layout.conv-type-{{
 *   strtolower($conversation->getTypeName()) }}` (quoted by the public GesoftLiveChat module's core
 *   contract test, Modules/GesoftLiveChat/Tests/core-contract.php), and public/js/main.js (@a2d81def)
 *   reads it as `convIsChat() { return $('#conv-layout').hasClass('conv-type-chat') }`; the types
 *   are app/Conversation.php's TYPE_EMAIL / TYPE_PHONE / TYPE_CHAT ('email', 'phone', 'chat').
 *   Releases without that class: the phone badge `.thread-badge .glyphicon-earphone`, else email.
 * - resources/views/conversations/partials/thread.blade.php + app/Thread.php: every thread is
 *   `div.thread.thread-type-{customer|message|note|lineitem|chat}` with `id="thread-<id>"` and
 *   `data-thread_id`; drafts are `.thread-type-draft`; the text sits in `.thread-body .thread-content`
 *   (older releases: directly in `.thread-body`), followed by `.thread-meta` / `.thread-attachments`.
 *   Threads are listed NEWEST FIRST.
 * - resources/views/customers/profile_snippet.blade.php: `.customer-snippet a.customer-name`.
 * - public/js/main.js (@a2d81def): convEditorInit() runs `$('#body').summernote(...)` at page load
 *   (so Summernote's `.note-editable` exists while hidden). The composer's mode is main.js's own
 *   getReplyFormMode(): '' while `.conv-reply-block` is `hidden`, 'note' with `conv-note-block`
 *   (showNoteForm() also sets `is_note` to 1), 'forward' with `conv-forward-block`, else 'reply'.
 *   The `.conv-reply` click handler acts only while the block is hidden ("We don't allow to switch
 *   between reply and note, as it creates multiple drafts"): Reply does nothing to an open note,
 *   and the only way out of a note is the editor's Discard (discardDraft(): a confirm dialog, then
 *   the note's text is thrown away). So there is no reply switch: ReplyDeck refuses and says why.
 * - A public FreeScout AI extension ("Tradeo AI") detects the ticket view by `#conv-layout-main`,
 *   the editor by `.conv-reply-block` / `.conv-reply`, and list rows by `tr.conv-row[data-conversation_id]`.
 * `root` is `#conv-layout`: it holds the toolbar, subject, reply form, customer sidebar and threads.
 * Opening another conversation is a page load in FreeScout, so it is rendered anew with the page.
 * Ground: the product's own source — main.js and the Blade views; the `conv-type-*` class rests on
 * main.js's reader and a third-party module quoting view.blade.php (the stored view.blade.php is an
 * older one without it). Unverified: that getTypeName() stays English in translated installs
 * (main.js's own convIsChat() assumes so), and custom themes/modules that rename these classes.
 */
const SELECTORS = {
  conversationPage: '#conv-layout #conv-layout-main',
  appMarkers: 'body.body-conv, .conv-reply-block, .table-conversations',
  layout: '#conv-layout',
  conversationId: 'body[data-conversation_id]',
  subject: '#conv-subject .conv-subjtext',
  number: '#conv-subject .conv-numnav strong',
  customerThread: '#conv-layout-main .thread.thread-type-customer',
  threadText: '.thread-content',
  threadBody: '.thread-body',
  threadExtras: '.thread-meta, .thread-attachments, .thread-opened-at, .alert, .thread-original',
  threadPerson: '.thread-person strong',
  customerName: '#conv-layout-customer .customer-snippet .customer-name',
  phoneBadge: '#conv-layout-main .thread-badge .glyphicon-earphone',
  replyBlock: '.conv-reply-block',
  noteBlockClass: 'conv-note-block',
  isNote: 'input[name="is_note"]',
  replyButton: '.conv-actions .conv-reply',
  editable: '.note-editable[contenteditable="true"]',
  bodyTextarea: 'textarea#body',
} as const;

const CONVERSATION_PATH = /\/conversation\/(\d+)/;
/** app/Conversation.php's type names, as `#conv-layout.conv-type-<name>` carries them. */
const CHANNELS: Record<string, string> = { email: 'Email', phone: 'Phone', chat: 'Chat' };
const TYPE_CLASS = /^conv-type-(\w+)$/;

function threadId(thread: Element): number {
  const raw = thread.getAttribute('data-thread_id') ?? thread.id.replace(/^thread-/, '');
  const id = Number(raw);
  return Number.isFinite(id) ? id : -1;
}

/** The customer's latest thread: the highest thread id (ids grow with time), else the first listed (newest first). */
function latestCustomerThread(layout: Element): Element | null {
  const threads = Array.from(layout.querySelectorAll(SELECTORS.customerThread));
  let latest: Element | null = null;
  for (const thread of threads) {
    if (!latest || threadId(thread) > threadId(latest)) latest = thread;
  }
  return threads.every((thread) => threadId(thread) < 0) ? (threads[0] ?? null) : latest;
}

function conversationId(doc: Document, layout: Element): string | null {
  const fromBody = doc.querySelector(SELECTORS.conversationId)?.getAttribute('data-conversation_id');
  if (fromBody) return fromBody;
  const fromUrl = CONVERSATION_PATH.exec(doc.location?.pathname ?? '')?.[1];
  if (fromUrl) return fromUrl;
  return fieldText(layout.querySelector(SELECTORS.number)) || null;
}

function openTicket(doc: Document): OpenTicket | null {
  const layout = doc.querySelector(SELECTORS.conversationPage) && doc.querySelector(SELECTORS.layout);
  const id = layout && conversationId(doc, layout);
  return layout && id ? { id, scope: layout } : null;
}

/** The conversation's type from `#conv-layout.conv-type-*`; older releases: the phone badge, else email. */
function channel(layout: Element): string {
  for (const name of layout.classList) {
    const type = TYPE_CLASS.exec(name)?.[1];
    if (type) return CHANNELS[type] ?? type;
  }
  return layout.querySelector(SELECTORS.phoneBadge) ? CHANNELS.phone! : CHANNELS.email!;
}

function replyBlock({ scope }: OpenTicket): HTMLElement | null {
  return scope.querySelector<HTMLElement>(SELECTORS.replyBlock);
}

/** main.js's getReplyFormMode(): no composer while the block is hidden; a note by its class or the is_note field it posts. */
function composerMode(ticket: OpenTicket): ComposerMode | null {
  const block = replyBlock(ticket);
  if (!block || isHidden(block, ['hidden'])) return null;
  const isNote = block.querySelector<HTMLInputElement>(SELECTORS.isNote)?.value;
  return block.classList.contains(SELECTORS.noteBlockClass) || (isNote !== undefined && isNote !== '' && isNote !== '0') ? 'note' : 'reply';
}

/** The composer's editor once the block is shown (reply or note: the mode check guards notes): Summernote's editable, or the textarea before Summernote runs. */
function replyEditor(ticket: OpenTicket): HTMLElement | null {
  const block = replyBlock(ticket);
  if (!block || composerMode(ticket) === null) return null;
  return block.querySelector<HTMLElement>(SELECTORS.editable) ?? block.querySelector<HTMLElement>(SELECTORS.bodyTextarea);
}

/** Reply shows the block only while it is hidden (main.js ignores it otherwise), so it is clicked only then. */
function replyOpener(ticket: OpenTicket): HTMLElement | null {
  return composerMode(ticket) === null ? ticket.scope.querySelector<HTMLElement>(SELECTORS.replyButton) : null;
}

export const freescout = defineAdapter({
  id: 'freescout',
  name: 'FreeScout',
  detect: `${SELECTORS.conversationPage}, ${SELECTORS.appMarkers}`,
  root: SELECTORS.layout,
  openTicket,
  read({ scope }) {
    const latest = latestCustomerThread(scope);
    const body = latest && (latest.querySelector(SELECTORS.threadText) ?? latest.querySelector(SELECTORS.threadBody));
    return {
      subject: fieldText(scope.querySelector(SELECTORS.subject)),
      message: messageText(body, SELECTORS.threadExtras),
      requester: fieldText(scope.querySelector(SELECTORS.customerName)) || fieldText(latest?.querySelector(SELECTORS.threadPerson)) || null,
      channel: channel(scope),
    };
  },
  replyBox: replyEditor,
  replyButton: replyOpener,
  composerMode,
  // No replySwitch: FreeScout has no control that turns an open note into a reply (see above).
});
