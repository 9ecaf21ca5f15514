import { t } from '../i18n/t';
import { asciiHost, siteOf, type SiteProfile } from './site-profile-host';

export type { SiteProfile };
export { asciiHost };

export type ProfileProblems = Partial<Record<keyof SiteProfile, string>>;

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
