/**
 * Where the hosted helpdesks' agent workspaces live: ReplyDeck runs there without asking. Kept
 * apart from the adapters so that the manifest can name these hosts without bundling every adapter.
 * Self-hosted products (FreeScout, osTicket, Zammad on-premise) are reached through "use on this
 * site" or a site profile; so are Front and Channel Talk, which ship as site-profile presets
 * (utils/profiles/presets.ts), not as built-in helpdesks.
 */
export const HOSTED_WORKSPACES = {
  chatwoot: ['https://app.chatwoot.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  helpscout: ['https://secure.helpscout.net/*'],
  intercom: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  zammad: ['https://*.zammad.com/*'],
  zendesk: ['https://*.zendesk.com/*'],
} as const satisfies Record<string, readonly string[]>;

/** Pages ReplyDeck runs on without asking: the hosted helpdesks (the e2e build adds loopback hosts, see wxt.config.ts). */
export const HOSTED_HELPDESK_MATCHES: string[] = Object.values(HOSTED_WORKSPACES).flat();
