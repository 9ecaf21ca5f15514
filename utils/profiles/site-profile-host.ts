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

/** Whether `selector` is CSS the browser can parse (checked by its own parser). */
export function parsesAsSelector(selector: string, doc: Document): boolean {
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

/**
 * A host as the browser's location shows it: lower case, an internationalized name in its ASCII
 * (punycode) form, a port kept when given; null when it is not a host name.
 */
export function asciiHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  const wildcard = trimmed.startsWith('*.') ? '*.' : '';
  const name = trimmed.slice(wildcard.length);
  if (name === '' || /[/?#@\s]/.test(name)) return null;
  let host: string;
  try {
    host = new URL(`http://${name}`).host;
  } catch {
    return null;
  }
  const ascii = `${wildcard}${host}`;
  // URL drops a default port (:80): keep what the lead wrote in that case.
  const written = /:\d+$/.test(name) && !/:\d+$/.test(host) ? `${ascii}${name.match(/:\d+$/)![0]}` : ascii;
  return HOST_PATTERN.test(written) ? written : null;
}

/** The site a host pattern is for, whatever its port: one profile per site, so two never compete for a page. */
export function siteOf(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** Whether a profile's host pattern covers `hostname` (with port when the pattern has one); a Korean host name matches its punycode form. */
export function profileMatchesHost(profile: SiteProfile, location: Pick<Location, 'hostname' | 'host'>): boolean {
  const pattern = asciiHost(profile.host) ?? profile.host;
  const subject = pattern.includes(':') ? location.host : location.hostname;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return subject === base || subject.endsWith(`.${base}`);
  }
  return subject === pattern;
}
