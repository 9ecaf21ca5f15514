import { storage } from 'wxt/utils/storage';

/** Where the counselor took an answer from: its rank among the suggestions, the 팀 추천 list, or their own search. */
export type ChosenRank = number | 'team' | 'search';

/** What happened to an entry in the panel, counted on this browser only. */
export type UsageEvent =
  | { type: 'suggested'; entries: string[] }
  | { type: 'inserted' | 'copied'; entry: string; rank: ChosenRank }
  | { type: 'clarified'; entry: string };

export interface EntryUsage {
  suggested: number;
  inserted: number;
  copied: number;
  /** How often the counselor took the answer at each rank (`1`, `2`, …; `team`: the 팀 추천 list; `search`: found by the counselor). */
  chosenRank: Record<string, number>;
  /** Answers to the guide's clarify question that picked this entry. */
  clarified: number;
}

/** Counts per ISO week (`2026-W49`), then per qualified entry id. */
export type UsageLog = Record<string, Record<string, EntryUsage>>;

/** Weeks kept: a lead looks at this week and compares with the last few. */
const WEEKS_KEPT = 8;

/** The ISO week of a date: `2026-W49`. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const empty = (): EntryUsage => ({ suggested: 0, inserted: 0, copied: 0, chosenRank: {}, clarified: 0 });

/** The log with one event counted (a new object; weeks beyond the last eight dropped). */
export function countUsage(log: UsageLog, event: UsageEvent, now: Date): UsageLog {
  const week = isoWeek(now);
  const counts = { ...(log[week] ?? {}) };
  const bump = (entry: string, change: (usage: EntryUsage) => void) => {
    const usage = structuredClone(counts[entry] ?? empty());
    change(usage);
    counts[entry] = usage;
  };
  if (event.type === 'suggested') for (const entry of event.entries) bump(entry, (usage) => usage.suggested++);
  else if (event.type === 'clarified') bump(event.entry, (usage) => usage.clarified++);
  else
    bump(event.entry, (usage) => {
      usage[event.type]++;
      const rank = String(event.rank);
      usage.chosenRank[rank] = (usage.chosenRank[rank] ?? 0) + 1;
    });
  const weeks = Object.keys({ ...log, [week]: counts })
    .sort()
    .slice(-WEEKS_KEPT);
  return Object.fromEntries(weeks.map((key) => [key, key === week ? counts : log[key]!]));
}

export interface UsageRow extends EntryUsage {
  entry: string;
}

/** A week's rows, most used first. */
export function usageRows(log: UsageLog, week: string): UsageRow[] {
  return Object.entries(log[week] ?? {})
    .map(([entry, usage]) => ({ entry, ...usage }))
    .sort((a, b) => b.inserted + b.copied - (a.inserted + a.copied) || b.suggested - a.suggested || a.entry.localeCompare(b.entry));
}

/** On this browser only: usage is the counselor's own and is never synced or sent. */
export const usageItem = storage.defineItem<UsageLog>('local:usage', { fallback: {}, version: 1, migrations: {} });

/** Counts one event in storage. Events of one panel arrive one at a time; the chain keeps them from overwriting each other. */
export function createUsageRecorder(item: Pick<typeof usageItem, 'getValue' | 'setValue'> = usageItem, clock: () => Date = () => new Date()) {
  let chain = Promise.resolve();
  return (event: UsageEvent): Promise<void> => {
    chain = chain.then(async () => item.setValue(countUsage(await item.getValue(), event, clock()))).catch(() => {});
    return chain;
  };
}
