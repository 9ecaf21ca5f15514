import type { PanelView } from '@/utils/messaging';
import { traceTime, type Trace } from '@/utils/perf-trace';

/** What the panel benchmark reads in the e2e build: the last view's trace, with when the panel got it. */
export interface PanelTestHooks {
  lastView?: { ticketKey: string | null; trace: Trace };
}

export function recordPanelTrace(view: PanelView, trace: Trace | undefined): void {
  const hooks = ((globalThis as { replydeckTest?: PanelTestHooks }).replydeckTest ??= {});
  hooks.lastView = { ticketKey: view.ticket?.key ?? null, trace: { ...trace, panelReceived: traceTime() } };
}
