/** What an adapter reads from the open ticket. */
export interface TicketReading {
  /** Stable identity of the open ticket: `<adapter id>:<the product's ticket id>`. */
  key: string;
  subject: string;
  /** The customer's latest message only (agent replies and internal notes are not the query), line breaks kept. */
  message: string;
  requester: string | null;
  /** Chat, email, phone …, as the product labels it; null when it does not show one. */
  channel: string | null;
}

/** Who the composer's text reaches: the customer (a public reply) or only the team (an internal note). */
export type ComposerMode = 'reply' | 'note';

/**
 * Knows one helpdesk's agent workspace: whether a page is it, where the open ticket and its reply
 * box are. Made with `defineAdapter` (define-adapter.ts); adding a helpdesk means adding one file
 * (and its fixture) and listing it in index.ts.
 */
export interface HelpdeskAdapter {
  id: string;
  /** Product name, shown in the panel as where the ticket was read. */
  name: string;
  /** Whether this document is the product's agent workspace (checked on its DOM, so self-hosted installs work too). */
  matches(doc: Document): boolean;
  /**
   * The part of the page that holds the open ticket, its conversation and its reply box: the only
   * part observed for changes. It should outlive ticket switches (the app's main pane, not one ticket).
   */
  root(doc: Document): Element | null;
  /** The open (visible) ticket, or null when none is open. */
  readTicket(doc: Document): TicketReading | null;
  /** The open ticket's reply editor, or null when it is not on the page. */
  findReplyBox(doc: Document): HTMLElement | null;
  /** Reveals a reply box the product shows only after a click (Reply); true when it clicked something. */
  openReplyBox?(doc: Document): boolean;
  /**
   * Products with internal notes: whether the open ticket's composer is now a public reply or a
   * note, read from the product's own state (a form field, the selected tab); null while no composer
   * is open. Inserting never goes into a note.
   */
  composerMode?(doc: Document): ComposerMode | null;
  /** Makes the open ticket's composer a public reply with the product's own control; true when it clicked one. */
  switchToReply?(doc: Document): boolean;
}
