import { editableAt } from '../dom/editable';
import { profileMatchesHost, type SiteProfile } from '../profiles/site-profile-host';
import { firstVisible, visibleMatches } from '../dom/text';
import { defineAdapter, fieldText, messageText } from './define-adapter';
import type { HelpdeskAdapter } from './types';

/** The reply box a profile's selector names (a selector may name the editor's container). */
function profileReplyBox(profile: SiteProfile, doc: Document): HTMLElement | null {
  return profile.replySelector ? editableAt(firstVisible(doc, profile.replySelector)) : null;
}

/**
 * What a profile's selectors find on a page: how many shown messages, the latest one's text, the
 * reply box, the subject. Hidden matches are left out: an app that keeps other tickets' panes in
 * the page (hidden) must not have their messages read as this one's latest.
 */
export interface ProfileReading {
  messages: number;
  message: string;
  replyBox: HTMLElement | null;
  subject: string;
}

/** Reads a page through a profile's selectors (which the caller has checked are valid CSS; an empty one finds nothing). */
export function readWithProfile(profile: SiteProfile, doc: Document): ProfileReading {
  const messages = profile.messageSelector ? visibleMatches(doc, profile.messageSelector) : [];
  return {
    messages: messages.length,
    message: messageText(messages[messages.length - 1]),
    replyBox: profileReplyBox(profile, doc),
    subject: profile.subjectSelector ? fieldText(doc.querySelector(profile.subjectSelector)) : '',
  };
}

/** What the id of a site profile's adapter starts with (the host follows). */
export const PROFILE_ADAPTER_PREFIX = 'profile:';

/** Turns a team lead's site profile into an adapter, used like a built-in one (and before them). */
export function siteProfileAdapter(profile: SiteProfile): HelpdeskAdapter {
  return defineAdapter({
    id: `${PROFILE_ADAPTER_PREFIX}${profile.host}`,
    name: profile.host,
    detect: (doc) => doc.defaultView !== null && profileMatchesHost(profile, doc.defaultView.location),
    // The page's own URL is the ticket's identity: an in-house tool shows one ticket per address.
    openTicket(doc) {
      if (!readWithProfile(profile, doc).message) return null;
      const { pathname, search, hash } = doc.defaultView!.location;
      return { id: `${pathname}${search}${hash}`, scope: doc.body };
    },
    read(_ticket, doc) {
      const { subject, message } = readWithProfile(profile, doc);
      return { subject, message, requester: null, channel: null };
    },
    replyBox: (_ticket, doc) => profileReplyBox(profile, doc),
  });
}
