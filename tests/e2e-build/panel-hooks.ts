import { traceTime, type Trace } from '@/utils/perf-trace';
import type { TicketSnapshot } from '@/utils/ticket';

/** What the panel benchmark reads in the e2e build: the last ticket's trace, with when the panel got it. */
export interface PanelTestHooks {
  lastView?: { ticketKey: string | null; trace: Trace };
}

export function recordPanelTrace(ticket: TicketSnapshot | null, trace: Trace | undefined): void {
  const panel = globalThis as { replydeckTest?: PanelTestHooks };
  panel.replydeckTest ??= {};
  panel.replydeckTest.lastView = { ticketKey: ticket?.key ?? null, trace: { ...trace, panelReceived: traceTime() } };
}
