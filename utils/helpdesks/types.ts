/** What an adapter reads from the open ticket. */
export interface TicketReading {
  key: string;
  subject: string;
  /** The customer's latest message only: agent replies and internal notes are not the query. */
  message: string;
  requester: string | null;
}

/** Knows one helpdesk's pages: where the open ticket and its reply box are. */
export interface HelpdeskAdapter {
  id: string;
  /** Human-readable name shown in the panel. */
  name: string;
  /** Whether this page is this helpdesk's agent workspace. */
  matches(doc: Document): boolean;
  /** The open ticket, or null when none is open. */
  readTicket(doc: Document): TicketReading | null;
  /** The open ticket's reply box, or null when it is not on the page (closed ticket, composer hidden). */
  findReplyBox(doc: Document): HTMLElement | null;
}
