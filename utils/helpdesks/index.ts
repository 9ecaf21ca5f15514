import { demoDesk } from './demo-desk';
import type { HelpdeskAdapter } from './types';

/** Every known helpdesk; adding one means adding its file here. */
export const HELPDESK_ADAPTERS: readonly HelpdeskAdapter[] = [demoDesk];

/** The built-in adapter for this page, else the first site profile that covers it. */
export function findAdapter(doc: Document, profiles: readonly HelpdeskAdapter[] = []): HelpdeskAdapter | null {
  return HELPDESK_ADAPTERS.find((adapter) => adapter.matches(doc)) ?? profiles.find((adapter) => adapter.matches(doc)) ?? null;
}

export type { HelpdeskAdapter, TicketReading } from './types';
