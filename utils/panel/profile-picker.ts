import { batch, signal } from '@preact/signals';
import { t } from '../i18n/t';
import type { PageStatus, PickResult, ProfileCheck } from '../messaging';
import type { PickRole, SelectorProposal } from '../profiles/selector-proposal';
import { placeProfile, type ProfileProblems, type SiteProfile } from '../profiles/site-profile';
import type { ProfilesStorage } from '../profiles/profiles-store';
import { presetFor } from '../profiles/presets';
import { siteOf } from '../profiles/site-profile-host';

/** What the 직접 지정 editor needs from its tab and from storage; the side panel passes messaging-backed versions. */
export interface ProfilePickerEnv {
  pageStatus(tabId: number): Promise<PageStatus>;
  pick(tabId: number, role: PickRole, prompt: string): Promise<PickResult | null>;
  cancelPick(tabId: number): Promise<void>;
  check(tabId: number, profile: SiteProfile): Promise<ProfileCheck>;
  /** The lead's own site profiles (where a profile made here is saved). */
  profiles: ProfilesStorage;
}

/** How long the editor waits after a keystroke in a selector field before reading the page with it. */
const CHECK_DELAY_MS = 200;

export type ProfilePicker = ReturnType<typeof createProfilePicker>;

const PROMPT: Record<PickRole, Parameters<typeof t>[0]> = { message: 'pickPromptMessage', reply: 'pickPromptReply' };

/**
 * 직접 지정: the lead makes (or fixes) a site profile from the page itself. They click the customer's
 * latest message and then the reply box; the page proposes robust selectors for each, the editor
 * shows what they read right now, and saving makes the profile apply to the open tab at once.
 */
export function createProfilePicker(env: ProfilePickerEnv, getTabId: () => number | null) {
  /** Who recognised the tab's page, asked whenever the panel shows no ticket (for its hint). */
  const status = signal<PageStatus | null>(null);
  const open = signal(false);
  const draft = signal<SiteProfile>({ host: '', messageSelector: '', replySelector: '' });
  /** The host of the saved profile being changed (null: a new one). */
  const editing = signal<string | null>(null);
  const proposals = signal<Record<PickRole, SelectorProposal[]>>({ message: [], reply: [] });
  const picking = signal<PickRole | null>(null);
  const check = signal<ProfileCheck | null>(null);
  const problems = signal<ProfileProblems>({});
  const saved = signal<string | null>(null);
  let checkTimer: ReturnType<typeof setTimeout> | undefined;

  async function refreshStatus(): Promise<void> {
    const tabId = getTabId();
    if (tabId === null) return;
    status.value = await env.pageStatus(tabId).catch(() => null);
  }

  async function recheck(): Promise<void> {
    const tabId = getTabId();
    if (tabId === null) return;
    check.value = await env.check(tabId, draft.value).catch(() => null);
  }

  function recheckSoon(): void {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void recheck(), CHECK_DELAY_MS);
  }

  /** Lets the lead click the element for `role` on the page; keeps the best proposal. */
  async function pick(role: PickRole): Promise<boolean> {
    const tabId = getTabId();
    if (tabId === null) return false;
    picking.value = role;
    const result = await env.pick(tabId, role, t(PROMPT[role])).catch(() => null);
    if (picking.value !== role) return false; // cancelled meanwhile
    picking.value = null;
    const best = result?.proposals[0];
    if (!result || !best) return false;
    batch(() => {
      proposals.value = { ...proposals.value, [role]: result.proposals };
      draft.value = { ...draft.value, [role === 'message' ? 'messageSelector' : 'replySelector']: best.selector };
    });
    await recheck();
    return true;
  }

  /** Opens the editor for this page: its saved profile (or the product's preset) when there is one, else a new one picked by two clicks. */
  async function start(): Promise<void> {
    await refreshStatus();
    const hostname = status.value?.hostname ?? '';
    // One profile per site, whatever its port: the site's saved profile is the one to fix.
    const existing = (await env.profiles.getValue()).find((profile) => siteOf(profile.host) === hostname);
    // A product shipped as a preset starts from it: the check below shows what it reads here.
    const start = existing ?? presetFor(hostname)?.profile;
    batch(() => {
      open.value = true;
      saved.value = null;
      problems.value = {};
      proposals.value = { message: [], reply: [] };
      editing.value = existing?.host ?? null;
      draft.value = start ? { ...start } : { host: hostname, messageSelector: '', replySelector: '' };
    });
    if (start) {
      await recheck();
      return;
    }
    if (await pick('message')) await pick('reply');
  }

  function change(field: keyof SiteProfile, value: string): void {
    draft.value = { ...draft.value, [field]: value };
    if (field !== 'host') recheckSoon();
  }

  function cancel(): void {
    const tabId = getTabId();
    if (picking.value && tabId !== null) void env.cancelPick(tabId).catch(() => {});
    clearTimeout(checkTimer);
    batch(() => {
      picking.value = null;
      open.value = false;
    });
  }

  /** Saves the profile (replacing the one being edited); the page's content script applies it at once. */
  async function save(): Promise<boolean> {
    const placed = placeProfile(await env.profiles.getValue(), draft.value, editing.value);
    problems.value = placed.problems ?? {};
    if (placed.problems) return false;
    const { profile, list } = placed;
    await env.profiles.setValue(list);
    batch(() => {
      saved.value = profile.host;
      editing.value = profile.host;
      open.value = false;
    });
    return true;
  }

  return { status, open, draft, editing, proposals, picking, check, problems, saved, refreshStatus, start, pick, change, cancel, save };
}
