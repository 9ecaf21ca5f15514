/** What the content script read from the open ticket (or the counselor's text selection). */
export interface TicketSnapshot {
  /** Stable identity of the open ticket; a suggestion made for one key is never inserted under another. */
  key: string;
  subject: string;
  /** The customer's latest message (or the selected text), line breaks kept. */
  message: string;
  requester: string | null;
  /** Chat, email, phone …, as the helpdesk labels it. */
  channel: string | null;
  /** `helpdesk` when an adapter read the page, `selection` when the counselor selected the text. */
  source: 'helpdesk' | 'selection';
  /** The helpdesk (or site profile) that read the page; null on pages without one. */
  helpdesk: { id: string; name: string } | null;
  /** Whether a reply box is known right now (the helpdesk's own, one it can open, or the last focused editable element). */
  hasReplyBox: boolean;
}

/** The text the matcher looks at: subject first, then the customer's message. */
export function ticketQueryText(ticket: Pick<TicketSnapshot, 'subject' | 'message'>): string {
  return [ticket.subject, ticket.message].filter((part) => part.trim() !== '').join('\n');
}

/** Equality for change detection: what the panel shows or acts on differs. */
export function sameTicketView(a: TicketSnapshot | null, b: TicketSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.key === b.key &&
    a.subject === b.subject &&
    a.message === b.message &&
    a.requester === b.requester &&
    a.channel === b.channel &&
    a.source === b.source &&
    a.hasReplyBox === b.hasReplyBox
  );
}
