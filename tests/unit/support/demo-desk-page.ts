import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DESK = resolve(import.meta.dirname, '../../fixtures/demo-helpdesk');

/** Loads the demo helpdesk (page and app) into the JSDOM document, at the given ticket's address. */
export async function loadDemoDesk(ticketId: string): Promise<void> {
  document.documentElement.innerHTML = readFileSync(resolve(DESK, 'index.html'), 'utf8').replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `/tickets/${ticketId}`);
  await import('../../fixtures/demo-helpdesk/app.js');
}

/** Opens a ticket the way an agent does: its link in the queue. */
export function openTicket(id: string): void {
  document.querySelector<HTMLAnchorElement>(`[data-ticket-link="${id}"]`)!.click();
}
