import { browser } from 'wxt/browser';
import { sendMessage, type InsertResult } from '../messaging';
import { insertModeItem } from '../settings';
import type { Suggester } from '../suggest/suggester';
import type { PanelHub } from './panel-hub';

export const INSERT_TOP_COMMAND = 'insert-top-suggestion';

export type ShortcutOutcome = InsertResult | { ok: false; reason: 'no-suggestion' | 'needs-choice' | 'no-ticket' };

/**
 * The keyboard path: the top suggestion for the tab's ticket — the same one the panel shows, with
 * the counselor's clarify answer and insert mode — goes into its reply box. When the guide needs a
 * choice first (clarify), nothing is inserted: the panel asks.
 */
export async function insertTopSuggestion(tabId: number, hub: PanelHub, suggester: Suggester): Promise<ShortcutOutcome> {
  const ticket = await hub.ticketOf(tabId);
  if (!ticket) return { ok: false, reason: 'no-ticket' };
  const { suggestions, clarify } = suggester.suggest(ticket);
  const [top] = suggestions;
  if (!top) return { ok: false, reason: 'no-suggestion' };
  if (clarify) return { ok: false, reason: 'needs-choice' };
  const mode = await insertModeItem.getValue();
  return sendMessage('insertReply', { ticketKey: ticket.key, text: top.reply, mode, requestId: crypto.randomUUID() }, tabId);
}

/** Runs the shortcut for a tab (the active one when none is given); what it did, or null without a tab. */
export function createShortcutRunner(hub: PanelHub, suggester: Suggester) {
  return async (tabId?: number): Promise<ShortcutOutcome | null> => {
    const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target === undefined) return null;
    const outcome = await insertTopSuggestion(target, hub, suggester).catch((error: unknown): ShortcutOutcome => ({ ok: false, reason: 'failed', detail: String(error) }));
    if (!outcome.ok) console.info('ReplyDeck shortcut: nothing inserted', outcome);
    return outcome;
  };
}

export function setupInsertShortcut(run: (tabId?: number) => Promise<unknown>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === INSERT_TOP_COMMAND) void run(tab?.id);
  });
}
