import { channeltalk } from './channeltalk';
import { chatwoot } from './chatwoot';
import { demoDesk } from './demo-desk';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { osticket } from './osticket';
import type { HelpdeskAdapter } from './types';
import { zammad } from './zammad';
import { zendesk } from './zendesk';

/** Every known helpdesk; adding one means adding its file here. */
export const HELPDESK_ADAPTERS: readonly HelpdeskAdapter[] = [
  zendesk,
  freshdesk,
  zammad,
  helpscout,
  intercom,
  front,
  chatwoot,
  channeltalk,
  freescout,
  osticket,
  demoDesk,
];

export { CONTENT_SCRIPT_MATCHES } from './hosts';

/** The built-in adapter for this page, else the first site profile that covers it. */
export function findAdapter(doc: Document, profiles: readonly HelpdeskAdapter[] = []): HelpdeskAdapter | null {
  return HELPDESK_ADAPTERS.find((adapter) => adapter.matches(doc)) ?? profiles.find((adapter) => adapter.matches(doc)) ?? null;
}

export type { HelpdeskAdapter, TicketReading } from './types';
