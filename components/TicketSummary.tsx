import type { TicketSnapshot } from '@/utils/ticket';
import { t } from '@/utils/i18n/t';

/** What ReplyDeck read and where from; rendered as text only, so hostile ticket content never runs. */
export function TicketSummary({ ticket }: { ticket: TicketSnapshot }) {
  const source = ticket.source === 'selection' ? t('sourceSelection') : (ticket.helpdesk?.name ?? t('sourceTicket'));
  return (
    <section class="ticket" aria-label={t('ticketLabel')}>
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
