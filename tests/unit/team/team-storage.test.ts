import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPersonalData } from '@/utils/team/personal-storage';
import { defineSyncedItem, isQuotaError } from '@/utils/team/synced-item';
import type { Pin } from '@/utils/team/team-pack';

/** Chrome's per-item sync quota, enforced the way Chrome reports it (the fake browser has no quota). */
function enforceSyncQuota(): void {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (key.length + JSON.stringify(value).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    return set(items);
  });
}

const PINS: Pin[] = [
  { entry: 'dispatch-policy-faq/q1', note: '요금 안내 꼭', opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' }, complaintBranch: true },
  { entry: 'dispatch-policy-faq/q5' },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('personal data storage', () => {
  it('saves to sync storage while it fits', async () => {
    enforceSyncQuota();
    const item = defineSyncedItem<Pin[]>('pins', { fallback: [], version: 1, migrations: {} });
    expect(await item.setValue(PINS)).toEqual({ where: 'sync' });
    expect(await fakeBrowser.storage.sync.get('pins')).toEqual({ pins: PINS });
    expect(await item.location()).toBe('sync');
  });

  it('over the sync quota, keeps the value on this browser and says so, never dropping it', async () => {
    enforceSyncQuota();
    const item = defineSyncedItem<string[]>('guides', { fallback: [], version: 1, migrations: {} });
    await item.setValue(['작은 가이드']);
    const big = ['가'.repeat(9000)];
    const outcome = await item.setValue(big);
    expect(outcome).toMatchObject({ where: 'local', reason: expect.stringContaining('QUOTA_BYTES_PER_ITEM') });
    expect(await item.getValue()).toEqual(big);
    expect(await item.location()).toBe('local');
    // Once it fits again, sync holds it and the local copy is gone.
    expect(await item.setValue(['다시 작게'])).toEqual({ where: 'sync' });
    expect(await item.getValue()).toEqual(['다시 작게']);
    expect(await fakeBrowser.storage.local.get('guides')).toEqual({});
  });

  it('passes on storage errors other than the quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('IO error'));
    const item = defineSyncedItem<Pin[]>('pins', { fallback: [], version: 1, migrations: {} });
    await expect(item.setValue(PINS)).rejects.toThrow('IO error');
    expect(isQuotaError(new Error('QuotaExceededError: storage.sync'))).toBe(true);
  });

  it('an extension update keeps every pin: data stored by this version is read by a fresh start of the next', async () => {
    const before = defineSyncedItem<Pin[]>('pins', { fallback: [], version: 1, migrations: {} });
    await before.setValue(PINS);
    // An update restarts every extension page: the modules are loaded again and their items defined again.
    vi.resetModules();
    const { personalItems } = await import('@/utils/team/personal-storage');
    expect(await personalItems.pins.getValue()).toEqual(PINS);
    expect((await readPersonalData(personalItems)).pins).toEqual(PINS);
  });

  it('reads the site profiles 0.1.0 stored (a plain sync item without version)', async () => {
    const profile = { host: 'desk.example.com', messageSelector: '.msg', replySelector: 'textarea' };
    await fakeBrowser.storage.sync.set({ siteProfiles: [profile] });
    vi.resetModules();
    const { siteProfilesItem } = await import('@/utils/profiles/storage');
    expect(await siteProfilesItem.getValue()).toEqual([profile]);
  });

  it('runs a migration step when a later version changes the format, on both copies', async () => {
    await fakeBrowser.storage.sync.set({ pins: [{ entry: 'dispatch-policy-faq/q1', note: '메모' }] });
    await fakeBrowser.storage.local.set({ pins: [{ entry: 'dispatch-policy-faq/q5', note: '로컬' }] });
    // A hypothetical version 2 that renames `note` to `memo`: the step WXT runs on start.
    const migrate = (pins: Array<{ entry: string; note?: string }>) => pins.map(({ note, ...rest }) => ({ ...rest, memo: note }));
    const item = defineSyncedItem<Array<{ entry: string; memo?: string }>>('pins', { fallback: [], version: 2, migrations: { 2: migrate } });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('pins$')) as object).toEqual({ pins$: { v: 2 } }));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('pins$')) as object).toEqual({ pins$: { v: 2 } }));
    expect(await fakeBrowser.storage.sync.get('pins')).toEqual({ pins: [{ entry: 'dispatch-policy-faq/q1', memo: '메모' }] });
    expect(await item.getValue()).toEqual([{ entry: 'dispatch-policy-faq/q5', memo: '로컬' }]);
  });
});
