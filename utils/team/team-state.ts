import { parseGuide, type Guide } from '@/knowledge/guide';
import { buildKnowledgeBase, type KnowledgeBase } from '@/knowledge/knowledge-base';
import type { OpenerKind } from '@/knowledge/faq-types';
import { OPENERS } from '@/knowledge/openers';
import type { SiteProfile } from '../profiles/site-profile';
import type { PersonalData } from './personal-storage';
import type { PolicyState } from './policy';
import type { OpenerPhrasings, PackExample, Pin } from './team-pack';
import { errorText } from '../error-text';

/** Who set something up: shipped with ReplyDeck, pushed by the organization's policy, or on this browser. */
export type Origin = 'builtin' | 'organization' | 'personal';

export interface ResolvedPin extends Pin {
  origin: Exclude<Origin, 'builtin'>;
  /** The entry's id in the knowledge base (`q1` with one guide loaded, `dispatch-policy-faq/q1` with several). */
  entryId: string;
}

/** The knowledge and team settings the panel and the options page work with: built-in, policy and personal data merged. */
export interface TeamState {
  guides: Guide[];
  origins: Record<string, Origin>;
  knowledge: KnowledgeBase;
  /** The organization's pins in their order, then the personal ones. */
  pins: ResolvedPin[];
  openers: Record<OpenerKind, string[]>;
  /** Policy profiles first: they win for a host both name. */
  siteProfiles: Array<SiteProfile & { origin: Exclude<Origin, 'builtin'> }>;
  policy: PolicyState;
  /** Personal data that could not be used, said in a sentence each (a guide that no longer parses, a pin whose entry is gone). */
  problems: string[];
}

/** `dispatch-policy-faq/q1` → the id the knowledge base gives that entry. */
export function knowledgeId(ref: string, guideCount: number): string {
  return guideCount > 1 ? ref : ref.slice(ref.indexOf('/') + 1);
}

/** The entry's qualified id (`<guide id>/qN`), whatever the knowledge base calls it. */
export function qualifiedId(entry: { id: string; guide?: string }): string {
  return entry.id.includes('/') ? entry.id : `${entry.guide}/${entry.id}`;
}

function withExamples(guide: Guide, examples: PackExample[]): Guide {
  const own = examples.filter((example) => example.entry.startsWith(`${guide.id}/`)).map((example) => ({ entry: example.entry.slice(guide.id.length + 1), text: example.text }));
  return own.length === 0 ? guide : { ...guide, examples: [...(guide.examples ?? []), ...own] };
}

function mergeOpeners(...layers: OpenerPhrasings[]): Record<OpenerKind, string[]> {
  const merged = { ...OPENERS };
  for (const layer of layers) for (const [kind, phrasings] of Object.entries(layer) as Array<[OpenerKind, string[] | undefined]>) if (phrasings?.length) merged[kind] = phrasings;
  return merged;
}

/**
 * Merges what ships, what the organization pushes and what this browser keeps. A policy guide
 * replaces a built-in one of the same id, a personal guide replaces a built-in one but never the
 * organization's; the organization's pin of an entry wins over a personal one. A malformed policy
 * pack counts as none (the panel reports it).
 */
export function mergeTeamState(builtin: readonly Guide[], policy: PolicyState, personal: PersonalData): TeamState {
  const problems: string[] = [];
  const org = policy.state === 'ok' ? policy : null;
  const byId = new Map<string, Guide>(builtin.map((guide) => [guide.id, guide]));
  const origins: Record<string, Origin> = Object.fromEntries(builtin.map((guide) => [guide.id, 'builtin']));
  for (const guide of org?.guides ?? []) {
    byId.set(guide.id, guide);
    origins[guide.id] = 'organization';
  }
  for (const item of personal.guides) {
    if (origins[item.id] === 'organization') {
      problems.push(`개인 가이드 "${item.id}"는 조직 정책의 같은 id 가이드에 가려 쓰이지 않습니다.`);
      continue;
    }
    try {
      byId.set(item.id, parseGuide(`${item.id}.md`, item.markdown));
      origins[item.id] = 'personal';
    } catch (error) {
      problems.push(`개인 가이드 "${item.id}": ${errorText(error)}`);
    }
  }
  const examples = [...(org?.pack.examples ?? []), ...personal.examples];
  const guides = [...byId.values()].map((guide) => withExamples(guide, examples));
  const knowledge = buildKnowledgeBase(guides);
  const known = new Set(knowledge.entries.map(qualifiedId));

  const pins: ResolvedPin[] = [];
  const pinned = new Set<string>();
  const addPins = (list: Pin[], origin: ResolvedPin['origin']) => {
    for (const pin of list) {
      if (pinned.has(pin.entry)) continue;
      if (!known.has(pin.entry)) {
        problems.push(`${origin === 'organization' ? '조직' : '개인'} 고정 답변 "${pin.entry}"의 항목이 지금 가이드에 없습니다.`);
        continue;
      }
      pinned.add(pin.entry);
      pins.push({ ...pin, origin, entryId: knowledgeId(pin.entry, guides.length) });
    }
  };
  addPins(org?.pack.pins ?? [], 'organization');
  addPins(personal.pins, 'personal');

  const hosts = new Set<string>();
  const siteProfiles: TeamState['siteProfiles'] = [];
  for (const [origin, list] of [['organization', org?.pack.siteProfiles ?? []], ['personal', personal.siteProfiles]] as const) {
    for (const profile of list) {
      if (hosts.has(profile.host)) continue;
      hosts.add(profile.host);
      siteProfiles.push({ ...profile, origin });
    }
  }
  return { guides, origins, knowledge, pins, openers: mergeOpeners(org?.pack.openers ?? {}, personal.openers), siteProfiles, policy, problems };
}
