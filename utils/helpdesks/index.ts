import { channeltalk } from './channeltalk';
import { demoDesk } from './demo-desk';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { osticket } from './osticket';
import type { HelpdeskAdapter } from './types';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

/** Every known helpdesk; adding one means adding its file here. */
export const HELPDESK_ADAPTERS: readonly HelpdeskAdapter[] = [zendesk, freshdesk, zammad, channeltalk, freescout, osticket, demoDesk];

/** Pages ReplyDeck runs on without asking: the local demo and test pages, and the hosted helpdesks. */
export const CONTENT_SCRIPT_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*', ...new Set(HELPDESK_ADAPTERS.flatMap((adapter) => adapter.hosts))];

/** The built-in adapter for this page, else the first site profile that covers it. */
export function findAdapter(doc: Document, profiles: readonly HelpdeskAdapter[] = []): HelpdeskAdapter | null {
  return HELPDESK_ADAPTERS.find((adapter) => adapter.matches(doc)) ?? profiles.find((adapter) => adapter.matches(doc)) ?? null;
}

export type { HelpdeskAdapter, TicketReading } from './types';
