// Relative import: wxt.config.ts loads this file before the `@/` alias exists.
import { OPENER_KINDS } from '../../knowledge/faq-types';

/**
 * The schema Chromium checks the `teamPack` policy against (manifest `storage.managed_schema`,
 * written as `managed-schema.json` at build time). Chromium's dialect, found by experiment: every
 * field must be declared, or Chromium drops it without a word; a value of the wrong JSON type drops
 * the whole pack (chrome://policy shows why); `additionalProperties: true` and a type `any` stop
 * the extension from loading. So each field is typed as the pack format has it, and everything
 * beyond types (ids, kinds, guides' markdown, entries that exist) is checked by ReplyDeck itself,
 * which reports a malformed pack in the panel (team-pack.ts).
 */
const string = { type: 'string' } as const;
const strings = { type: 'array', items: string } as const;
// No `required`: a pack missing a field would be dropped by Chromium, unseen; ReplyDeck names the field instead.
const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });

const pin = object({
  entry: { ...string, description: '<guide id>/qN, e.g. dispatch-policy-faq/q1' },
  note: string,
  opener: object({ kind: { ...string, description: OPENER_KINDS.join(' · ') }, text: string }),
  complaintBranch: { type: 'boolean' },
});

export const TEAM_PACK_MANAGED_SCHEMA = object({
  format: { ...string, description: 'replydeck-team-pack' },
  version: { type: 'integer' },
  name: string,
  exportedAt: string,
  pins: { type: 'array', items: pin },
  openers: object(Object.fromEntries(OPENER_KINDS.map((kind) => [kind, strings]))),
  siteProfiles: { type: 'array', items: object({ host: string, messageSelector: string, replySelector: string, subjectSelector: string }) },
  guides: { type: 'array', items: object({ id: string, markdown: string }) },
  examples: { type: 'array', items: object({ entry: string, text: string }) },
});

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    teamPack: {
      ...TEAM_PACK_MANAGED_SCHEMA,
      title: 'ReplyDeck team pack',
      description: "A team pack (the options page's export) that every counselor's ReplyDeck applies, read only.",
    },
  },
};
