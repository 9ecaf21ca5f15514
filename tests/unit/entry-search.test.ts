import { describe, expect, it } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createEntrySearch } from '@/utils/suggest/entry-search';

const search = createEntrySearch(BUILTIN_KNOWLEDGE);
const ids = (query: string) => search(query).map((entry) => entry.id.replace(/^.*\//, ''));

describe('searching the guides', () => {
  it('finds an entry by the words of its question, its situation tag or its consultation type', () => {
    expect(ids('번호 노출')[0]).toBe('q5');
    expect(ids('위탁콜')[0]).toBe('q6');
    expect(ids('멀티콜')[0]).toBe('q4');
    // A consultation sub-type as written lists every entry filed under it, not only those whose words share it.
    expect(ids('비즈호출').sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it('is Korean-aware like the matcher: spacing, synonyms and colloquial wording', () => {
    expect(ids('기사 매칭이 안돼')).toContain('q1');
    expect(ids('캔슬')).toEqual(expect.arrayContaining(['q2', 'q3']));
  });

  it('returns nothing for an empty query', () => {
    expect(search('   ')).toEqual([]);
  });
});
