import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InsertMode } from './insert/caret';
import type { PickRole, SelectorProposal } from './profiles/selector-proposal';
import type { SiteProfile } from './profiles/site-profile-host';
import type { TicketSnapshot } from './ticket';

export interface InsertRequest {
  /** The ticket the reply was composed for; the content script refuses when another ticket is open. */
  ticketKey: string;
  text: string;
  /** At the caret (default), replacing the whole draft, or after it. */
  mode?: InsertMode;
  /** Identifies one click: a repeated request with the same id is not inserted again. */
  requestId?: string;
  /** The counselor chose to switch a composer found in internal-note mode to a public reply first. */
  switchToReply?: boolean;
}

export type InsertResult =
  | { ok: true; target: string }
  | { ok: false; reason: 'stale-ticket'; ticket: TicketSnapshot | null }
  | { ok: false; reason: 'no-reply-box' }
  /**
   * The composer is an internal note (the customer would never see it). `canSwitch`: ReplyDeck can
   * make it a public reply (the helpdesk has a control, and the note holds no text of its own).
   */
  | { ok: false; reason: 'note-mode'; canSwitch: boolean; noteHasText: boolean }
  | { ok: false; reason: 'failed'; detail: string };

/** What the keyboard shortcut did. */
export type ShortcutOutcome = InsertResult | { ok: false; reason: 'no-suggestion' | 'needs-choice' | 'no-ticket' | 'no-panel' | 'panel-opened' };

/** What the page says about itself when it shows no ticket: whose adapter looked at it. */
export interface PageStatus {
  /** The page's host name (no port): what a site profile made here is for. */
  hostname: string;
  /** The helpdesk or site profile that recognised the page, if any. */
  helpdesk: { id: string; name: string; profile: boolean } | null;
}

/** A point-and-click pick: the selectors proposed for the clicked element, the best first. */
export interface PickResult {
  hostname: string;
  proposals: SelectorProposal[];
}

/** What a site profile's selectors find on the page right now; a selector the page cannot parse is named. */
export interface ProfileCheck {
  messages: number;
  message: string;
  /** The reply box's kind (textarea, contenteditable …), or null when the selector finds none. */
  replyBox: string | null;
  invalid: Array<keyof SiteProfile>;
}

/** One-shot messages. */
interface ReplyDeckProtocol {
  /** Panel → content script: put a composed reply into the reply box. */
  insertReply(request: InsertRequest): InsertResult;
  /** Panel → content script: who recognised the page (for the panel's hint when no ticket is found). */
  pageStatus(): PageStatus;
  /** Panel → content script: let the lead click an element; null when they pressed Escape. */
  pickElement(request: { role: PickRole; prompt: string }): PickResult | null;
  /** Panel → content script: stops a pick under way. */
  cancelPick(): void;
  /** Panel → content script: what a site profile being edited reads on this page now. */
  checkSiteProfile(profile: SiteProfile): ProfileCheck;
  /** Content script → panels: a (new) page is ready; the panel watching its tab connects to it. */
  contentReady(): void;
  /** Content script → background: put the page-world editor bridge into this frame (Summernote's API). */
  installEditorBridge(): boolean;
  /** Panel → background, when it starts watching a tab: whether the shortcut was pressed there while no panel was open. */
  takePendingShortcut(tabId: number): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ReplyDeckProtocol>();

/**
 * The feed: a panel keeps a connection to its tab's content script while it is open; the content
 * script reads the page only while such a connection exists and sends each changed ticket through it.
 */
export const FEED_PORT = 'replydeck-feed';
export type FeedRequest = { type: 'read' };
export type FeedUpdate = { type: 'ticket'; ticket: TicketSnapshot | null };

/**
 * Background → the panel of a tab: the keyboard shortcut was pressed there; insert the top
 * suggestion. Sent to every extension page; only the panel watching that tab answers, so the
 * background learns at once when none is open.
 */
export const INSERT_TOP = 'replydeck:insert-top';
export interface InsertTopRequest {
  type: typeof INSERT_TOP;
  tabId: number;
}
