import { describe, expect, it } from 'vitest';
import { CuesError } from '@/knowledge/cues';
import { buildKnowledgeBase } from '@/knowledge/knowledge-base';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';

const DOC = '**Q1. 포인트는 언제 적립되나요?**\n\n**A1.**\n\n**② 기본안내**운행 후 적립됩니다.\n';

describe('buildKnowledgeBase', () => {
  it('loads the built-in guide with cues for every entry', () => {
    expect(BUILTIN_KNOWLEDGE.entries).toHaveLength(6);
    expect(Object.keys(BUILTIN_KNOWLEDGE.entryCues).sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(BUILTIN_KNOWLEDGE.clarify[0]!.between).toEqual({ q2: '배정됨', q3: '호출중' });
  });

  it('keeps ids unique across several documents', () => {
    const base = buildKnowledgeBase([
      { file: 'a.md', markdown: DOC },
      { file: 'dir/b.md', markdown: DOC, cues: { entries: { q1: { requires: [['배정']] } } } },
    ]);
    expect(base.entries.map((entry) => entry.id)).toEqual(['a/q1', 'b/q1']);
    expect(Object.keys(base.entryCues)).toEqual(['b/q1']);
  });

  it('rejects cues that name an unknown concept or entry, naming the cue file', () => {
    expect(() => buildKnowledgeBase([{ file: 'points.md', markdown: DOC, cues: { entries: { q1: { requires: [['적립금']] } } } }])).toThrow(
      new CuesError('entries.q1.requires names an unknown concept "적립금"', 'points.cues.json'),
    );
    expect(() => buildKnowledgeBase([{ file: 'points.md', markdown: DOC, cues: { entries: { q9: { requires: [['배정']] } } } }])).toThrow(
      'points.cues.json: entries.q9: the FAQ has no entry "q9"',
    );
  });

  it('accepts concepts a cue file defines for itself', () => {
    const base = buildKnowledgeBase([
      { file: 'points.md', markdown: DOC, cues: { concepts: { 적립금: ['포인트', '적립'] }, entries: { q1: { requires: [['적립금']] } } } },
    ]);
    expect(base.concepts).toEqual({ 적립금: ['포인트', '적립'] });
  });
});
