/**
 * The counselor's answers to clarify questions ("기사가 배정되었나요?" → 배정 완료 후), kept per
 * ticket: an answer given on one ticket never applies to another.
 */
export class ClarifyChoices {
  private readonly byTicket = new Map<string, string>();

  /** @param onChange called with every answer kept, oldest first, so that they can be stored */
  constructor(
    private readonly limit = 200,
    private readonly onChange?: (entries: Array<[ticketKey: string, entryId: string]>) => void,
  ) {}

  /** Puts back answers stored earlier (the service worker may have been restarted meanwhile). */
  restore(entries: Array<[string, string]>): void {
    for (const [ticketKey, entryId] of entries) if (!this.byTicket.has(ticketKey)) this.byTicket.set(ticketKey, entryId);
  }

  get(ticketKey: string): string | undefined {
    return this.byTicket.get(ticketKey);
  }

  set(ticketKey: string, entryId: string): void {
    this.byTicket.delete(ticketKey);
    this.byTicket.set(ticketKey, entryId);
    while (this.byTicket.size > this.limit) this.byTicket.delete(this.byTicket.keys().next().value!);
    this.onChange?.([...this.byTicket]);
  }
}
