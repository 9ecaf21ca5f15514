import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TeamState } from '@/utils/team/team-state';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('following the team state', () => {
  it('loads personal pins, and says why when storage cannot be read while the built-in guides keep working', async () => {
    await fakeBrowser.storage.sync.set({ pins: [{ entry: 'dispatch-policy-faq/q1', note: '메모' }] });
    const { followTeamState } = await import('@/utils/team/team-source');
    const states: TeamState[] = [];
    const stop = followTeamState((state) => states.push(state));
    await vi.waitFor(() => expect(states).toHaveLength(1));
    expect(states[0]!.pins.map((pin) => pin.note)).toEqual(['메모']);
    stop();

    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage unavailable'));
    const errors: unknown[] = [];
    const fallback: TeamState[] = [];
    followTeamState((state) => fallback.push(state), (error) => errors.push(error));
    await vi.waitFor(() => expect(fallback).toHaveLength(1));
    expect(String(errors[0])).toContain('storage unavailable');
    expect(fallback[0]!.pins).toEqual([]);
    expect(fallback[0]!.knowledge.entries.length).toBeGreaterThan(0);
  });
});
