import { t } from '../i18n/t';
import { asciiHost, parsesAsSelector, siteOf, type SiteProfile } from './site-profile-host';

export type { SiteProfile };
export { asciiHost };

export type ProfileProblems = Partial<Record<keyof SiteProfile, string>>;

/** Whether `selector` is valid CSS, checked by the browser's own parser. */
function selectorProblem(selector: string | undefined, doc: Document, required: boolean): string | undefined {
  const value = selector?.trim() ?? '';
  if (value === '') return required ? t('optProfileRequired') : undefined;
  return parsesAsSelector(value, doc) ? undefined : t('optProfileBadSelector', value);
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

/**
 * A draft put into the saved list: as a new profile, or in place of the one whose host is
 * `replacing` (checked against the others only). Problems by field when it cannot be saved.
 */
export function placeProfile(
  list: SiteProfile[],
  draft: SiteProfile,
  replacing: string | null,
  doc: Document = document,
): { problems: ProfileProblems } | { problems: null; profile: SiteProfile; list: SiteProfile[] } {
  const problems = validateProfile(draft, list.filter((profile) => profile.host !== replacing), doc);
  if (Object.keys(problems).length > 0) return { problems };
  const profile = normalizeProfile(draft);
  const at = replacing === null ? -1 : list.findIndex((each) => each.host === replacing);
  return { problems: null, profile, list: at >= 0 ? list.map((each, index) => (index === at ? profile : each)) : [...list, profile] };
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
