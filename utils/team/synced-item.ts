import { storage } from 'wxt/utils/storage';
import { errorText } from '../error-text';

/** Where a save landed: in sync storage (all the counselor's browsers) or, over its quota, on this browser only. */
export type SaveOutcome = { where: 'sync' } | { where: 'local'; reason: string };

export interface SyncedItem<T> {
  getValue(): Promise<T>;
  /** Saves to sync storage; over its quota, to local storage instead — reported, never dropped. */
  setValue(value: T): Promise<SaveOutcome>;
  /** Where the value now lives. */
  location(): Promise<SaveOutcome['where']>;
  watch(callback: (value: T) => void): () => void;
}

export interface SyncedItemOptions<T> {
  fallback: T;
  version: number;
  /** WXT storage migrations, applied to both copies. */
  // biome-ignore lint/suspicious/noExplicitAny: a migration takes whatever an older version stored.
  migrations: Record<number, (old: any) => T>;
}

/** Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded"; Firefox: "QuotaExceededError". */
export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}

/**
 * Personal data kept in sync storage where it fits (8 kB per item, 100 kB in all in Chrome), with
 * a copy in local storage once it does not: the local copy, when present, is the latest value and
 * the one read; a later save that fits in sync again drops it.
 */
export function defineSyncedItem<T>(key: string, options: SyncedItemOptions<T>): SyncedItem<T> {
  const synced = storage.defineItem<T>(`sync:${key}`, options);
  const overflow = storage.defineItem<T | null>(`local:${key}`, { fallback: null, version: options.version, migrations: options.migrations });

  const item: SyncedItem<T> = {
    async getValue() {
      return (await overflow.getValue()) ?? (await synced.getValue());
    },
    async setValue(value) {
      try {
        await synced.setValue(value);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await overflow.setValue(value);
        return { where: 'local', reason: errorText(error) };
      }
      await overflow.removeValue();
      return { where: 'sync' };
    },
    async location() {
      return (await overflow.getValue()) === null ? 'sync' : 'local';
    },
    watch(callback) {
      const read = () => void item.getValue().then(callback);
      const unwatchSynced = synced.watch(read);
      const unwatchOverflow = overflow.watch(read);
      return () => {
        unwatchSynced();
        unwatchOverflow();
      };
    },
  };
  return item;
}
