import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type Finder, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * Zammad agent UI, the classic CoffeeScript/jQuery desktop app (self-hosted or
 * https://<name>.zammad.com, ticket zoom at `#ticket/zoom/<id>`). The new Vue desktop view
 * (`/desktop/tickets/<id>`) is its own adapter, zammad-desktop.ts.
 *
 * What the selectors rest on — Zammad's open-source code (github.com/zammad/zammad, app/assets/javascripts/app/):
 * - `App.TaskManager` (lib/app_post/task_manager.coffee) gives every open task a
 *   `<div id="content_permanent_<key>" class="content horizontal flex">` and shows one at a time by
 *   toggling `active` / `hide`; a ticket's task key is `Ticket-<id>` (controllers/ticket_zoom.coffee),
 *   its taskbar tab `a.task[data-key="Ticket-<id>"]` with `is-active` (views/widget/task_item.jst.eco).
 * - views/ticket_zoom.jst.eco: `.ticketZoom` > `.ticketZoom-header` (title `.js-objectTitle`,
 *   a contenteditable `.ticket-title-update`), `.ticket-article`, `.article-new`; the sidebar's
 *   customer tab `.sidebar[data-tab="customer"]` shows the name in an `h3` (views/widget/user.jst.eco).
 * - controllers/ticket_zoom/article_view.coffee + views/ticket_zoom/article_view.jst.eco: each
 *   article is `.ticket-article-item.<sender>` (`customer` / `agent` / `system`) with
 *   `data-id="<article id>"`, `is-internal` for internal notes, its text in
 *   `.textBubble-content .richtext-content`, the sender in the first row of `.article-meta.top`
 *   ("From"), the channel in `.article-meta.bottom .article-meta-value` (icon + type name), and its
 *   actions in `.js-article-actions`: views/ticket_zoom/article_view_actions.jst.eco renders each as
 *   `a.article-action.js-ArticleAction[data-type]`; article_action/email_reply.coffee adds
 *   `data-type="emailReply"` ("reply") to email/web articles and to phone articles of a customer or
 *   agent, when the ticket's group has an email address. Its perform keeps the composer's current
 *   body, sets the type to `email` (article type config `internal: false`) and opens the composer.
 * - The composer, controllers/ticket_zoom/article_new.coffee + views/ticket_zoom/article_new.jst.eco:
 *   `form.article-add` with `is-internal` / `is-public`, `data-type` and the hidden fields it posts,
 *   `input[name="type"]` and `input[name="internal"]` ('true' or '' after `setArticleInternal`; the
 *   template first renders the raw value, so 'false' is read as public too). A new ticket task
 *   starts with type `note` (`@type = @defaults['type'] || 'note'`), internal by the setting
 *   `ui_ticket_zoom_article_note_new_internal` (article_action/note.coffee; seeded `state: true` in
 *   the settings seed, "Note - default visibility").
 *   The composer is collapsed until the agent focuses it or an article action opens it
 *   (`openTextarea` adds `is-open`, `closeTextarea` removes it again while it is empty): collapsed, it
 *   holds nothing and posts nothing. The body is `.js-textarea.articleNewEdit-body[contenteditable]`
 *   inside `.textBubble.js-writeArea` (a click there focuses it); the visibility toggle is
 *   `.editControls-item.js-toggleVisibility` (`toggleVisibility`: public ⇄ internal).
 * Mode: 'note' while the open composer's `internal` field is set, 'reply' otherwise, null while it is
 * collapsed. Reply opener: the latest customer article's "reply" action (an email reply, public),
 * else the write area (the composer then opens as the product's default, often an internal note, and
 * the mode check refuses it). Switch to public: that same "reply" action (it keeps the note's text
 * and makes it an email the customer receives), else the visibility toggle (a public note, which a
 * customer sees in the customer interface only).
 * Ground: the product's own source — the stored zammad/zammad files named above (article_new.coffee
 * in its 2025/2026 version with `ui_ticket_zoom_article_visibility_confirmation_dialog`). Unverified:
 * a confirmation dialog an admin can enable for "set to public" would need a second click (the switch
 * then fails and ReplyDeck only refuses); article order is taken from the article ids, not the DOM order.
 */
const SELECTORS = {
  main: '#app',
  app: '.content[id^="content_permanent_"], .ticketZoom',
  ticketContent: '.content[id^="content_permanent_Ticket-"]',
  activeTask: 'a.task.is-active[data-key^="Ticket-"]',
  subject: '.ticketZoom-header .js-objectTitle, .ticketZoom-header .ticket-title-update, .js-objectTitle',
  customerArticle: '.ticket-article .ticket-article-item.customer:not(.is-internal)',
  body: '.textBubble-content .richtext-content, .textBubble-content',
  bodyUi: '.textBubble-overflowContainer, .js-signatureMarker ~ *, .js-signatureMarker',
  from: '.article-meta.top .article-meta-row:first-child .article-meta-value',
  channel: '.article-meta.bottom .article-meta-value',
  channelUi: '.article-meta-links, svg',
  requester: '.sidebar[data-tab="customer"] .sidebar-content h3',
  composer: '.article-new .article-add, form.article-add',
  composerOpen: 'is-open',
  internalField: 'input[name="internal"]',
  replyBox: '.article-add.is-open .js-textarea.articleNewEdit-body[contenteditable="true"], .article-add.is-open .articleNewEdit-body[contenteditable="true"]',
  replyAction: '.js-article-actions .js-ArticleAction[data-type="emailReply"]',
  writeArea: '.js-writeArea',
  visibilityToggle: '.js-toggleVisibility',
} as const;

const CONTENT_ID = /^content_permanent_Ticket-(\d+)$/;
const ZOOM_HASH = /^#ticket\/zoom\/(\d+)/;

function idOf(content: Element): string | null {
  return content.id.match(CONTENT_ID)?.[1] ?? null;
}

/** The shown ticket task: TaskManager marks it `active` and every other task `hide`. */
function openContent(doc: Document): HTMLElement | null {
  const contents = Array.from(doc.querySelectorAll<HTMLElement>(SELECTORS.ticketContent));
  const shown = contents.filter((content) => !isHidden(content, ['hide']));
  const active = shown.find((content) => content.classList.contains('active'));
  if (active) return active;
  const wanted =
    doc.querySelector(SELECTORS.activeTask)?.getAttribute('data-key')?.replace('Ticket-', '') ??
    doc.location?.hash.match(ZOOM_HASH)?.[1];
  return shown.find((content) => idOf(content) === wanted) ?? (shown.length === 1 ? shown[0]! : null);
}

function latestCustomerArticle(content: Element): Element | null {
  let latest: Element | null = null;
  let latestId = -Infinity;
  for (const article of content.querySelectorAll(SELECTORS.customerArticle)) {
    const id = Number(article.getAttribute('data-id'));
    const order = Number.isFinite(id) ? id : latestId;
    if (order >= latestId) {
      latest = article;
      latestId = order;
    }
  }
  return latest;
}

function composerOf(scope: Element): HTMLElement | null {
  return scope.querySelector<HTMLElement>(SELECTORS.composer);
}

/** What the composer posts as `internal` (article_new.coffee `params`): set means an internal note. */
function isInternal(composer: Element): boolean {
  const field = composer.querySelector<HTMLInputElement>(SELECTORS.internalField);
  if (!field) return composer.classList.contains('is-internal');
  return field.value !== '' && field.value !== 'false';
}

/** The "reply" action of the customer's latest article: an email reply to them, public. */
function customerReplyAction(scope: Element): HTMLElement | null {
  return latestCustomerArticle(scope)?.querySelector<HTMLElement>(SELECTORS.replyAction) ?? null;
}

function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const composer = composerOf(scope);
  if (!composer?.classList.contains(SELECTORS.composerOpen)) return null;
  return isInternal(composer) ? 'note' : 'reply';
}

/** Opens the collapsed composer: as a reply to the customer when Zammad offers one, else as its default. */
const replyOpener: Finder = ({ scope }) => customerReplyAction(scope) ?? composerOf(scope)?.querySelector<HTMLElement>(SELECTORS.writeArea) ?? null;

/** Makes an internal composer public; never the toggle while it is already public (it would make it internal). */
const publicSwitch: Finder = ({ scope }) => {
  const composer = composerOf(scope);
  if (!composer || !isInternal(composer)) return null;
  return customerReplyAction(scope) ?? composer.querySelector<HTMLElement>(SELECTORS.visibilityToggle);
};

export const zammad = defineAdapter({
  id: 'zammad',
  name: 'Zammad',
  detect: SELECTORS.app,
  root: SELECTORS.main,
  openTicket(doc): OpenTicket | null {
    const content = openContent(doc);
    const id = content && idOf(content);
    return content && id ? { id, scope: content } : null;
  },
  read({ scope }) {
    const latest = latestCustomerArticle(scope);
    const from = messageText(latest?.querySelector(SELECTORS.from), 'a[href^="mailto:"]').replace(/\s*<[^>]*>\s*$/, '');
    const requester = messageText(scope.querySelector(SELECTORS.requester), 'svg') || from;
    return {
      subject: fieldText(scope.querySelector(SELECTORS.subject)),
      message: latest ? messageText(latest.querySelector(SELECTORS.body) ?? latest, SELECTORS.bodyUi) : '',
      requester: requester || null,
      channel: messageText(latest?.querySelector(SELECTORS.channel), SELECTORS.channelUi) || null,
    };
  },
  replyBox: SELECTORS.replyBox,
  replyButton: replyOpener,
  composerMode,
  replySwitch: publicSwitch,
});
