import { signal } from '@preact/signals';
import { t } from '../i18n/t';
import { normalizeProfile, validateProfile, type ProfileProblems, type SiteProfile } from './site-profile';

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

export type ProfilesStore = ReturnType<typeof createProfilesStore>;

/**
 * State of the site-profile editor: saved profiles, whether ReplyDeck may run on each one's host,
 * and a draft that is saved only when valid. Saving asks for the host's permission: once granted,
 * the background registers the content script there and starts it in open tabs.
 */
export function createProfilesStore(storage: ProfilesStorage, access: SiteAccess, doc: Document = document) {
  const profiles = signal<SiteProfile[]>([]);
  const granted = signal<Record<string, boolean>>({});
  const problems = signal<ProfileProblems>({});
  const status = signal<string | null>(null);

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

  /** Saves the draft when it is valid (asking for its host's permission first); otherwise keeps what is saved and reports each problem. */
  async function add(draft: SiteProfile): Promise<boolean> {
    const found = validateProfile(draft, profiles.value, doc);
    problems.value = found;
    if (Object.keys(found).length > 0) {
      status.value = t('optProfileNotSaved');
      return false;
    }
    const profile = normalizeProfile(draft);
    // First, while the click still counts as the lead's gesture: the browser asks only then.
    const ok = await access.request(profile.host).catch(() => false);
    const next = [...profiles.value, profile];
    await storage.setValue(next);
    profiles.value = next;
    granted.value = { ...granted.value, [profile.host]: ok };
    status.value = ok ? t('optProfileSaved', profile.host) : t('optProfileSavedNoAccess', profile.host);
    return true;
  }

  async function remove(host: string): Promise<void> {
    const next = profiles.value.filter((profile) => profile.host !== host);
    await storage.setValue(next);
    profiles.value = next;
    status.value = t('optProfileRemoved', host);
  }

  return { profiles, granted, problems, status, load, add, remove, requestAccess };
}
