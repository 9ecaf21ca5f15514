import { browser } from 'wxt/browser';
import type { Guide } from '@/knowledge/guide';
import { checkTeamPack, type TeamPack } from './team-pack';

/** The managed storage key IT sets by browser policy (manifest `storage.managed_schema`). */
export const POLICY_KEY = 'teamPack';

export type PolicyState =
  | { state: 'none' }
  | { state: 'ok'; pack: TeamPack; guides: Guide[] }
  /** A pack was pushed but is malformed: reported, and ignored as a whole. */
  | { state: 'invalid'; problems: string[] };

/** The subset of `browser.storage.managed` used here (a fake in unit tests). */
export interface ManagedArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** What IT pushed, checked like an imported pack against the built-in guides (null: skip entry checks, as the content script does). */
export function checkPolicyValue(value: unknown, knownGuides: readonly Guide[] | null): PolicyState {
  if (value === undefined || value === null) return { state: 'none' };
  const checked = checkTeamPack(value, knownGuides);
  return checked.ok ? { state: 'ok', pack: checked.pack, guides: checked.guides } : { state: 'invalid', problems: checked.problems };
}

export async function readPolicy(knownGuides: readonly Guide[] | null, area: ManagedArea | undefined = browser.storage.managed): Promise<PolicyState> {
  let value: unknown;
  try {
    value = area ? (await area.get(POLICY_KEY))[POLICY_KEY] : undefined;
  } catch {
    // Firefox rejects when no policy names the extension: nothing is managed then.
    return { state: 'none' };
  }
  return checkPolicyValue(value, knownGuides);
}

/** Calls back when IT changes the policy while the browser runs. */
export function watchPolicy(callback: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
