import { browser } from 'wxt/browser';
import { INSERT_TOP, onMessage, type InsertTopRequest, type ShortcutOutcome } from '../messaging';
import { firefoxSidebar } from './side-panel';

export const INSERT_TOP_COMMAND = 'insert-top-suggestion';

/** How long a shortcut pressed while no panel was open waits for the panel it opened. */
const PENDING_MS = 10_000;

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

/**
 * The keyboard path. Suggestions live in the panel — the same ones the counselor sees, with the
 * clarify answer, insert mode and (later) pins — so the shortcut asks the panel of the tab to
 * insert its top suggestion. With no panel open, it opens one (a keyboard shortcut may), which
 * inserts as soon as it has read the ticket.
 */
export function createShortcutRunner() {
  const pending = new Map<number, number>();

  onMessage('takePendingShortcut', ({ data: tabId }) => {
    const pressed = pending.get(tabId);
    pending.delete(tabId);
    return pressed !== undefined && Date.now() - pressed < PENDING_MS;
  });

  return async (tabId?: number): Promise<ShortcutOutcome | null> => {
    // Firefox's sidebar belongs to the window, not the tab: it opens before anything awaits, while the command still counts as a user action.
    const sidebarOpened = openSidebar();
    const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target === undefined) return null;
    pending.set(target, Date.now());
    const opened = sidebarOpened ?? openSidePanel(target);
    try {
      const outcome = (await browser.runtime.sendMessage({ type: INSERT_TOP, tabId: target } satisfies InsertTopRequest)) as ShortcutOutcome | undefined;
      pending.delete(target);
      if (!outcome) throw new Error('no panel answered');
      if (!outcome.ok) console.info('ReplyDeck shortcut: nothing inserted', outcome);
      return outcome;
    } catch {
      // No panel watches the tab: the one just opened takes the request when it starts.
      if (await opened) return { ok: false, reason: 'panel-opened' };
      pending.delete(target);
      return { ok: false, reason: 'no-panel' };
    }
  };
}

/** Chrome: opens the side panel for the tab; only a user action may (the command is one), so this is called at once. */
function openSidePanel(tabId: number): Promise<boolean> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (!sidePanel) return Promise.resolve(false);
  return sidePanel.open({ tabId }).then(
    () => true,
    () => false,
  );
}

/** Firefox: opens the window's sidebar (`sidebarAction.open()` must run inside the user action); null elsewhere. */
function openSidebar(): Promise<boolean> | null {
  const sidebar = firefoxSidebar();
  if (!sidebar) return null;
  return sidebar.open().then(
    () => true,
    () => false,
  );
}

export function setupInsertShortcut(run: (tabId?: number) => Promise<unknown>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === INSERT_TOP_COMMAND) void run(tab?.id);
  });
}
