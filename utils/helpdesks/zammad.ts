import { isHidden } from '../dom/text';
import { defineAdapter, fieldText, messageText, type OpenTicket } from './define-adapter';

/**
 * Zammad agent UI (the classic CoffeeScript/jQuery desktop app; self-hosted or
 * https://<name>.zammad.com, ticket zoom at `#ticket/zoom/<id>`).
 *
 * What the selectors rest on — Zammad's open-source code (github.com/zammad/zammad):
 * - `App.TaskManager` (app/lib/app_post/task_manager.coffee) gives every open task a
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
 *   ("From") and the channel in `.article-meta.bottom .article-meta-value` (icon + type name).
 * - views/ticket_zoom/article_new.jst.eco: the reply editor is
 *   `.article-add .js-textarea.articleNewEdit-body[contenteditable="true"][data-name="body"]`,
 *   always in the DOM (it expands on focus).
 * Unverified: the new Vue "desktop view" (`/desktop`) is not covered; article order is taken from
 * the article ids (always increasing), not from the DOM order.
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
  replyBox: '.article-new .articleNewEdit-body[contenteditable="true"], .article-add .js-textarea[contenteditable="true"]',
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
});
