import { signal } from '@preact/signals';
import { normalizeProfile, validateProfile, type ProfileProblems, type SiteProfile } from './site-profile';

/** The part of a WXT storage item the editor needs (an in-memory one in unit tests). */
export interface ProfilesStorage {
  getValue(): Promise<SiteProfile[]>;
  setValue(value: SiteProfile[]): Promise<void>;
}

export type ProfilesStore = ReturnType<typeof createProfilesStore>;

/** State of the site-profile editor: saved profiles, and a draft that is saved only when valid. */
export function createProfilesStore(storage: ProfilesStorage, doc: Document = document) {
  const profiles = signal<SiteProfile[]>([]);
  const problems = signal<ProfileProblems>({});
  const status = signal<string | null>(null);

  async function load(): Promise<void> {
    profiles.value = await storage.getValue();
  }

  /** Saves the draft when it is valid; otherwise keeps what is saved and reports each problem. */
  async function add(draft: SiteProfile): Promise<boolean> {
    const found = validateProfile(draft, profiles.value, doc);
    problems.value = found;
    if (Object.keys(found).length > 0) {
      status.value = '저장하지 않았습니다. 표시된 항목을 고쳐 주세요.';
      return false;
    }
    const next = [...profiles.value, normalizeProfile(draft)];
    await storage.setValue(next);
    profiles.value = next;
    status.value = `${normalizeProfile(draft).host} 프로필을 저장했습니다. 그 사이트의 열린 탭은 새로 고치면 적용됩니다.`;
    return true;
  }

  async function remove(host: string): Promise<void> {
    const next = profiles.value.filter((profile) => profile.host !== host);
    await storage.setValue(next);
    profiles.value = next;
    status.value = `${host} 프로필을 지웠습니다.`;
  }

  return { profiles, problems, status, load, add, remove };
}
