import { browser } from 'wxt/browser';

/** The match pattern granting one site (all its ports and paths), e.g. `https://desk.example.com/*`. */
export function sitePattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

export type SiteAccessOutcome = 'granted' | 'denied' | 'unknown-site';

/** Content-script files of the manifest with their world, to register for a newly allowed site. */
function contentScripts(): Array<{ js: string[]; world: `${chrome.scripting.ExecutionWorld}` }> {
  return (browser.runtime.getManifest().content_scripts ?? []).map((script) => ({
    js: script.js ?? [],
    world: (script as { world?: `${chrome.scripting.ExecutionWorld}` }).world ?? 'ISOLATED',
  }));
}

/**
 * "Use on this site": asks for this one site's permission (an optional host permission, never all
 * sites), registers ReplyDeck's content scripts for it from now on, and starts them in the open tab.
 */
export async function allowSite(tabId: number): Promise<SiteAccessOutcome> {
  const tab = await browser.tabs.get(tabId);
  const pattern = tab.url ? sitePattern(tab.url) : null;
  if (!pattern) return 'unknown-site';
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return 'denied';
  const scripts = contentScripts();
  const registered = new Set((await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
  const fresh = scripts
    .map((script, index) => ({ id: `site-${index}-${pattern}`, matches: [pattern], js: script.js, world: script.world, runAt: 'document_idle' as const, persistAcrossSessions: true }))
    .filter((script) => !registered.has(script.id));
  if (fresh.length > 0) await chrome.scripting.registerContentScripts(fresh);
  for (const script of scripts) await chrome.scripting.executeScript({ target: { tabId }, files: script.js, world: script.world });
  return 'granted';
}

/** When a site's permission is taken back (in the browser's settings), stop registering scripts there. */
export function setupSiteAccessCleanup(): void {
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const ids = (await chrome.scripting.getRegisteredContentScripts()).filter((script) => origins.some((origin) => script.matches?.includes(origin))).map((script) => script.id);
    if (ids.length > 0) await chrome.scripting.unregisterContentScripts({ ids });
  });
}
