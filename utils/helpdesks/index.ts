import { demoDesk } from './demo-desk';
import type { HelpdeskAdapter } from './types';

/** Every known helpdesk; adding one means adding its file here. */
export const HELPDESK_ADAPTERS: readonly HelpdeskAdapter[] = [demoDesk];

export function findAdapter(doc: Document, adapters: readonly HelpdeskAdapter[] = HELPDESK_ADAPTERS): HelpdeskAdapter | null {
  return adapters.find((adapter) => adapter.matches(doc)) ?? null;
}

export type { HelpdeskAdapter, TicketReading } from './types';
