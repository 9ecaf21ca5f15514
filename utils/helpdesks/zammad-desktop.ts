import { isHidden, visibleMatches } from '../dom/text';
import { defineAdapter, fieldText, messageText, type Finder, type OpenTicket } from './define-adapter';
import type { ComposerMode } from './types';

/**
 * Zammad's new desktop view (the Vue 3 app at `/desktop`, ticket detail at `/desktop/tickets/<id>`).
 * The classic CoffeeScript UI is zammad.ts.
 *
 * What the selectors rest on — Zammad's open-source code (github.com/zammad/zammad, app/frontend/):
 * - apps/desktop/components/layout/LayoutPage.vue: `aside#main-sidebar` (a LayoutSidebar, whose root
 *   is an `<aside>`) holds UserTaskbarTabs; `#main-content` holds the `<RouterView>` inside
 *   `<KeepAlive>`, so only the shown tab's view is in the DOM and switching tabs is a router push, no
 *   page load. UserTaskbarTabs.vue teleports its list into `#taskbarTabListExpanded` /
 *   `#taskbarTabListCollapsed` (`#taskbarTabListHidden` always rendered); a ticket tab
 *   (UserTaskbarTabs/Ticket/Ticket.vue, plugins/ticket.ts) is a CommonLink to `/tickets/<internalId>`
 *   (router base `/desktop`), marked `router-link-exact-active` by shared CommonLink.vue when shown.
 * - pages/ticket/views/TicketDetailView.vue: TicketDetailTopBar (`data-test-id="visible-ticket-detail-top-bar"`,
 *   plus an `invisible`, `aria-hidden` copy), ArticleList, ArticleReply. TopBarHeader/TicketInformation.vue
 *   shows the title in CommonInlineEdit with `role="heading"` `aria-level="2"`.
 * - ArticleList.vue: `section[role="feed"]` of `<article id="article-<internalId>">` rows
 *   (useTicketArticlesRows.ts keys rows by internalId). ArticleBubble.vue:
 *   `[data-test-id="article-bubble-container-<internalId>"]`, a customer's article on the right, an
 *   internal one with useBubbleStyleGuide.ts's `internalNoteClass` (`bg-stripes` …);
 *   ArticleBubbleBody.vue: `[data-test-id="article-bubble-body-<id>"]` with `Content--customer` /
 *   `Content--agent` (2025 and 2026 versions), the author's name next to
 *   `p#author-name-and-creation-date.sr-only` in the group `[aria-describedby="author-name-and-creation-date"]`
 *   (shown while the meta header is closed, the default), the text in
 *   `[data-test-id="article-content"] .inner-article-body`. The channel is only in the meta header,
 *   which is not rendered until the agent opens it, so it is not read.
 * - ArticleBubbleActionList.vue: always-visible actions are CommonButtons (CommonButton.vue:
 *   `button` > CommonIcon `svg.icon-<name>` + label) in `[data-test-id="top-level-article-action-container"]`;
 *   entities/ticket-article/action/plugins/email.ts adds "Reply" (`icon: 'reply'`, `alwaysVisible`)
 *   to email/web articles and to a customer's or agent's phone article when the group has an email
 *   address; its perform (email/reply.ts `replyToEmail`) keeps the composer's current body and opens
 *   the reply form (useTicketArticleReplyAction.ts `openReplyForm`) with type email, whose
 *   `internal: false` useTicketEditForm.ts writes into the form's `internal` field on a type change.
 * - The composer: ArticleReply.vue (2025) shows, while no article is being added, buttons per article
 *   type (note.ts "Add internal note", icon `note`; phone.ts "Add phone call"; email.ts "Add reply",
 *   icon `mail`); once open, `[data-test-id="article-reply-stripes-panel"]` (`bg-stripes` /
 *   `border-stripes` while the form's `article.internal` is set, in the 2025 and early-2026 versions)
 *   and the teleport target `#ticketArticleReplyForm` (`#ticketArticleReplyFormPinned` when pinned,
 *   ArticleReplyPinned.vue). In it, useTicketEditForm.ts's `internal` field ("Visibility", a desktop
 *   FieldSelect: `output[name="internal"][role="combobox"]` showing the selected option's icon,
 *   `lock` for Internal, `unlock` for Public) and the body, a TipTap editor (FieldEditorInput.vue:
 *   `[data-test-id="field-editor"]` > `[contenteditable][role="textbox"][name="body"]`).
 * Mode: null while no reply form is open; 'note' while the Visibility field shows Internal (else,
 * without that field, while the panel is striped), 'reply' otherwise. Reply opener and switch to
 * public: the customer's latest article's "Reply" (one click; Visibility itself is a dropdown that
 * takes two); the opener falls back to the "Add reply" button.
 * Ground: the product's own source — the stored zammad/zammad files named above (2024–2026).
 * Unverified: the newest ArticleReplyPanel.vue (2026) draws the internal stripe inside the form
 * (useTicketEditForm.ts of that version is not stored), so there only the Visibility field is read;
 * a ticket whose group has no email address has no "Reply", so ReplyDeck can neither open nor switch
 * the composer there (it refuses a note and inserts into a composer the agent opened as public).
 */
const SELECTORS = {
  sidebar: 'aside#main-sidebar',
  main: '#main-content',
  taskbar: '[id^="taskbarTabList"]',
  activeTab: 'aside#main-sidebar a.router-link-exact-active[href*="/tickets/"]',
  feed: 'section[role="feed"]',
  bubble: '[data-test-id^="article-bubble-container-"]',
  internalBubble: 'bg-stripes',
  customerBody: '.Content--customer',
  content: '[data-test-id="article-content"] .inner-article-body, [data-test-id="article-content"]',
  author: '[aria-describedby="author-name-and-creation-date"] > :not(.sr-only)',
  subject: '[data-test-id="visible-ticket-detail-top-bar"] [role="heading"][aria-level="2"], [role="heading"][aria-level="2"]',
  actionButton: '[data-test-id="top-level-article-action-container"] button',
  replyIcon: 'svg.icon-reply',
  addReplyIcon: 'svg.icon-mail',
  replyForm: '#ticketArticleReplyForm, #ticketArticleReplyFormPinned',
  replyBox: [
    '#ticketArticleReplyForm [data-test-id="field-editor"] [contenteditable="true"]',
    '#ticketArticleReplyFormPinned [data-test-id="field-editor"] [contenteditable="true"]',
    '#ticketArticleReplyForm [contenteditable="true"][role="textbox"][name="body"]',
  ],
  visibility: 'output[name="internal"]',
  internalIcon: 'svg.icon-lock',
  publicIcon: 'svg.icon-unlock',
  stripesPanel: '[data-test-id="article-reply-stripes-panel"]',
  stripes: ['bg-stripes', 'border-stripes'],
} as const;

const BUBBLE_ID = /^article-bubble-container-(\d+)$/;
const TICKET_PATH = /\/desktop\/tickets\/(\d+)/;

function isDesktopView(doc: Document): boolean {
  return (
    doc.querySelector(SELECTORS.sidebar) !== null &&
    doc.querySelector(SELECTORS.main) !== null &&
    doc.querySelector(`${SELECTORS.taskbar}, ${SELECTORS.bubble}`) !== null
  );
}

/** The shown ticket's id: the router's path, else the taskbar tab the router marks active. */
function shownTicketId(doc: Document): string | null {
  return (
    doc.location?.pathname.match(TICKET_PATH)?.[1] ??
    doc.querySelector(SELECTORS.activeTab)?.getAttribute('href')?.match(/\/tickets\/(\d+)/)?.[1] ??
    null
  );
}

function bubbleId(bubble: Element): number {
  return Number(bubble.getAttribute('data-test-id')?.match(BUBBLE_ID)?.[1] ?? Number.NaN);
}

/** The customer's newest public article (highest id): a right-hand bubble body, not striped as internal. */
function latestCustomerBubble(scope: Element): Element | null {
  let latest: Element | null = null;
  let latestId = -Infinity;
  for (const bubble of scope.querySelectorAll(SELECTORS.bubble)) {
    if (bubble.classList.contains(SELECTORS.internalBubble) || !bubble.querySelector(SELECTORS.customerBody)) continue;
    const id = bubbleId(bubble);
    const order = Number.isFinite(id) ? id : latestId;
    if (order >= latestId) {
      latest = bubble;
      latestId = order;
    }
  }
  return latest;
}

function buttonWithIcon(buttons: Iterable<HTMLElement>, icon: string): HTMLElement | null {
  for (const button of buttons) if (button.querySelector(icon)) return button;
  return null;
}

/** "Reply" on the customer's newest article: opens (or turns) the composer into an email reply to them. */
function customerReplyAction(scope: Element): HTMLElement | null {
  const bubble = latestCustomerBubble(scope);
  return bubble && buttonWithIcon(bubble.querySelectorAll<HTMLElement>(SELECTORS.actionButton), SELECTORS.replyIcon);
}

/** ArticleReply's "Add reply" (email) button, shown while no article is being added. */
function addReplyButton(scope: Element): HTMLElement | null {
  const outside = visibleMatches(scope, 'button').filter((button) => !button.closest(SELECTORS.feed) && !button.closest(SELECTORS.replyForm));
  return buttonWithIcon(outside, SELECTORS.addReplyIcon);
}

function isInternal(form: Element, scope: Element): boolean {
  const visibility = form.querySelector(SELECTORS.visibility);
  if (visibility?.querySelector(SELECTORS.internalIcon)) return true;
  if (visibility?.querySelector(SELECTORS.publicIcon)) return false;
  const panel = form.closest(SELECTORS.stripesPanel) ?? scope.querySelector(SELECTORS.stripesPanel);
  return SELECTORS.stripes.some((name) => panel?.classList.contains(name));
}

function composerMode({ scope }: OpenTicket): ComposerMode | null {
  const form = scope.querySelector(SELECTORS.replyForm);
  if (!form) return null;
  return isInternal(form, scope) ? 'note' : 'reply';
}

const replyOpener: Finder = ({ scope }) => customerReplyAction(scope) ?? addReplyButton(scope);

/** Only a note is switched: "Reply" on an email reply would change nothing and on other types re-type it. */
const publicSwitch: Finder = (ticket) => (composerMode(ticket) === 'note' ? customerReplyAction(ticket.scope) : null);

export const zammadDesktop = defineAdapter({
  id: 'zammad-desktop',
  name: 'Zammad',
  detect: isDesktopView,
  root: SELECTORS.main,
  openTicket(doc): OpenTicket | null {
    const main = doc.querySelector(SELECTORS.main);
    const id = shownTicketId(doc);
    return main && id && main.querySelector(SELECTORS.feed) ? { id, scope: main } : null;
  },
  read({ scope }) {
    const latest = latestCustomerBubble(scope);
    const subject = Array.from(scope.querySelectorAll(SELECTORS.subject)).find((heading) => !isHidden(heading, ['invisible']));
    return {
      subject: fieldText(subject),
      message: messageText(latest?.querySelector(SELECTORS.content)),
      requester: messageText(latest?.querySelector(SELECTORS.author)) || null,
      channel: null,
    };
  },
  replyBox: SELECTORS.replyBox,
  replyButton: replyOpener,
  composerMode,
  replySwitch: publicSwitch,
});
