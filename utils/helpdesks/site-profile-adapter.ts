import { editableRoot, isTextField } from '../dom/editable';
import { profileMatchesHost, type SiteProfile } from '../profiles/site-profile';
import type { HelpdeskAdapter } from './types';

/** A reply-box selector may name the editor's container: use the editable element inside it. */
function editableIn(element: HTMLElement | null): HTMLElement | null {
  if (!element) return null;
  if (isTextField(element) || element.isContentEditable) return editableRoot(element) ?? element;
  return element.querySelector<HTMLElement>('textarea, [contenteditable=""], [contenteditable="true"]');
}

/** Turns a team lead's site profile into an adapter, used like any built-in one. */
export function siteProfileAdapter(profile: SiteProfile): HelpdeskAdapter {
  return {
    id: `profile:${profile.host}`,
    name: profile.host,
    hosts: [],
    matches: (doc) => doc.defaultView !== null && profileMatchesHost(profile, doc.defaultView.location),
    readTicket(doc) {
      const messages = doc.querySelectorAll<HTMLElement>(profile.messageSelector);
      const latest = messages[messages.length - 1];
      const message = latest?.textContent?.trim() ?? '';
      if (!message) return null;
      const { pathname, search, hash } = doc.defaultView!.location;
      return {
        key: `profile:${profile.host}${pathname}${search}${hash}`,
        subject: profile.subjectSelector ? (doc.querySelector(profile.subjectSelector)?.textContent?.trim() ?? '') : '',
        message,
        requester: null,
        channel: null,
      };
    },
    findReplyBox: (doc) => editableIn(doc.querySelector<HTMLElement>(profile.replySelector)),
  };
}
