import type { InsertRequest, InsertResult } from '../messaging';
import { insertAtCaret } from './insert-text';
import type { TicketWatcher } from './ticket-watcher';

/** Inserts a composed reply into the open ticket's reply box, refusing if the ticket changed since. */
export function insertReply(watcher: TicketWatcher, request: InsertRequest): InsertResult {
  const ticket = watcher.read();
  if (!ticket || ticket.key !== request.ticketKey) return { ok: false, reason: 'stale-ticket', ticket };
  const target = watcher.replyTarget();
  if (!target) return { ok: false, reason: 'no-reply-box' };
  try {
    return { ok: true, target: insertAtCaret(target, request.text) };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
