import { t } from '../i18n/t';
import type { SiteProfile } from './site-profile-host';

export type { SiteProfile };

export type ProfileProblems = Partial<Record<keyof SiteProfile, string>>;

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

/** Whether `selector` is valid CSS, checked by the browser's own parser. */
function selectorProblem(selector: string | undefined, doc: Document, required: boolean): string | undefined {
  const value = selector?.trim() ?? '';
  if (value === '') return required ? t('optProfileRequired') : undefined;
  try {
    doc.querySelector(value);
    return undefined;
  } catch {
    return t('optProfileBadSelector', value);
  }
}

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
function siteOf(host: string): string {
  return host.replace(/:\d+$/, '');
}

/** Problems with a profile, by field; an empty object means it can be saved. */
export function validateProfile(profile: SiteProfile, existing: SiteProfile[], doc: Document = document): ProfileProblems {
  const problems: ProfileProblems = {};
  const host = asciiHost(profile.host);
  const same = host && existing.find((other) => siteOf(other.host) === siteOf(host));
  if (!host) problems.host = t('optProfileBadHost');
  else if (same) problems.host = t('optProfileDuplicateHost', same.host);
  const message = selectorProblem(profile.messageSelector, doc, true);
  if (message) problems.messageSelector = message;
  const reply = selectorProblem(profile.replySelector, doc, true);
  if (reply) problems.replySelector = reply;
  const subject = selectorProblem(profile.subjectSelector, doc, false);
  if (subject) problems.subjectSelector = subject;
  return problems;
}

/** The profile as stored: trimmed, host lower-cased, an empty subject selector dropped. */
export function normalizeProfile(profile: SiteProfile): SiteProfile {
  const subject = profile.subjectSelector?.trim();
  return {
    host: asciiHost(profile.host) ?? profile.host.trim().toLowerCase(),
    messageSelector: profile.messageSelector.trim(),
    replySelector: profile.replySelector.trim(),
    ...(subject ? { subjectSelector: subject } : {}),
  };
}
