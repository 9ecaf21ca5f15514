import { browser } from 'wxt/browser';
import type { SiteAccess } from './profiles-store';

/**
 * The match patterns for a profile's host: http and https, any path; ports are not part of match
 * patterns. Two patterns, not `*://`: the browser grants only what one optional pattern of the
 * manifest (`http://*\/*`, `https://*\/*`) contains.
 */
export function hostPatterns(host: string): string[] {
  const name = host.replace(/:\d+$/, '');
  return [`http://${name}/*`, `https://${name}/*`];
}

/** Whether ReplyDeck may already run on the host, over http or https (a hosted helpdesk, or one granted before). */
async function hasAccess(host: string): Promise<boolean> {
  const granted = await Promise.all(hostPatterns(host).map((origin) => browser.permissions.contains({ origins: [origin] })));
  return granted.some(Boolean);
}

/**
 * Site permissions through the browser (an optional host permission per profile host). A host it
 * may already use is not asked again. The check takes a moment of the click's activation, which
 * lasts seconds: the prompt still counts as the lead's gesture.
 */
export const browserSiteAccess: SiteAccess = {
  request: async (host) => (await hasAccess(host)) || browser.permissions.request({ origins: hostPatterns(host) }),
  has: hasAccess,
};
