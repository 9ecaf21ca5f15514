import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InsertMode } from './insert/caret';
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
  /** The composer is an internal note (the customer would never see it); `canSwitch`: the helpdesk has a control to make it a public reply. */
  | { ok: false; reason: 'note-mode'; canSwitch: boolean }
  | { ok: false; reason: 'failed'; detail: string };

/** What the keyboard shortcut did. */
export type ShortcutOutcome = InsertResult | { ok: false; reason: 'no-suggestion' | 'needs-choice' | 'no-ticket' | 'no-panel' | 'panel-opened' };

/** One-shot messages. */
interface ReplyDeckProtocol {
  /** Panel → content script: put a composed reply into the reply box. */
  insertReply(request: InsertRequest): InsertResult;
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
