import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * After an install, update or reload, tabs that were already open on the hosted helpdesks still run
 * the old content script, whose extension context is gone (it stops itself cleanly). Give each such
 * tab a fresh one, so the panel works there without the counselor reloading the helpdesk. (Sites
 * allowed later get theirs from webext-dynamic-content-scripts, which does the same for them.)
 */
export function setupContentScriptReinjection(): void {
  browser.runtime.onInstalled.addListener(() => {
    void reinjectIntoOpenTabs();
  });
}

async function reinjectIntoOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const tabs = await browser.tabs.query({ url: script.matches ?? [] });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: (script.js ?? []) as ScriptPublicPath[] }).catch(() => {
        // A tab can close or navigate meanwhile; it gets the script on its next load anyway.
      });
    }
  }
}
