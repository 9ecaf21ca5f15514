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
}

export type InsertResult =
  | { ok: true; target: string }
  | { ok: false; reason: 'stale-ticket'; ticket: TicketSnapshot | null }
  | { ok: false; reason: 'no-reply-box' }
  | { ok: false; reason: 'failed'; detail: string };

interface ReplyDeckProtocol {
  /** Panel → content script: read the open ticket now. */
  getTicket(): TicketSnapshot | null;
  /** Panel → content script: put a composed reply into the reply box. */
  insertReply(request: InsertRequest): InsertResult;
  /** Content script → panel: the open ticket (or what it shows) changed. */
  ticketChanged(ticket: TicketSnapshot | null): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ReplyDeckProtocol>();
