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

export type ProfileProblems = Partial<Record<keyof SiteProfile, string>>;

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

/** Whether `selector` is valid CSS, checked by the browser's own parser. */
function selectorProblem(selector: string | undefined, doc: Document, required: boolean): string | undefined {
  const value = selector?.trim() ?? '';
  if (value === '') return required ? '비워 둘 수 없습니다.' : undefined;
  try {
    doc.querySelector(value);
    return undefined;
  } catch {
    return `올바른 CSS 선택자가 아닙니다: ${value}`;
  }
}

/** Problems with a profile, by field; an empty object means it can be saved. */
export function validateProfile(profile: SiteProfile, existing: SiteProfile[], doc: Document = document): ProfileProblems {
  const problems: ProfileProblems = {};
  const host = profile.host.trim().toLowerCase();
  if (!HOST_PATTERN.test(host)) problems.host = '호스트 이름을 적어 주세요 (예: desk.example.com, *.example.com). https:// 나 경로는 빼 주세요.';
  else if (existing.some((other) => other.host === host)) problems.host = '이 호스트의 프로필이 이미 있습니다.';
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
    host: profile.host.trim().toLowerCase(),
    messageSelector: profile.messageSelector.trim(),
    replySelector: profile.replySelector.trim(),
    ...(subject ? { subjectSelector: subject } : {}),
  };
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
