import { readWithProfile } from '../helpdesks/site-profile-adapter';
import { isTextField } from '../dom/editable';
import { onMessage, type PageStatus, type ProfileCheck } from '../messaging';
import { proposeSelectors } from '../profiles/selector-proposal';
import type { SiteProfile } from '../profiles/site-profile-host';
import { pickElement } from './element-picker';
import type { TicketWatcher } from './ticket-watcher';

/** The id a site profile's adapter carries (site-profile-adapter.ts). */
const PROFILE_ID = /^profile:/;
const SELECTOR_FIELDS = ['messageSelector', 'replySelector', 'subjectSelector'] as const;

function parses(selector: string | undefined, doc: Document): boolean {
  if (!selector) return true;
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** What a profile being edited in the panel reads on this page now. */
export function checkProfile(profile: SiteProfile, doc: Document): ProfileCheck {
  const invalid = SELECTOR_FIELDS.filter((field) => !parses(profile[field], doc));
  const usable = { ...profile, ...Object.fromEntries(invalid.map((field) => [field, ''])) } as SiteProfile;
  const reading = readWithProfile(
    { ...usable, messageSelector: usable.messageSelector || ':not(*)', replySelector: usable.replySelector || ':not(*)' },
    doc,
  );
  const box = reading.replyBox;
  return {
    messages: reading.messages,
    message: reading.message,
    replyBox: box ? (isTextField(box) ? box.tagName.toLowerCase() : 'contenteditable') : null,
    subject: reading.subject,
    invalid,
  };
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
      return { hostname: win.location.hostname, helpdesk: helpdesk && { ...helpdesk, profile: PROFILE_ID.test(helpdesk.id) } };
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
