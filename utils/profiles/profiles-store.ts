import { signal } from '@preact/signals';
import type { ProfileCheck } from '../messaging';
import { t } from '../i18n/t';
import { asciiHost, placeProfile, type ProfileProblems, type SiteProfile } from './site-profile';

/** The part of a WXT storage item the editor needs (an in-memory one in unit tests). */
export interface ProfilesStorage {
  getValue(): Promise<SiteProfile[]>;
  setValue(value: SiteProfile[]): Promise<unknown>;
}

/** The browser's site permissions for a profile's host (site-permission.ts; a fake in unit tests). */
export interface SiteAccess {
  /** Asks the browser for the host (a prompt the first time); true when granted. */
  request(host: string): Promise<boolean>;
  has(host: string): Promise<boolean>;
}

/** What a profile reads in one open tab of its site right now (a tab without ReplyDeck has no check). */
export interface TabCheck {
  title: string;
  url: string;
  check: ProfileCheck | null;
}

/** Runs a profile against the open tabs of its site (through their content scripts; a fake in unit tests). */
export type OpenTabsCheck = (profile: SiteProfile) => Promise<TabCheck[]>;

export type ProfilesStore = ReturnType<typeof createProfilesStore>;

/**
 * State of the site-profile editor: saved profiles, whether ReplyDeck may run on each one's host,
 * and a draft that is saved only when valid. Saving asks for the host's permission: once granted,
 * the background registers the content script there and starts it in open tabs.
 */
export function createProfilesStore(storage: ProfilesStorage, access: SiteAccess, checkOpenTabs: OpenTabsCheck = async () => [], doc: Document = document) {
  const profiles = signal<SiteProfile[]>([]);
  const granted = signal<Record<string, boolean>>({});
  const problems = signal<ProfileProblems>({});
  const status = signal<string | null>(null);
  /** The host of the saved profile the form is changing (null: the form adds a new one). */
  const editing = signal<string | null>(null);
  /** What the form's profile read in the site's open tabs, after 열린 탭에서 확인 (null: not asked). */
  const tabChecks = signal<TabCheck[] | null>(null);

  async function checkAccess(list: SiteProfile[]): Promise<void> {
    const entries = await Promise.all(list.map(async (profile) => [profile.host, await access.has(profile.host)] as const));
    granted.value = Object.fromEntries(entries);
  }

  async function load(): Promise<void> {
    profiles.value = await storage.getValue();
    await checkAccess(profiles.value);
  }

  /** Asks for a saved profile's host again (after the counselor or lead refused it once). */
  async function requestAccess(host: string): Promise<boolean> {
    const ok = await access.request(host).catch(() => false);
    granted.value = { ...granted.value, [host]: ok };
    status.value = ok ? t('optProfileAccessGranted', host) : t('optProfileAccessDenied', host);
    return ok;
  }

  /**
   * Saves the draft when it is valid (asking for its host's permission first) — as a new profile,
   * or in place of the one being edited; otherwise keeps what is saved and reports each problem.
   */
  async function add(draft: SiteProfile): Promise<boolean> {
    const placed = placeProfile(profiles.value, draft, editing.value, doc);
    problems.value = placed.problems ?? {};
    if (placed.problems) {
      status.value = t('optProfileNotSaved');
      return false;
    }
    const { profile, list: next } = placed;
    // First, while the click still counts as the lead's gesture: the browser asks only then.
    const ok = await access.request(profile.host).catch(() => false);
    await storage.setValue(next);
    profiles.value = next;
    editing.value = null;
    tabChecks.value = null;
    granted.value = { ...granted.value, [profile.host]: ok };
    status.value = ok ? t('optProfileSaved', profile.host) : t('optProfileSavedNoAccess', profile.host);
    return true;
  }

  /** Puts a saved profile into the form; saving replaces it. */
  function edit(host: string | null): void {
    editing.value = host;
    problems.value = {};
    tabChecks.value = null;
  }

  /** Runs the form's profile against its site's open tabs: what each selector reads there now. */
  async function checkInOpenTabs(draft: SiteProfile): Promise<void> {
    const host = asciiHost(draft.host);
    if (!host) {
      problems.value = { host: t('optProfileBadHost') };
      return;
    }
    tabChecks.value = await checkOpenTabs({ ...draft, host }).catch(() => []);
  }

  async function remove(host: string): Promise<void> {
    const next = profiles.value.filter((profile) => profile.host !== host);
    await storage.setValue(next);
    profiles.value = next;
    status.value = t('optProfileRemoved', host);
  }

  return { profiles, granted, problems, status, editing, tabChecks, load, add, edit, checkInOpenTabs, remove, requestAccess };
}
