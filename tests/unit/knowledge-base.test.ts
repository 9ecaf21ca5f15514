import { describe, expect, it } from 'vitest';
import { CuesError } from '@/knowledge/cues';
import { parseGuide } from '@/knowledge/guide';
import { buildKnowledgeBase } from '@/knowledge/knowledge-base';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';

const DOC = '**Q1. 포인트는 언제 적립되나요?**\n\n**A1.**\n\n**② 기본안내**운행 후 적립됩니다.\n';

describe('buildKnowledgeBase', () => {
  it('loads the built-in dispatch guide, parsed at build time, with cues for every entry', () => {
    const ids = BUILTIN_KNOWLEDGE.entries.map((entry) => entry.id).filter((id) => /^(dispatch-policy-faq\/)?q\d+$/.test(id));
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(BUILTIN_KNOWLEDGE.entryCues).sort()).toEqual([...ids].sort());
  });

  it('keeps ids unique across several documents', () => {
    const base = buildKnowledgeBase([
      parseGuide('a.md', DOC),
      parseGuide('dir/b.md', DOC, { entries: { q1: { requires: [['배정']] } } }),
    ]);
    expect(base.entries.map((entry) => entry.id)).toEqual(['a/q1', 'b/q1']);
    expect(Object.keys(base.entryCues)).toEqual(['b/q1']);
  });

  it('rejects cues that name an unknown concept or entry, naming the cue file', () => {
    expect(() => buildKnowledgeBase([parseGuide('points.md', DOC, { entries: { q1: { requires: [['적립금']] } } })])).toThrow(
      new CuesError('entries.q1.requires names an unknown concept "적립금"', 'points.cues.json'),
    );
    expect(() => buildKnowledgeBase([parseGuide('points.md', DOC, { entries: { q9: { requires: [['배정']] } } })])).toThrow(
      'points.cues.json: entries.q9: the FAQ has no entry "q9"',
    );
  });

  it('accepts concepts a cue file defines for itself', () => {
    const base = buildKnowledgeBase([
      parseGuide('points.md', DOC, { concepts: { 적립금: ['포인트', '적립'] }, entries: { q1: { requires: [['적립금']] } } }),
    ]);
    expect(base.concepts).toEqual({ 적립금: ['포인트', '적립'] });
  });
});
