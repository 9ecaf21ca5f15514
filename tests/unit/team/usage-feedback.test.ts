import { describe, expect, it } from 'vitest';
import { addFeedback, feedbackLines, type Feedback } from '@/utils/team/feedback';
import { countUsage, createUsageRecorder, isoWeek, usageRows, type UsageLog } from '@/utils/team/usage';

const MONDAY = new Date(2026, 10, 30, 9);

describe('usage counts', () => {
  it('names ISO weeks, across a year boundary too', () => {
    expect(isoWeek(new Date(2026, 10, 30))).toBe('2026-W49');
    expect(isoWeek(new Date(2026, 11, 6))).toBe('2026-W49');
    expect(isoWeek(new Date(2026, 11, 7))).toBe('2026-W50');
    expect(isoWeek(new Date(2027, 0, 1))).toBe('2026-W53');
  });

  it('counts suggested, inserted, copied, the rank chosen and clarify answers per entry', () => {
    let log: UsageLog = {};
    log = countUsage(log, { type: 'suggested', entries: ['g/q1', 'g/q2'] }, MONDAY);
    log = countUsage(log, { type: 'suggested', entries: ['g/q1'] }, MONDAY);
    log = countUsage(log, { type: 'inserted', entry: 'g/q1', rank: 1 }, MONDAY);
    log = countUsage(log, { type: 'copied', entry: 'g/q2', rank: 2 }, MONDAY);
    log = countUsage(log, { type: 'inserted', entry: 'g/q2', rank: 'team' }, MONDAY);
    log = countUsage(log, { type: 'clarified', entry: 'g/q2' }, MONDAY);
    expect(usageRows(log, '2026-W49')).toEqual([
      { entry: 'g/q2', suggested: 1, inserted: 1, copied: 1, chosenRank: { 2: 1, team: 1 }, clarified: 1 },
      { entry: 'g/q1', suggested: 2, inserted: 1, copied: 0, chosenRank: { 1: 1 }, clarified: 0 },
    ]);
  });

  it('keeps the last eight weeks only', () => {
    let log: UsageLog = {};
    for (let week = 0; week < 10; week++) log = countUsage(log, { type: 'suggested', entries: ['g/q1'] }, new Date(2026, 0, 5 + 7 * week));
    expect(Object.keys(log)).toEqual(['2026-W04', '2026-W05', '2026-W06', '2026-W07', '2026-W08', '2026-W09', '2026-W10', '2026-W11']);
  });

  it('records events one after another, none lost when they come together', async () => {
    let stored: UsageLog = {};
    const item = {
      getValue: async () => stored,
      setValue: async (value: UsageLog) => {
        stored = value;
      },
    };
    const record = createUsageRecorder(item, () => MONDAY);
    await Promise.all([record({ type: 'inserted', entry: 'g/q1', rank: 1 }), record({ type: 'inserted', entry: 'g/q1', rank: 1 }), record({ type: 'copied', entry: 'g/q1', rank: 1 })]);
    expect(stored['2026-W49']?.['g/q1']).toMatchObject({ inserted: 2, copied: 1, chosenRank: { 1: 3 } });
  });
});

describe('feedback export', () => {
  const item = (text: string, expect: string[]): Feedback => ({ text, expect, suggested: ['dispatch-policy-faq/q2'], at: '2026-12-01T00:00:00Z' });

  it('writes evaluation lines with personal data masked by default', () => {
    const list = [item('홍길동 고객입니다. 010-1234-5678로 온 기사님 번호가 달라요', ['dispatch-policy-faq/q4']), item('포인트 환불 되나요? hong@example.com', [])];
    const lines = feedbackLines(list, { mask: true }).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { text: '[이름] 고객입니다. [전화번호]로 온 기사님 번호가 달라요', expect: ['dispatch-policy-faq/q4'] },
      { text: '포인트 환불 되나요? [이메일]', expect: [] },
    ]);
    expect(feedbackLines(list, { mask: false })).toContain('010-1234-5678');
  });

  it('keeps the newest 500 reports', () => {
    let list: Feedback[] = [];
    for (let index = 0; index < 505; index++) list = addFeedback(list, item(`문의 ${index}`, []));
    expect(list).toHaveLength(500);
    expect(list[0]!.text).toBe('문의 5');
  });
});
