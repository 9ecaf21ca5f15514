import type { TicketSnapshot } from '@/utils/ticket';

/** What ReplyDeck read and where from; rendered as text only, so hostile ticket content never runs. */
export function TicketSummary({ ticket }: { ticket: TicketSnapshot }) {
  const source = ticket.source === 'selection' ? '선택한 문장' : (ticket.helpdesk?.name ?? '열린 티켓');
  return (
    <section class="ticket" aria-label="읽은 티켓">
      <p class="ticket__meta" data-testid="ticket-source">
        {[source, ticket.channel, ticket.requester].filter(Boolean).join(' · ')}
      </p>
      <div class="ticket__text" data-testid="ticket-text">
        {ticket.subject && <strong class="ticket__subject">{ticket.subject}</strong>}
        <span class="ticket__message">{ticket.message}</span>
      </div>
    </section>
  );
}
