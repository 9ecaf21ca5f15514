import { browser } from 'wxt/browser';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher, type Matcher } from '../match/matcher';
import { sendMessage, type InsertResult } from '../messaging';
import { ticketQueryText } from '../ticket';

export const INSERT_TOP_COMMAND = 'insert-top-suggestion';

export type ShortcutOutcome = InsertResult | { ok: false; reason: 'no-suggestion' | 'needs-choice' | 'no-ticket' };

let matcher: Matcher | null = null;

/**
 * The keyboard path: the top suggestion for the active tab's ticket goes into its reply box without
 * the counselor leaving the keyboard. When the guide needs a choice first (clarify), nothing is
 * inserted: the panel asks.
 */
export async function insertTopSuggestion(tabId: number): Promise<ShortcutOutcome> {
  const ticket = await sendMessage('getTicket', undefined, tabId);
  if (!ticket) return { ok: false, reason: 'no-ticket' };
  matcher ??= createMatcher(BUILTIN_KNOWLEDGE);
  const result = matcher(ticketQueryText(ticket));
  const [top] = result.suggestions;
  if (!top) return { ok: false, reason: 'no-suggestion' };
  if (result.clarify) return { ok: false, reason: 'needs-choice' };
  return sendMessage('insertReply', { ticketKey: ticket.key, text: top.reply, requestId: crypto.randomUUID() }, tabId);
}

async function runShortcut(tabId: number | undefined): Promise<ShortcutOutcome | null> {
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return null;
  const outcome = await insertTopSuggestion(target).catch((error: unknown): ShortcutOutcome => ({ ok: false, reason: 'failed', detail: String(error) }));
  if (!outcome.ok) console.info('ReplyDeck shortcut: nothing inserted', outcome);
  return outcome;
}

export function setupInsertShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === INSERT_TOP_COMMAND) void runShortcut(tab?.id);
  });
  // Browser shortcuts cannot be pressed from automation; the e2e test runs the same handler here.
  (globalThis as { replydeckShortcut?: typeof runShortcut }).replydeckShortcut = runShortcut;
}
