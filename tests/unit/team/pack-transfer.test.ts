import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { createLeadStore, type LeadEnv } from '@/utils/options/lead-store';
import { exportPack, planImport } from '@/utils/team/pack-merge';
import { personalItems, readPersonalData } from '@/utils/team/personal-storage';
import { checkTeamPack, type TeamPack } from '@/utils/team/team-pack';
import { teamSuggester } from '@/utils/team/team-source';
import { contractPack, NO_PERSONAL_DATA, TEAM_GUIDE_MARKDOWN } from '../support/team';

function checked(value: unknown): TeamPack {
  const result = checkTeamPack(value, BUILTIN_GUIDES);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

function leadStore(overrides: Partial<LeadEnv> = {}) {
  const downloads: Array<{ name: string; text: string }> = [];
  const store = createLeadStore({
    builtin: BUILTIN_GUIDES,
    items: personalItems,
    readPolicy: async () => ({ state: 'none' }),
    readUsage: async () => ({}),
    readFeedback: async () => [],
    clearFeedback: async () => {},
    suggesterFor: teamSuggester,
    download: (name, text) => downloads.push({ name, text }),
    now: () => new Date('2026-12-01T09:00:00Z'),
    ...overrides,
  });
  return { store, downloads };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('pack import plan', () => {
  it('says what is added, changed and replaced, the pack’s pins first in its order', () => {
    const personal = {
      ...NO_PERSONAL_DATA,
      pins: [{ entry: 'dispatch-policy-faq/q5' }, { entry: 'dispatch-policy-faq/q1', note: '옛 메모' }],
      openers: { 사과: ['옛 사과'] },
      guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN.replace('로그인', '로그 인') }],
    };
    const pack = checked({ ...contractPack(), openers: { 사과: ['새 사과'], 공감: ['새 공감'] }, examples: [{ entry: 'team-extra/q1', text: '번호 바꿨어요' }] });
    const plan = planImport(personal, pack, BUILTIN_GUIDES);
    expect(plan.changes).toEqual([
      { kind: 'changed', what: '고정 답변 dispatch-policy-faq/q1' },
      { kind: 'replaced', what: '가이드 team-extra' },
      { kind: 'added', what: '예시 문장 team-extra/q1: 번호 바꿨어요' },
      { kind: 'added', what: '감성표현 문구 (공감)' },
      { kind: 'replaced', what: '감성표현 문구 (사과)' },
    ]);
    expect(plan.next.pins.map((pin) => pin.entry)).toEqual(['dispatch-policy-faq/q1', 'dispatch-policy-faq/q5']);
    expect(plan.next.openers).toEqual({ 공감: ['새 공감'], 사과: ['새 사과'] });
  });

  it('calls a pack guide with a built-in guide’s id a replacement of the built-in one', () => {
    const plan = planImport(NO_PERSONAL_DATA, checked({ ...contractPack(), pins: [], guides: [{ id: 'dispatch-policy-faq', markdown: TEAM_GUIDE_MARKDOWN }] }), BUILTIN_GUIDES);
    expect(plan.changes).toEqual([{ kind: 'replaced', what: '가이드 dispatch-policy-faq (기본 가이드 대체)' }]);
  });

  it('exports a pack that checks out and imports back to the same data', () => {
    const personal = planImport(NO_PERSONAL_DATA, checked(contractPack()), BUILTIN_GUIDES).next;
    const file = JSON.parse(JSON.stringify(exportPack(personal, '상담 1팀', new Date('2026-12-01T00:00:00Z'))));
    expect(file).toMatchObject({ format: 'replydeck-team-pack', version: 1, name: '상담 1팀', exportedAt: '2026-12-01T00:00:00.000Z' });
    expect(planImport(NO_PERSONAL_DATA, checked(file), BUILTIN_GUIDES).next).toEqual(personal);
    expect(planImport(personal, checked(file), BUILTIN_GUIDES).changes).toEqual([]);
  });
});

describe("the lead's page", () => {
  it('previews an import, then applies all of it', async () => {
    const { store } = leadStore();
    await store.load();
    expect(store.previewImport('team.json', JSON.stringify(contractPack()))).toBe(true);
    expect(store.importPlan.value?.changes.map((change) => change.kind)).toEqual(['added', 'added']);
    expect((await readPersonalData()).pins).toEqual([]);
    expect(await store.applyImport()).toBe(true);
    const saved = await readPersonalData();
    expect(saved.pins.map((pin) => pin.entry)).toEqual(['dispatch-policy-faq/q1']);
    expect(saved.guides.map((guide) => guide.id)).toEqual(['team-extra']);
    expect(store.team.value.origins['team-extra']).toBe('personal');
  });

  it('refuses a malformed pack with every problem named, and changes nothing', async () => {
    const { store } = leadStore();
    await personalItems.pins.setValue([{ entry: 'dispatch-policy-faq/q5', note: '그대로' }]);
    await store.load();
    const broken = { ...contractPack(), pins: [{ entry: 'dispatch-policy-faq/q1', opener: { kind: '사과' } }], guides: [{ id: 'team-extra', markdown: '**Q1. 질문**\n\n**A2.**\n' }] };
    expect(store.previewImport('broken.json', JSON.stringify(broken))).toBe(false);
    expect(store.status.value?.text).toBe('broken.json: 팀 팩을 가져오지 않았습니다. 아무것도 바뀌지 않았습니다.');
    expect(store.status.value?.details?.join('\n')).toMatch(/pins\[0\]\.opener\.text/);
    expect(store.importPlan.value).toBeNull();
    expect(await readPersonalData()).toEqual({ ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q5', note: '그대로' }] });
  });

  it('puts everything back when a save fails halfway through an import', async () => {
    const { store } = leadStore();
    await personalItems.pins.setValue([{ entry: 'dispatch-policy-faq/q5' }]);
    await store.load();
    store.previewImport('team.json', JSON.stringify(contractPack()));
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('guides' in items) throw new Error('IO error');
      return set(items);
    });
    expect(await store.applyImport()).toBe(false);
    vi.restoreAllMocks();
    expect(store.status.value?.text).toContain('가져오기 전으로 되돌렸습니다');
    expect((await readPersonalData()).pins).toEqual([{ entry: 'dispatch-policy-faq/q5' }]);
  });

  it('refuses a malformed guide with its line and keeps the guides as they were', async () => {
    const { store } = leadStore();
    await store.load();
    expect(await store.putGuide('team-extra', TEAM_GUIDE_MARKDOWN)).toBe(true);
    expect(await store.putGuide('team-extra', TEAM_GUIDE_MARKDOWN.replace('**A3.**', '**A9.**'))).toBe(false);
    expect(store.status.value?.details?.[0]).toMatch(/^team-extra\.md: line \d+: /);
    expect((await readPersonalData()).guides[0]!.markdown).toBe(TEAM_GUIDE_MARKDOWN);
  });

  it('orders pins as the lead moves them, and a ticket check shows the pin first', async () => {
    const { store } = leadStore();
    await store.load();
    await store.pin({ entry: 'dispatch-policy-faq/q5' });
    await store.pin({ entry: 'dispatch-policy-faq/q1', note: '먼저' });
    await store.movePin('dispatch-policy-faq/q1', 0);
    expect((await readPersonalData()).pins.map((pin) => pin.entry)).toEqual(['dispatch-policy-faq/q1', 'dispatch-policy-faq/q5']);
    const result = store.check('30분째 기사 배정이 안 돼요. 왜 이렇게 안 잡히나요?');
    expect(result.suggestions[0]?.pin).toEqual({ origin: 'personal', note: '먼저' });
  });

  it('exports the personal data as a pack file', async () => {
    const { store, downloads } = leadStore();
    await personalItems.pins.setValue([{ entry: 'dispatch-policy-faq/q1' }]);
    await store.exportTeamPack('상담 1팀');
    expect(downloads[0]?.name).toBe('replydeck-team-pack-2026-12-01.json');
    expect(checkTeamPack(JSON.parse(downloads[0]!.text), BUILTIN_GUIDES)).toMatchObject({ ok: true, pack: { name: '상담 1팀', pins: [{ entry: 'dispatch-policy-faq/q1' }] } });
  });
});
