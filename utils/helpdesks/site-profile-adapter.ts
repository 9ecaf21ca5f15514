import { editableRoot, isTextField } from '../dom/editable';
import { profileMatchesHost, type SiteProfile } from '../profiles/site-profile-host';
import { defineAdapter, fieldText, messageText } from './define-adapter';
import type { HelpdeskAdapter } from './types';

/** A reply-box selector may name the editor's container: use the editable element inside it. */
function editableIn(element: HTMLElement | null): HTMLElement | null {
  if (!element) return null;
  if (isTextField(element) || element.isContentEditable) return editableRoot(element) ?? element;
  return element.querySelector<HTMLElement>('textarea, [contenteditable=""], [contenteditable="true"]');
}

/** Turns a team lead's site profile into an adapter, used like a built-in one (and before them). */
export function siteProfileAdapter(profile: SiteProfile): HelpdeskAdapter {
  return defineAdapter({
    id: `profile:${profile.host}`,
    name: profile.host,
    detect: (doc) => doc.defaultView !== null && profileMatchesHost(profile, doc.defaultView.location),
    // The page's own URL is the ticket's identity: an in-house tool shows one ticket per address.
    openTicket(doc) {
      const messages = doc.querySelectorAll(profile.messageSelector);
      if (!messageText(messages[messages.length - 1])) return null;
      const { pathname, search, hash } = doc.defaultView!.location;
      return { id: `${pathname}${search}${hash}`, scope: doc.body };
    },
    read(_ticket, doc) {
      const messages = doc.querySelectorAll(profile.messageSelector);
      return {
        subject: profile.subjectSelector ? fieldText(doc.querySelector(profile.subjectSelector)) : '',
        message: messageText(messages[messages.length - 1]),
        requester: null,
        channel: null,
      };
    },
    replyBox: (_ticket, doc) => editableIn(doc.querySelector<HTMLElement>(profile.replySelector)),
  });
}
