import { browser } from 'wxt/browser';

/**
 * After an install, update or reload, tabs that were already open still run the old content script,
 * whose extension context is gone (it stops itself cleanly). Give each such tab a fresh one, so the
 * panel works there without the counselor reloading the helpdesk.
 */
export function setupContentScriptReinjection(): void {
  browser.runtime.onInstalled.addListener(() => {
    void reinjectIntoOpenTabs();
  });
}

async function reinjectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    const tabs = await browser.tabs.query({ url: script.matches ?? [] });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await chrome.scripting
        .executeScript({
          target: { tabId: tab.id },
          files: script.js ?? [],
          world: (script as { world?: `${chrome.scripting.ExecutionWorld}` }).world ?? 'ISOLATED',
        })
        .catch(() => {
          // A tab can close or navigate meanwhile; it gets the script on its next load anyway.
        });
    }
  }
}
