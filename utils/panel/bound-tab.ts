import { browser } from 'wxt/browser';

/**
 * The tab the panel serves: `?tabId=N` pins it (tests, or a panel opened for one tab);
 * otherwise the active tab of the panel's window, followed as the counselor switches tabs.
 */
export async function watchBoundTab(search: string, onTab: (tabId: number) => void): Promise<void> {
  const pinned = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(pinned)) {
    onTab(pinned);
    return;
  }
  const current = await browser.windows.getCurrent();
  const [active] = await browser.tabs.query({ active: true, windowId: current.id });
  if (active?.id !== undefined) onTab(active.id);
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === current.id) onTab(tabId);
  });
}
