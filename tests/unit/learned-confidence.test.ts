import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '@/knowledge/faq-types';
import type { LearnedEvidence } from '@/utils/match/guide-index';
import { rankEvidence } from '@/utils/match/learned-confidence';

const entry = (id: string, question: string, tag: string | null = null) => ({ id, question, tag, guide: 'g' }) as unknown as FaqEntry;
const evidence = (score: number): LearnedEvidence => ({ score, ofTicket: score, ofQuestion: score, cosine: 0, foreignConcepts: 0 });

describe('rankEvidence', () => {
  it('measures an entry against the best entry of another question, not against its situation twin', () => {
    const after = entry('q2', '호출 후 취소할 수 있나요?', '배정 완료 후');
    const during = entry('q3', '호출 후 취소할 수 있나요?', '호출 중');
    const other = entry('q1', '기사 배정이 왜 늦어지나요?');
    const ranked = rankEvidence(new Map([[other, evidence(0.2)], [after, evidence(0.6)], [during, evidence(0.58)]]));
    expect(ranked.map(({ entry: { id }, runnerUp }) => [id, runnerUp])).toEqual([
      ['q2', 0.2],
      ['q3', 0.2],
      ['q1', 0.6],
    ]);
  });
});
