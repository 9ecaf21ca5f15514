/** What an adapter reads from the open ticket. */
export interface TicketReading {
  /** Stable identity of the open ticket (adapter id + the product's ticket id). */
  key: string;
  subject: string;
  /** The customer's latest message only: agent replies and internal notes are not the query. */
  message: string;
  requester: string | null;
  /** Chat, email, phone …, as the product shows it; null when it does not. */
  channel: string | null;
}

/**
 * Knows one helpdesk's agent workspace: whether a page is it, where the open ticket and its reply
 * box are. Adding a helpdesk means adding one file (and its fixture); nothing else changes.
 */
export interface HelpdeskAdapter {
  id: string;
  /** Product name shown in the panel. */
  name: string;
  /** Match patterns of the product's hosted workspace, where ReplyDeck runs without asking. */
  hosts: readonly string[];
  /** Whether this document is the product's agent workspace (checked on its DOM, so self-hosted installs work too). */
  matches(doc: Document): boolean;
  /** The open (visible) ticket, or null when none is open. */
  readTicket(doc: Document): TicketReading | null;
  /** The open ticket's reply editor, or null when it is not on the page. */
  findReplyBox(doc: Document): HTMLElement | null;
  /** Reveals a reply box the product shows only after a click (FreeScout's Reply); true when it did. */
  openReplyBox?(doc: Document): boolean;
}
