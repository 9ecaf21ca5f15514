import { E2E_BUILD } from '../build-mode';
import { demoDesk } from '@/tests/fixtures/demo-helpdesk/adapter';
import { chatwoot } from './chatwoot';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { osticket } from './osticket';
import type { HelpdeskAdapter } from './types';
import { zammad } from './zammad';
import { zammadDesktop } from './zammad-desktop';
import { zendesk } from './zendesk';

/** Every known helpdesk; adding one means adding its file here. The demo desk is in the e2e build only. */
export const HELPDESK_ADAPTERS: readonly HelpdeskAdapter[] = [
  zendesk,
  freshdesk,
  zammad,
  zammadDesktop,
  helpscout,
  intercom,
  chatwoot,
  freescout,
  osticket,
  ...(E2E_BUILD ? [demoDesk] : []),
];

/**
 * The adapter for this page: a team lead's site profile for its host first (an explicit choice wins
 * over sniffing, e.g. after a helpdesk redesign), else the built-in helpdesk whose DOM it shows.
 */
export function findAdapter(doc: Document, profiles: readonly HelpdeskAdapter[] = [], builtIn: readonly HelpdeskAdapter[] = HELPDESK_ADAPTERS): HelpdeskAdapter | null {
  return profiles.find((adapter) => adapter.matches(doc)) ?? builtIn.find((adapter) => adapter.matches(doc)) ?? null;
}

export type { HelpdeskAdapter, TicketReading } from './types';
