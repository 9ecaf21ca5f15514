import type { SiteProfile } from './site-profile-host';

/**
 * Starting points for helpdesks ReplyDeck does not support built in, because nothing public shows
 * their page's structure (their class names are generated): a lead picks one, checks it against the
 * open tab (직접 지정 shows what each selector reads) and fixes what the product's page does not have.
 * The selectors follow the products' documented data model (Front's `msg_`/`cnv_` ids and inbound
 * messages; Channel Talk's user chats and `personType: user` messages); none is verified on the
 * real page (see the README's helpdesk table).
 */
export interface SiteProfilePreset {
  id: string;
  name: string;
  profile: SiteProfile;
}

export const SITE_PROFILE_PRESETS: readonly SiteProfilePreset[] = [
  {
    id: 'front',
    name: 'Front',
    profile: {
      host: 'app.frontapp.com',
      messageSelector: '[data-message-id^="msg_"][data-is-inbound="true"] [data-testid="message-body"]',
      // The reply draft only: Front's comment box (internal) is on the page too.
      replySelector: '[data-testid="draft-composer"] [contenteditable="true"]',
      subjectSelector: '[data-testid="conversation-subject"]',
    },
  },
  {
    id: 'channeltalk',
    name: 'Channel Talk (채널톡)',
    profile: {
      host: 'desk.channel.io',
      messageSelector: 'section[data-user-chat-id] [data-person-type="user"] [data-message-text]',
      replySelector: 'section[data-user-chat-id] [contenteditable="true"][role="textbox"]',
    },
  },
];

/** The preset for a page's host name, if there is one. */
export function presetFor(hostname: string): SiteProfilePreset | undefined {
  return SITE_PROFILE_PRESETS.find((preset) => preset.profile.host === hostname);
}
