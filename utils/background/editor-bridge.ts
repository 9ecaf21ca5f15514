import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';

/**
 * Puts the page-world editor bridge (entrypoints/editor-bridge.ts) into the frame that asks, the
 * first time an insertion needs an editor's own API there. One path for every site: hosted
 * helpdesks, sites allowed with "use on this site", and site profiles alike.
 */
export function setupEditorBridgeInjection(): void {
  onMessage('installEditorBridge', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/editor-bridge.js'], world: 'MAIN' });
    return true;
  });
}
