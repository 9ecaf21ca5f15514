import type { TicketSnapshot } from '@/utils/ticket';

/** What ReplyDeck read; rendered as text only, so hostile ticket content never runs. */
export function TicketSummary({ ticket }: { ticket: TicketSnapshot }) {
  return (
    <section class="ticket" aria-label="읽은 티켓">
      <p class="ticket__meta">
        {ticket.source === 'selection' ? '선택한 문장' : '열린 티켓'}
        {ticket.requester ? ` · ${ticket.requester}` : ''}
      </p>
      <div class="ticket__text" data-testid="ticket-text">
        {ticket.subject && <strong class="ticket__subject">{ticket.subject}</strong>}
        <span class="ticket__message">{ticket.message}</span>
      </div>
    </section>
  );
}
