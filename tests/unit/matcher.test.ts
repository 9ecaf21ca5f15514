import { describe, expect, it } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { parseGuide } from '@/knowledge/guide';
import { buildKnowledgeBase } from '@/knowledge/knowledge-base';
import { createMatcher } from '@/utils/match/matcher';
import { foldText, normalizeText } from '@/utils/match/text';
import { createFocuser } from '@/utils/match/focus';
import { VOCABULARY } from '@/knowledge/vocabulary';

const match = createMatcher(BUILTIN_KNOWLEDGE);
const topId = (text: string) => match(text).suggestions[0]?.entry.id ?? null;
/** The opener kind the ticket's moment calls for. */
const kind = (text: string) => match(text).tone.kind;

describe('text normalization', () => {
  it('folds width, case, spacing and punctuation', () => {
    expect(normalizeText('ＡＢＣ\u00a0배정')).toBe('abc 배정');
    expect(foldText('기사 배정이 안 돼요?!')).toBe(foldText('기사배정이안돼요'));
  });

  it('matches the same with and without spaces', () => {
    expect(topId('기사 배정이 왜 안 되나요')).toBe('q1');
    expect(topId('기사배정이왜안되나요')).toBe('q1');
  });
});

describe('Korean-aware matching', () => {
  it('tolerates a one-letter (jamo) slip in a stem', () => {
    expect(topId('배졍이 너무 안대요')).toBe('q1');
    expect(topId('기사님 배정 된 다음에 췻소 할수잇나요')).toBe('q2');
  });

  it('understands colloquial synonyms and English', () => {
    expect(topId('배차가 계속 안 잡혀요')).toBe('q1');
    expect(topId('협력사 기사님이 온다는데 믿어도 되나요')).toBe('q6');
    expect(topId('If I call the driver, can he see my phone number?')).toBe('q5');
  });

  it('reads Korean typed with the keyboard in English mode', () => {
    // "qowjdtl dksehody" is "배정이 안돼요" typed on a QWERTY layout.
    expect(match('qowjddl dksehody').suggestions[0]?.entry.id).toBe('q1');
  });

  it('asks the question from the latest message, not from quoted history or the signature', () => {
    const focus = createFocuser(VOCABULARY.noise);
    const focused = focus('안녕하세요\n멀티콜 번호를 잘못 넣었어요\n감사합니다.\n홍길동 드림\n> 이전 답변: 호출 취소는 호출 중 화면에서 가능합니다.');
    expect(focused.question).toBe('멀티콜 번호를 잘못 넣었어요');
    expect(topId('멀티콜 번호를 잘못 넣었어요\n\n-----Original Message-----\n배정 후 취소하면 불이익 있나요?')).toBe('q4');
  });

  it('reads at most the first 20,000 characters of a megabyte ticket, and matches only their head and tail', () => {
    const filler = '가나다라 마바사 '.repeat(130_000);
    const late = `${filler}\n멀티콜 번호를 잘못 넣었어요`;
    expect(late.length).toBeGreaterThan(1_000_000);
    // Words past the read cap are never seen; the same words inside it are.
    expect(match(late).suggestions).toEqual([]);
    expect(topId(`멀티콜 번호를 잘못 넣었어요\n${filler}`)).toBe('q4');
    expect(topId(`${filler.slice(0, 15_000)}\n멀티콜 번호를 잘못 넣었어요`)).toBe('q4');
    const focused = createFocuser(VOCABULARY.noise)(late);
    expect(focused.question.length).toBeLessThanOrEqual(2_001);
    expect(focused.whole.length).toBeLessThanOrEqual(2_001);
  });
});

describe('state cues and clarification', () => {
  it('separates cancelling after assignment from cancelling while calling', () => {
    expect(topId('기사님 이미 배정됐는데 취소 가능한가요')).toBe('q2');
    expect(topId('아직 기사 안 잡혔는데 호출 취소하고 싶어요')).toBe('q3');
    expect(match('기사님 이미 배정됐는데 취소 가능한가요').clarify).toBeNull();
  });

  it("returns both and the guide's own question when the ticket says neither", () => {
    const result = match('대리 호출 취소할 수 있나요?');
    expect(result.suggestions.map((suggestion) => suggestion.entry.id).slice(0, 2)).toEqual(['q2', 'q3']);
    expect(result.clarify).toEqual({
      question: '혹시, 기사가 배정되었습니까?',
      options: [
        { id: 'q2', label: '네, 배정되었어요' },
        { id: 'q3', label: '아직 호출 중이에요' },
      ],
    });
  });
});

describe('abstention and confidence', () => {
  it.each([
    '지난주 운행 영수증을 이메일로 받을 수 있나요?',
    '차에 지갑을 두고 내렸어요',
    '카카오 T 택시가 20분째 안 와요',
    '회원 탈퇴는 어디서 하나요?',
    '배정 후 취소해서 나온 취소 수수료 환불해 주세요',
    '오늘 날씨 어때요',
  ])('stays silent on a question the guide does not answer: %s', (text) => {
    expect(match(text).suggestions).toEqual([]);
  });

  it('gives a confidence between 0 and 1, higher for a clearer ticket', () => {
    const clear = match('멀티콜로 부른 친구 전화번호를 잘못 입력했어요').suggestions[0]!;
    const vague = match('번호 잘못').suggestions[0]!;
    expect(clear.entry.id).toBe('q4');
    expect(clear.confidence).toBeGreaterThan(vague?.confidence ?? 0);
    expect(clear.confidence).toBeLessThanOrEqual(1);
  });
});

describe('tone → opener', () => {
  it('apologises to an upset customer and adds the complaint branch', () => {
    const [top] = match('30분째 기사 배정이 안 되네요 진짜 짜증나요!!').suggestions;
    expect(top!.opener).toEqual({ kind: '사과', text: '먼저, 서비스 이용에 불편을 드려 죄송합니다. 기사 배정이 되지 않아, 문의해 주셨는데요.' });
    expect(top!.reply).toContain('너무 낮은 요금으로 호출 시에는 배정이 어려울 수도 있습니다.');
  });

  it('empathises with worry, answers a plain question plainly, and keeps the complaint branch out', () => {
    expect(match('기사님께 전화하면 제 번호가 보일까 봐 걱정돼요').suggestions[0]!.opener.kind).toBe('공감');
    const plain = match('협력 업체 소속 기사님이 배정되었다는데 서비스가 같나요?').suggestions[0]!;
    expect(plain.opener.kind).toBe('호응');
    expect(match('가까운 기사부터 배정되는 건가요?').suggestions[0]!.reply).not.toContain('너무 낮은 요금');
  });

  it('tells a state not reached yet from a failure suffered, and a reassurance sought from a plain how-to', () => {
    expect(kind('아직 기사 안 잡혔는데 그냥 취소하려구요')).toBe('호응');
    expect(kind('아직도 기사 안 잡혔어요 취소할게요')).toBe('사과');
    expect(kind('호출 취소 어떻게 해요?')).toBe('호응');
    expect(kind('지금 취소하면 수수료 나갈까 봐요')).toBe('공감');
    expect(kind('배정 전에 취소하면 아무 문제 없죠?')).toBe('공감');
  });

  it('reads a cue only where the customer wrote it, not from a word\'s last letter into the next word', () => {
    // 협력사 기사 holds 사기 (fraud), 통화하면 제 holds 면제 (waiver), 요금이 중간에 holds 이중 (double charge).
    expect(kind('협력사 기사님이 오셨는데 서비스 차이 있나요?')).toBe('호응');
    expect(kind('기사님이랑 통화하면 제 전화번호가 기사님한테 보이나요?')).toBe('호응');
    expect(kind('운행 중에 요금이 중간에 바뀌었어요. 최종 금액은 언제 정해져요')).toBe('호응');
    // 전화가 holds 화가 (anger) inside one word; a deadline asked about is no complaint.
    expect(kind('기사님 전화가 왔는데 받으면 되나요?')).toBe('호응');
    expect(kind('진짜 화가 나네요 기사 언제 와요')).toBe('사과');
    expect(kind('쿠폰 언제까지 쓸 수 있어요?')).toBe('호응');
    // Written across a space, in a compound, or across the cue's own break, the cue is still read.
    expect(kind('이게 말이 돼요? 기사 배정이 안 되잖아요')).toBe('사과');
    expect(kind('기사님께 전화걸면 제번호 뜨는지 궁금하네요')).toBe('공감');
    expect(kind('지금 취소하면 수수료 나갈까 봐요')).toBe('공감');
  });

  it('reads the moment in Korean typed with the keyboard in English mode, and not in an English text\'s short words', () => {
    expect(kind('gkstlrksWo rltk dks wkqgudy Wkwmdsk')).toBe('사과'); // 한시간째 기사 안 잡혀요 짜증나
    expect(kind('Why am I waiting for so long?')).toBe('사과'); // am → 므, for → 랙, so → 내 would hide "waiting for"
  });

  it('asks for understanding when the customer wants an exception', () => {
    expect(match('멀티콜 번호 잘못 넣었는데 상담원님이 바꿔주실 수 있어요?').suggestions[0]!.opener.kind).toBe('양해');
  });
});

describe('consultation sub-type', () => {
  it.each([
    ['멀티콜로 부른 번호를 잘못 넣었어요', '멀티호출'],
    ['예약해 둔 대리 호출 취소하고 싶어요 기사님 배정됐어요', '예약호출'],
    ['법인 계정으로 부른 대리가 배정이 안 돼요', '비즈호출'],
    ['탁송 호출했는데 기사 배정이 늦어요', '탁송호출'],
    ['경유지 넣어서 불렀는데 배정이 안 돼요', '경유호출'],
    ['부모님 대리 불러드렸는데 번호를 잘못 입력했어요', '타인호출'],
    ['기사 배정이 왜 늦나요', '기타'],
  ])('%s → %s', (text, subtype) => {
    expect(match(text).suggestions[0]?.subtype).toBe(subtype);
  });
});

describe('documents without cues', () => {
  it('still match through their own wording, with weaker recall', () => {
    const markdown = '**Q1. 포인트는 언제 적립되나요?**\n\n**A1.**\n\n**② 기본안내**포인트는 운행 완료 후 24시간 안에 적립됩니다.\n';
    const matcher = createMatcher(buildKnowledgeBase([parseGuide('points.md', markdown)]));
    expect(matcher('포인트 적립은 언제 되나요?').suggestions[0]?.entry.id).toBe('q1');
    expect(matcher('영수증 재발급 부탁드려요').suggestions).toEqual([]);
  });
});
