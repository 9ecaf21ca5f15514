import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InsertMode } from './insert/caret';
import type { Clarify, Suggestion } from './match/matcher';
import type { TicketSnapshot } from './ticket';

export interface InsertRequest {
  /** The ticket the reply was composed for; the content script refuses when another ticket is open. */
  ticketKey: string;
  text: string;
  /** At the caret (default), replacing the whole draft, or after it. */
  mode?: InsertMode;
  /** Identifies one click: a repeated request with the same id is not inserted again. */
  requestId?: string;
}

export type InsertResult =
  | { ok: true; target: string }
  | { ok: false; reason: 'stale-ticket'; ticket: TicketSnapshot | null }
  | { ok: false; reason: 'no-reply-box' }
  | { ok: false; reason: 'failed'; detail: string };

/** One-shot messages. */
interface ReplyDeckProtocol {
  /** Background → content script: read the open ticket now (the shortcut, when no panel listens). */
  getTicket(): TicketSnapshot | null;
  /** Panel or background → content script: put a composed reply into the reply box. */
  insertReply(request: InsertRequest): InsertResult;
  /** Content script → background: a (new) page is ready; a panel watching its tab connects a feed. */
  contentReady(): void;
  /** Content script → background: put the page-world editor bridge into this frame (Summernote's API). */
  installEditorBridge(): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ReplyDeckProtocol>();

/**
 * Long-lived connections. A panel keeps one to the background while it is open and says which tab
 * it watches; the background keeps one to that tab's content script (the feed), which reads the
 * page only while such a connection exists and sends each changed ticket through it.
 */
export const PANEL_PORT = 'replydeck-panel';
export const FEED_PORT = 'replydeck-feed';

export type PanelRequest =
  | { type: 'watch'; tabId: number }
  | { type: 'choose'; ticketKey: string; entryId: string }
  | { type: 'refresh' }
  /** Keeps the service worker awake while a panel is open (Chrome stops an idle one after 30 s). */
  | { type: 'ping' };

/** Everything the panel shows for its tab. */
export interface PanelView {
  tabId: number;
  /** Whether ReplyDeck runs in the tab (false: an unsupported page, offer "use on this site"). */
  reachable: boolean;
  ticket: TicketSnapshot | null;
  suggestions: Suggestion[];
  clarify: Clarify | null;
}

export type PanelUpdate = { type: 'view'; view: PanelView };

export type FeedRequest = { type: 'read' };
export type FeedUpdate = { type: 'ticket'; ticket: TicketSnapshot | null };
