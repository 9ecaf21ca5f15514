import { browser } from 'wxt/browser';
import { INSERT_TOP, type InsertTopRequest, type ShortcutOutcome } from '../messaging';

/**
 * Answers the background's keyboard-shortcut requests for the tab this panel watches; requests for
 * other tabs are left to their own panels (no answer, so the background hears of a missing panel).
 */
export function listenForShortcut(watchedTab: () => number | null, insertTop: () => Promise<ShortcutOutcome>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<InsertTopRequest> | null;
    if (request?.type !== INSERT_TOP || request.tabId !== watchedTab()) return undefined;
    return insertTop();
  });
}
