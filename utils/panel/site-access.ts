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

/**
 * "Use on this site": asks for this one site's permission (an optional host permission, never all
 * sites). Once granted, the background registers ReplyDeck's content script there and starts it in
 * the open tab (webext-dynamic-content-scripts, see entrypoints/background.ts).
 */
export async function allowSite(tabId: number): Promise<SiteAccessOutcome> {
  const tab = await browser.tabs.get(tabId);
  const pattern = tab.url ? sitePattern(tab.url) : null;
  if (!pattern) return 'unknown-site';
  return (await browser.permissions.request({ origins: [pattern] })) ? 'granted' : 'denied';
}
