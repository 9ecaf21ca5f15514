import { describe, expect, it } from 'vitest';
import { ConceptFinder } from '@/utils/match/concepts';

describe('ConceptFinder', () => {
  const finder = new ConceptFinder({ 사고: ['사고'], 취소: ['취소', '캔슬'], 콜: ['콜'], 배정됨: ['배정됐', '배정완료'] });

  it('finds every form wherever it sits, of one letter or many, spacing aside', () => {
    expect([...finder.find('콜 캔슬하려는데 배정 완료라고 떠요').keys()].sort()).toEqual(['배정됨', '취소', '콜']);
    expect([...finder.find('아무 상관 없는 말').keys()]).toEqual([]);
  });

  it("lists the concepts in the vocabulary's order, not the text's (the first escalation found is the one reported)", () => {
    expect([...finder.find('취소했는데 사고가 났어요', { exactOnly: true }).keys()]).toEqual(['사고', '취소']);
  });

  it('finds an English form only where a word begins, a Korean one anywhere', () => {
    const english = new ConceptFinder({ 안심: ['ok?'], 지연: ['min'], 취소: ['취소'] });
    expect([...english.find('Can I book a driver? Is it ok? 10 min left, 예약취소').keys()].sort()).toEqual(['안심', '지연', '취소']);
    expect([...english.find('Can I book a driver from the admin page?').keys()]).toEqual([]);
  });

  it("tells what a guide's text mentions from its bigrams", () => {
    expect([...finder.mentionedIn(new Set(['콜캔', '캔슬', '배정', '정완', '완료']))].sort()).toEqual(['배정됨', '취소', '콜']);
    expect([...finder.mentionedIn(new Set(['배정', '정이', '이됐']))]).toEqual([]);
  });
});
