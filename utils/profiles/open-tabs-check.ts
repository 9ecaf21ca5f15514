import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { OpenTabsCheck } from './profiles-store';
import { hostPatterns } from './site-permission';
import { profileMatchesHost } from './site-profile-host';

/**
 * Asks the content script of every open tab of a profile's site what the profile reads there now.
 * Only tabs ReplyDeck may run on are seen (the query needs the host's permission); a tab whose page
 * has no ReplyDeck yet (opened before access was granted, say) answers nothing.
 */
export const checkProfileInOpenTabs: OpenTabsCheck = async (profile) => {
  const tabs = await browser.tabs.query({ url: hostPatterns(profile.host) });
  const ofSite = tabs.filter((tab) => tab.id !== undefined && tab.url && profileMatchesHost(profile, new URL(tab.url)));
  return Promise.all(
    ofSite.map(async (tab) => ({
      title: tab.title ?? '',
      url: tab.url!,
      check: await sendMessage('checkSiteProfile', profile, tab.id!).catch(() => null),
    })),
  );
};
