import { describe, expect, it } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import { composeCombinedReply, composeReply } from '@/utils/compose-reply';
import { applyClarifyChoice } from '@/utils/suggest/suggester';

const entry = (id: string) => BUILTIN_KNOWLEDGE.entries.find((each) => each.id === id || each.id.endsWith(`/${id}`))!;
const match = createMatcher(BUILTIN_KNOWLEDGE);
const ASK = '혹시, 기사가 배정되었습니까?';

describe('composing a reply', () => {
  it('joins a line the guide broke mid-sentence, and keeps breaks between sentences', () => {
    const q5 = composeReply(entry('q5'), { opener: null });
    expect(q5).toContain('발신번호 표시 제한이 적용되어 전화번호가 노출되지 않습니다.');
    const q1 = composeReply(entry('q1'), { opener: null, branches: ['불만 제기 시'] });
    expect(q1).toContain('어려울 수도 있습니다.\n\n그런경우');
  });

  it('keeps the guide’s question while the state is unknown and leaves it out once the ticket tells it', () => {
    const asked = match('대리 호출 취소할 수 있나요?');
    expect(asked.clarify).not.toBeNull();
    expect(asked.suggestions.find((suggestion) => suggestion.entry.id.endsWith('q2'))!.reply).toContain(ASK);

    const told = match('기사님이 이미 배정 완료됐는데 취소할 수 있나요?');
    expect(told.clarify).toBeNull();
    const q2 = told.suggestions[0]!;
    expect(q2.entry.id).toMatch(/q2$/);
    expect(q2.reply).not.toContain(ASK);
    expect(q2.reply).toContain('카카오 T 대리 호출 후 취소는 가능한데요.\n\n이미 기사가 배정된 상태로');
  });

  it('leaves the question out once the counselor answers it', () => {
    const asked = match('대리 호출 취소할 수 있나요?');
    const q2 = asked.clarify!.options[0]!.id;
    const chosen = applyClarifyChoice(asked, q2).suggestions[0]!;
    expect(chosen.entry.id).toBe(q2);
    expect(chosen.reply).not.toContain(ASK);
  });

  it('answers two questions under one opener', () => {
    const reply = composeCombinedReply(
      [
        { entry: entry('q5'), branches: [], omit: [] },
        { entry: entry('q4'), branches: [], omit: [] },
      ],
      '문의해 주셔서 감사합니다.',
    );
    const paragraphs = reply.split('\n\n');
    expect(paragraphs[0]).toBe('문의해 주셔서 감사합니다.');
    expect(reply.indexOf('발신번호 표시 제한')).toBeLessThan(reply.indexOf(entry('q4').answer[0]!.split('\n')[0]!));
    expect(reply.match(/감사합니다\./g)).toHaveLength(1);
  });
});
