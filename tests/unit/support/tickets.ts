import type { TicketSnapshot } from '@/utils/ticket';

/** A ticket as the content script reports it, read by the demo desk's adapter. */
export function ticket(key: string, message: string): TicketSnapshot {
  return { key, subject: '', message, requester: null, channel: null, source: 'helpdesk', helpdesk: { id: 'demo', name: 'Demo Desk' }, hasReplyBox: true };
}
