import type { SiteProfile } from '../profiles/site-profile';
import { siteProfilesItem } from '../profiles/storage';
import { defineSyncedItem, type SyncedItem } from './synced-item';
import type { OpenerPhrasings, PackExample, PackGuide, Pin } from './team-pack';

/** What a team lead (or a counselor) set up on this browser profile: the personal half of the team data. */
export interface PersonalData {
  /** In the lead's order: the first ranks first. */
  pins: Pin[];
  openers: OpenerPhrasings;
  siteProfiles: SiteProfile[];
  guides: PackGuide[];
  examples: PackExample[];
}

export type PersonalItems = { [K in keyof PersonalData]: SyncedItem<PersonalData[K]> };

/**
 * One storage item per part, so that a part too large for sync (guides usually are) falls back to
 * this browser alone without taking the small ones (pins) with it. Version 1 of each is the first
 * format; a later change adds its step to `migrations` (tests/unit/team-storage.test.ts covers the
 * update path).
 */
export const personalItems: PersonalItems = {
  pins: defineSyncedItem<Pin[]>('pins', { fallback: [], version: 1, migrations: {} }),
  openers: defineSyncedItem<OpenerPhrasings>('openers', { fallback: {}, version: 1, migrations: {} }),
  siteProfiles: siteProfilesItem,
  guides: defineSyncedItem<PackGuide[]>('guides', { fallback: [], version: 1, migrations: {} }),
  examples: defineSyncedItem<PackExample[]>('examples', { fallback: [], version: 1, migrations: {} }),
};

export const PERSONAL_PARTS = Object.keys(personalItems) as Array<keyof PersonalData>;

/** Nothing set up on this browser yet. */
export const NO_PERSONAL_DATA: PersonalData = { pins: [], openers: {}, siteProfiles: [], guides: [], examples: [] };

export async function readPersonalData(items: PersonalItems = personalItems): Promise<PersonalData> {
  const values = await Promise.all(PERSONAL_PARTS.map((part) => items[part].getValue()));
  return Object.fromEntries(PERSONAL_PARTS.map((part, index) => [part, values[index]])) as unknown as PersonalData;
}

/** Calls back whenever one of `parts` changes (the caller reads what it needs). */
export function watchPersonalData(callback: () => void, parts: ReadonlyArray<keyof PersonalData> = PERSONAL_PARTS, items: PersonalItems = personalItems): () => void {
  const stops = parts.map((part) => items[part].watch(callback));
  return () => {
    for (const stop of stops) stop();
  };
}
