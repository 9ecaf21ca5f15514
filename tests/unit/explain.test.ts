import { describe, expect, it } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createExplainer } from '@/utils/match/explain';

const explain = createExplainer(BUILTIN_KNOWLEDGE);
const entry = (id: string) => BUILTIN_KNOWLEDGE.entries.find((each) => each.id.replace(/^.*\//, '') === id)!;
const hits = (text: string, id: string) => explain(text, entry(id)).filter((part) => part.hit).map((part) => part.text);

describe('why an answer was suggested', () => {
  it('marks the words of the ticket that tie it to the entry, in the sentence that shares the most', () => {
    const parts = explain('안녕하세요. 30분째 기사 배차가 안 잡혀요 왜 이런가요?', entry('q1'));
    expect(parts.map((part) => part.text).join('')).toBe('30분째 기사 배차가 안 잡혀요 왜 이런가요?');
    expect(hits('안녕하세요. 30분째 기사 배차가 안 잡혀요 왜 이런가요?', 'q1')).toEqual(expect.arrayContaining(['기사', '배차가']));
  });

  it('names other words for the same thing (캔슬 for 취소) and leaves greetings unmarked', () => {
    expect(hits('호출 캔슬 가능한가요?', 'q3')).toEqual(expect.arrayContaining(['호출', '캔슬']));
    expect(hits('수고하세요', 'q3')).toEqual([]);
  });
});
