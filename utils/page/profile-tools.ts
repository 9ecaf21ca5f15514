import { PROFILE_ADAPTER_PREFIX, readWithProfile } from '../helpdesks/site-profile-adapter';
import { onMessage, type PageStatus, type ProfileCheck } from '../messaging';
import { proposeSelectors, replyBoxKind } from '../profiles/selector-proposal';
import { parsesAsSelector, type SiteProfile } from '../profiles/site-profile-host';
import { pickElement } from './element-picker';
import type { TicketWatcher } from './ticket-watcher';

const SELECTOR_FIELDS = ['messageSelector', 'replySelector', 'subjectSelector'] as const;

/** What a profile being edited in the panel reads on this page now; a selector the page cannot parse is named and reads nothing. */
export function checkProfile(profile: SiteProfile, doc: Document): ProfileCheck {
  const invalid = SELECTOR_FIELDS.filter((field) => profile[field] && !parsesAsSelector(profile[field], doc));
  const usable: SiteProfile = { ...profile, ...Object.fromEntries(invalid.map((field) => [field, ''])) };
  const { messages, message, replyBox } = readWithProfile(usable, doc);
  return { messages, message, replyBox: replyBox && replyBoxKind(replyBox), invalid };
}

/**
 * Serves the panel's tools for making a site profile on this page (직접 지정): who recognises the
 * page, point-and-click picks with proposed selectors, and live checks of a profile being edited.
 * Returns `stop` and `cancelPick` (for when the panel that asked is closed mid-pick).
 */
export function serveProfileTools(win: Window, watcher: TicketWatcher, signal: AbortSignal): { stop: () => void; cancelPick: () => void } {
  let picking: AbortController | null = null;
  const stops = [
    onMessage('pageStatus', (): PageStatus => {
      const helpdesk = watcher.helpdesk();
      return { hostname: win.location.hostname, helpdesk: helpdesk && { ...helpdesk, profile: helpdesk.id.startsWith(PROFILE_ADAPTER_PREFIX) } };
    }),
    onMessage('pickElement', async ({ data }) => {
      picking?.abort();
      const current = new AbortController();
      picking = current;
      signal.addEventListener('abort', () => current.abort(), { signal: current.signal });
      const picked = await pickElement(win, data.role, data.prompt, current.signal);
      if (picking === current) picking = null;
      return picked && { hostname: win.location.hostname, proposals: proposeSelectors(picked, data.role, win.document) };
    }),
    onMessage('cancelPick', () => picking?.abort()),
    onMessage('checkSiteProfile', ({ data }) => checkProfile(data, win.document)),
  ];
  return {
    stop() {
      picking?.abort();
      for (const stop of stops) stop();
    },
    cancelPick: () => picking?.abort(),
  };
}
