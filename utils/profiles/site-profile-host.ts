// Kept apart from site-profile.ts (validation, with its UI messages) so that the content script,
// which only matches hosts, loads no message catalog.

/**
 * A site profile lets a team lead use ReplyDeck on a helpdesk it has no adapter for (an in-house
 * tool): for pages of a host, CSS selectors of the customer's message and of the reply box.
 */
export interface SiteProfile {
  /** Host name, optionally with a leading wildcard label: `desk.example.com`, `*.example.com`. */
  host: string;
  /** The customer's messages; the last match is the latest one. */
  messageSelector: string;
  /** The reply box (a textarea, input, or an editor's contenteditable root or its container). */
  replySelector: string;
  /** The ticket's subject, optional. */
  subjectSelector?: string;
}

/** Whether a profile's host pattern covers `hostname` (with port when the pattern has one). */
export function profileMatchesHost(profile: SiteProfile, location: Pick<Location, 'hostname' | 'host'>): boolean {
  const pattern = profile.host;
  const subject = pattern.includes(':') ? location.host : location.hostname;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return subject === base || subject.endsWith(`.${base}`);
  }
  return subject === pattern;
}
