import type { Guide } from '@/knowledge/guide';
import type { PersonalData } from './personal-storage';
import { TEAM_PACK_FORMAT, TEAM_PACK_VERSION, type TeamPack } from './team-pack';

export interface PackChange {
  kind: 'added' | 'changed' | 'replaced';
  /** What, in the lead's words: `고정 답변 dispatch-policy-faq/q1`, `가이드 team-extra`. */
  what: string;
}

export interface ImportPlan {
  changes: PackChange[];
  /** The personal data after the import: applied as a whole or not at all. */
  next: PersonalData;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Merges items keyed by `key`: the pack's version of an item wins; the pack's items come first, in its order. */
function mergeBy<T>(current: T[], incoming: T[], key: (item: T) => string, label: (item: T) => string, changes: PackChange[], replacedKind: PackChange['kind'] = 'changed'): T[] {
  const existing = new Map(current.map((item) => [key(item), item]));
  for (const item of incoming) {
    const before = existing.get(key(item));
    if (!before) changes.push({ kind: 'added', what: label(item) });
    else if (!same(before, item)) changes.push({ kind: replacedKind, what: label(item) });
  }
  const incomingKeys = new Set(incoming.map(key));
  return [...incoming, ...current.filter((item) => !incomingKeys.has(key(item)))];
}

/**
 * What importing a checked pack into this browser's personal data would do. Pins, site profiles,
 * guides and examples are merged by their key (entry, host, id, entry and text); opener phrasings
 * replace those of the kinds the pack names. A pack guide with a built-in guide's id replaces it.
 */
export function planImport(personal: PersonalData, pack: TeamPack, builtin: readonly Guide[]): ImportPlan {
  const changes: PackChange[] = [];
  const builtinIds = new Set(builtin.map((guide) => guide.id));
  const pins = mergeBy(personal.pins, pack.pins, (pin) => pin.entry, (pin) => `고정 답변 ${pin.entry}`, changes);
  const siteProfiles = mergeBy(personal.siteProfiles, pack.siteProfiles, (profile) => profile.host, (profile) => `사이트 프로필 ${profile.host}`, changes);
  const guideChanges: PackChange[] = [];
  const guides = mergeBy(personal.guides, pack.guides, (guide) => guide.id, (guide) => `가이드 ${guide.id}`, guideChanges, 'replaced');
  // A new guide under a built-in guide's id takes the built-in one's place: said so, not "added".
  changes.push(...guideChanges.map((change) => (change.kind === 'added' && builtinIds.has(change.what.slice('가이드 '.length)) ? { kind: 'replaced' as const, what: `${change.what} (기본 가이드 대체)` } : change)));
  const examples = mergeBy(personal.examples, pack.examples, (example) => `${example.entry}\n${example.text}`, (example) => `예시 문장 ${example.entry}: ${example.text.slice(0, 30)}`, changes);
  const openers = { ...personal.openers };
  for (const [kind, phrasings] of Object.entries(pack.openers) as Array<[keyof PersonalData['openers'], string[] | undefined]>) {
    if (!phrasings) continue;
    const before = openers[kind];
    if (!before) changes.push({ kind: 'added', what: `감성표현 문구 (${kind})` });
    else if (!same(before, phrasings)) changes.push({ kind: 'replaced', what: `감성표현 문구 (${kind})` });
    openers[kind] = phrasings;
  }
  return { changes, next: { pins, openers, siteProfiles, guides, examples } };
}

/** This browser's personal data as a team pack file (the format `planImport` and policy read). */
export function exportPack(personal: PersonalData, name: string | undefined, now: Date): TeamPack {
  return {
    format: TEAM_PACK_FORMAT,
    version: TEAM_PACK_VERSION,
    ...(name ? { name } : {}),
    exportedAt: now.toISOString(),
    pins: personal.pins,
    openers: personal.openers,
    siteProfiles: personal.siteProfiles,
    guides: personal.guides,
    examples: personal.examples,
  };
}
