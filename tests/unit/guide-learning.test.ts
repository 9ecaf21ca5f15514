import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExamples, parseGuide } from '@/knowledge/guide';
import { buildKnowledgeBase } from '@/knowledge/knowledge-base';
import { indexKnowledge } from '@/utils/match/knowledge-index';
import { createMatcher } from '@/utils/match/matcher';

/** A guide written like the seed, on another topic, with no cue file: all the matcher knows is the guide. */
const ACCOUNT_GUIDE = `# [채팅-전화] 회원 계정

**Q1. 가입할 때 등록한 휴대폰 번호를 바꾸고 싶어요.**
---

**상담 유형 : 대리\\_고객 ▶ 회원 ▶ 회원정보 ▶ 번호변경, 기타**

**A1.**
---

**② 기본안내**앱의 내 정보 메뉴에서 휴대폰 번호를 변경하실 수 있습니다.

───

**Q2. 예약 호출은 어떻게 하나요?**
---

**상담 유형 : 대리\\_고객 ▶ 호출/운행 ▶ 예약 ▶ 기타**

**A2.**
---

**② 기본안내**호출 화면에서 예약 버튼을 누르고 원하는 시간을 고르시면 됩니다.

───

**Q3. (탈퇴 전) 회원 탈퇴하면 포인트는 어떻게 되나요?**
---

**상담 유형 : 대리\\_고객 ▶ 회원 ▶ 탈퇴 ▶ 기타**

**A3.**
---

**② 기본안내**혹시, 이미 탈퇴를 진행하셨습니까?

탈퇴 전이라면 남은 포인트를 먼저 사용하시길 권해 드립니다.

───

**Q4. (탈퇴 후) 회원 탈퇴하면 포인트는 어떻게 되나요?**
---

**상담 유형 : 대리\\_고객 ▶ 회원 ▶ 탈퇴 ▶ 기타**

**A4.**
---

**② 기본안내**혹시, 이미 탈퇴를 진행하셨습니까?

탈퇴 후에는 포인트가 소멸되어 복구할 수 없습니다.
`;

/** A second topic whose every question says 예약, with a situation pair like the dispatch guide's cancel questions. */
const RESERVATION_GUIDE = `# [채팅-전화] 예약 호출

**Q1. 대리 예약은 어떻게 하나요? 며칠 전부터 예약할 수 있나요?**
---

**상담 유형 : 대리\\_고객 ▶ 호출/운행 ▶ 예약호출 ▶ 예약방법, 기타**

**A1.**
---

**② 기본안내**호출 화면에서 '예약'을 누르고 날짜와 시간을 고르시면 됩니다. 최대 7일 전부터 예약하실 수 있습니다.

───

**Q2. (기사 배정 전) 예약 호출을 취소할 수 있나요?**
---

**상담 유형 : 대리\\_고객 ▶ 호출/운행 ▶ 예약호출 ▶ 예약취소, 기타**

**A2.**
---

**② 기본안내**혹시, 예약하신 건에 기사가 배정되었습니까?

배정 대기 상태라면 이용기록 > 예약 탭에서 바로 취소하실 수 있고, 수수료는 없습니다.

───

**Q3. (기사 배정 후) 예약 호출을 취소할 수 있나요?**
---

**상담 유형 : 대리\\_고객 ▶ 호출/운행 ▶ 예약호출 ▶ 예약취소, 기타**

**A3.**
---

**② 기본안내**혹시, 예약하신 건에 기사가 배정되었습니까?

배정된 뒤에도 이용기록 > 예약 탭에서 취소하실 수 있으며, 예약 시간 1시간 이내라면 취소 수수료가 예약금에서 차감됩니다.
`;

/** A guide on another part of the service, whose every question says 대리운전 (customers write 대리). */
const vehicles = parseGuide(
  'vehicle-faq.md',
  [
    ['수입차나 고가의 차량도 대리운전을 이용할 수 있나요?', '차종과 관계없이 이용하실 수 있습니다.'],
    ['동승자나 반려동물도 대리운전 차량에 함께 탈 수 있나요?', '좌석 수 안에서 함께 타실 수 있고, 반려동물은 이동장에 넣어 주세요.'],
    ['대리운전이 끝났는데 차량 키를 돌려받지 못했어요.', '앱의 기사에게 연락하기로 키를 둔 곳을 확인해 주세요.'],
  ]
    .map(([question, answer], index) => `**Q${index + 1}. ${question}**\n---\n\n**상담 유형 : 대리\\_고객 ▶ 이용안내 ▶ 이용조건 ▶ 기타**\n\n**A${index + 1}.**\n---\n\n**② 기본안내**${answer}\n`)
    .join('\n───\n\n'),
);

const account = parseGuide('account-faq.md', ACCOUNT_GUIDE);
const alone = createMatcher(buildKnowledgeBase([account]));
const topOf = (match: typeof alone, text: string) => match(text).suggestions[0]?.entry.id;

describe('matching learned from the guide itself (no cue file)', () => {
  it("finds an entry through the service's shared wording: synonyms, spacing, endings", () => {
    expect(topOf(alone, '핸드폰 번호가 바뀌었는데 앱에서 어떻게 수정하나요')).toBe('q1');
    expect(topOf(alone, '대리 미리 예약해두고 싶은데 어떻게해요?')).toBe('q2');
  });

  it('reads Korean typed with the keyboard in English mode ("dPdir ghcnf" = 예약 호출)', () => {
    expect(topOf(alone, 'dPdir ghcnf djEjgrp gkaus ehlsk?')).toBe('q2');
  });

  it("asks the guide's own question when entries differ only by situation and the ticket names none", () => {
    const result = alone('회원 탈퇴 시 포인트는 어떻게 되나요?');
    expect(result.clarify).toEqual({
      question: '혹시, 이미 탈퇴를 진행하셨습니까?',
      options: [
        { id: 'q3', label: '탈퇴 전' },
        { id: 'q4', label: '탈퇴 후' },
      ],
    });
  });

  it('picks the situation the ticket tells through its verb: done already, or about to', () => {
    expect(alone('어제 탈퇴했는데 포인트 남아있던거 어떻게 되나요').clarify).toBeNull();
    expect(topOf(alone, '어제 탈퇴했는데 포인트 남아있던거 어떻게 되나요')).toBe('q4');
    expect(topOf(alone, '탈퇴하려는데 포인트는 어떻게 되나요')).toBe('q3');
    // "탈퇴해버렸는데" typed with the keyboard in English mode.
    expect(alone('xkfxhlgo qjfuTsmsep 포인트 어떻게 되나요').clarify).toBeNull();
    expect(topOf(alone, 'xkfxhlgo qjfuTsmsep 포인트 어떻게 되나요')).toBe('q4');
  });

  it('reads a situation from the other one ruled out, where the shared vocabulary has no word for either', () => {
    const signUp = parseGuide(
      'sign-up-faq.md',
      ['(인증 완료 후)', '(가입 중)']
        .map((tag, index) => `**Q${index + 1}. ${tag} 회원 가입을 그만둘 수 있나요?**\n---\n\n**상담 유형 : 대리\\_고객 ▶ 회원 ▶ 가입 ▶ 기타**\n\n**A${index + 1}.**\n---\n\n**② 기본안내**혹시, 본인 인증을 마치셨습니까?\n\n${index === 0 ? '인증을 마치셨다면 내 정보에서 가입을 철회하실 수 있습니다.' : '가입 화면을 닫으시면 가입이 진행되지 않습니다.'}\n`)
        .join('\n───\n\n'),
    );
    const match = createMatcher(buildKnowledgeBase([signUp]));
    expect(match('회원 가입 그만두고 싶어요').clarify?.question).toBe('혹시, 본인 인증을 마치셨습니까?');
    // Not yet verified: not (인증 완료 후), so (가입 중).
    expect(match('아직 인증 안 됐는데 회원 가입 그만두고 싶어요')).toMatchObject({ clarify: null, suggestions: [{ entry: { id: 'q2' } }] });
    expect(match('인증 완료했는데 회원 가입 그만두고 싶어요')).toMatchObject({ clarify: null, suggestions: [{ entry: { id: 'q1' } }] });
  });

  it("meets a customer's word with the guide's through the vocabulary of the whole service, not one topic's", () => {
    const match = createMatcher(buildKnowledgeBase([vehicles]));
    expect(topOf(match, '외제차도 이용 가능한가요?')).toBe('q1');
    expect(topOf(match, '강아지 데리고 타도 돼요?')).toBe('q2');
    expect(topOf(match, '기사님이 스마트키를 안 주고 가셨어요')).toBe('q3');
  });

  it('stays silent on a question the guide does not answer', () => {
    expect(alone('오늘 날씨가 너무 좋네요 산책 가야겠어요').suggestions).toEqual([]);
  });

  it('counts the service\'s concepts a ticket names that the guide never mentions, and stays silent on them', () => {
    const reservationAlone = buildKnowledgeBase([parseGuide('reservation-faq.md', RESERVATION_GUIDE)]);
    const { index } = indexKnowledge(reservationAlone);
    const foreign = (text: string) => Math.max(...[...index.evidence(text).values()].map((evidence) => evidence.foreignConcepts));
    expect(foreign('회원 탈퇴 방법 알려주세요')).toBe(1);
    expect(foreign('예약 호출 취소 방법 알려주세요')).toBe(0);
    expect(createMatcher(reservationAlone)('회원 탈퇴 방법 알려주세요').suggestions).toEqual([]);
  });
});

describe('several guides together', () => {
  const dispatchDir = resolve(import.meta.dirname, '../../knowledge');
  const dispatch = parseGuide(
    'dispatch-policy-faq.md',
    readFileSync(resolve(dispatchDir, 'dispatch-policy-faq.md'), 'utf8'),
    JSON.parse(readFileSync(resolve(dispatchDir, 'dispatch-policy-faq.cues.json'), 'utf8')),
  );
  const together = createMatcher(buildKnowledgeBase([dispatch, account]));

  it("prefer the guide whose topic the ticket says: a cancel question without 예약 is not the reservation guide's", () => {
    const plainDispatch = parseGuide('dispatch-policy-faq.md', readFileSync(resolve(dispatchDir, 'dispatch-policy-faq.md'), 'utf8'));
    const reservation = parseGuide('reservation-faq.md', RESERVATION_GUIDE);
    const both = createMatcher(buildKnowledgeBase([plainDispatch, reservation]));
    // The reservation guide's tags say "기사 배정 전/후" word for word; its topic, 예약, the ticket does not say.
    expect(both('기사 배정된 후에 취소할 수 있나요?').suggestions[0]?.entry.id).toBe('dispatch-policy-faq/q2');
    expect(both('아직 기사 배정 전인데 취소 가능한가요').suggestions[0]?.entry.id).toBe('dispatch-policy-faq/q3');
    expect(both('예약 호출했는데 기사 배정 후에 취소하면 수수료 있나요?').suggestions[0]?.entry.id).toBe('reservation-faq/q3');
    expect(both('내일 예약해둔 거 아직 배정 전인데 취소할게요').suggestions[0]?.entry.id).toBe('reservation-faq/q2');
  });

  it("learn a guide's topic from the service's concepts, not from wording its questions happen to share (대리운전)", () => {
    const both = createMatcher(buildKnowledgeBase([vehicles, parseGuide('reservation-faq.md', RESERVATION_GUIDE)]));
    // Customers say 대리, seldom 대리운전: a ticket without it is still the vehicle guide's.
    expect(both('외제차도 이용 가능한가요?').suggestions[0]?.entry.id).toBe('vehicle-faq/q1');
    expect(both('강아지 데리고 같이 타도 돼요?').suggestions[0]?.entry.id).toBe('vehicle-faq/q2');
  });

  it("name entries by guide, and one guide's out-of-scope words never silence another guide's entry", () => {
    // 탈퇴 and 포인트 are outside the dispatch guide, as its cue file says: the account guide still answers.
    expect(together('어제 탈퇴했는데 포인트 남아있던거 어떻게 되나요').suggestions[0]?.entry.id).toBe('account-faq/q4');
    expect(together('30분째 호출 중인데 기사 배정이 안 됩니다').suggestions[0]?.entry.id).toBe('dispatch-policy-faq/q1');
  });
});

describe('example phrasings', () => {
  it('are read from JSON lines, a bad line named by file and line', () => {
    const ids = new Set(['q1', 'q2']);
    expect(parseExamples('{"entry":"q1","text":"폰 바꿨어요"}\n\n{"entry":"q2","text":"미리 불러둘래요"}\n', 'a.examples.jsonl', ids)).toEqual([
      { entry: 'q1', text: '폰 바꿨어요' },
      { entry: 'q2', text: '미리 불러둘래요' },
    ]);
    expect(() => parseExamples('{"entry":"q1","text":"x"}\n{"entry":"q9","text":"y"}', 'a.examples.jsonl', ids)).toThrow('a.examples.jsonl: line 2: the guide has no entry "q9"');
    expect(() => parseExamples('{"entry":"q1"', 'a.examples.jsonl', ids)).toThrow(/a\.examples\.jsonl: line 1: not valid JSON/);
  });

  it("teach the matcher a team's own wording for an entry", () => {
    const text = '통신사 옮기면서 새 유심 끼웠어요';
    expect(topOf(alone, text)).toBeUndefined();
    const taught = parseGuide('account-faq.md', ACCOUNT_GUIDE, undefined, [{ entry: 'q1', text: '통신사 옮기고 유심 새로 끼웠는데 앱은 어떻게 해요' }]);
    expect(topOf(createMatcher(buildKnowledgeBase([taught])), text)).toBe('q1');
  });
});

describe('the dispatch guide, read without its cue file', () => {
  const builtIn = createMatcher(buildKnowledgeBase([parseGuide('dispatch-policy-faq.md', readFileSync(resolve(import.meta.dirname, '../../knowledge/dispatch-policy-faq.md'), 'utf8'))]));

  it('reads the situation from what the ticket rules out, whatever the particles: not yet assigned is (호출 중)', () => {
    const told = (text: string) => {
      const result = builtIn(text);
      return result.clarify ? 'asks' : result.suggestions[0]?.entry.id;
    };
    // The tag (호출 중) names the calling state; these tickets say the other tag's (배정 완료 후) has not happened.
    expect(told('아직 배정 안 됐는데 취소할 수 있나요?')).toBe('q3');
    expect(told('배정 전에 호출 취소 돼요?')).toBe('q3');
    expect(told('기사님 배정까지 완료됐는데 취소하려구요')).toBe('q2');
    expect(told('기사 배정이 이미 됐는데 취소 돼요?')).toBe('q2');
    // 배정 alone, the head of the tag (배정 완료 후), says neither situation.
    expect(told('배정 관련해서 호출 취소하고 싶어요')).toBe('asks');
  });

  it('answers an English ticket through the shared concepts, its untranslatable words not held against the guide', () => {
    expect(builtIn('Why is it taking so long to find a driver?').suggestions[0]?.entry.id).toBe('q1');
    expect(builtIn('What is the weather like in Busan tomorrow?').suggestions).toEqual([]);
  });

  it('answers both questions of a ticket that asks two, and says so', () => {
    const result = builtIn('멀티콜로 친구 불렀는데 전화번호를 잘못 입력했어요. 그리고 기사님과 통화하면 제 번호가 노출되나요?');
    expect([...result.questions].sort()).toEqual(['q4', 'q5']);
    expect(result.suggestions.map((suggestion) => suggestion.entry.id)).toEqual(expect.arrayContaining(['q4', 'q5']));
    expect(builtIn('멀티콜로 친구 불렀는데 전화번호를 잘못 입력했어요. 어떻게 하죠?').questions).toEqual([]);
  });

  it('escalates an accident, violence or the police instead of answering, and nothing else', () => {
    expect(builtIn('대리 운행 중에 사고가 났어요 보험 처리 어떻게 하나요')).toMatchObject({ suggestions: [], escalate: { reason: '사고' } });
    expect(builtIn('기사님이 폭언을 하고 경찰까지 불렀어요 배정 취소 되나요')).toMatchObject({ suggestions: [] });
    expect(builtIn('기사님이 폭언을 하고 경찰까지 불렀어요 배정 취소 되나요').escalate).not.toBeNull();
    expect(builtIn('기사님이 강아지가 짖는다고 이동장을 발로 찼어요 배정 취소하고 싶어요').escalate).toEqual({ reason: '폭력·괴롭힘' });
    expect(builtIn('기사가 소리를 지르면서 욕을 하더라고요 다른 기사로 배정 안 되나요').escalate).toEqual({ reason: '폭력·괴롭힘' });
    // Not an accident that happened, not a driver who was drunk: answered as usual.
    expect(builtIn('멀티콜 한 대만 취소 가능한가요').escalate).toBeNull();
    expect(builtIn('외부 업체 기사가 오면 사고 났을 때 누가 책임지나요?').escalate).toBeNull();
  });

  it('reads past the police as routine business (lost property handed to them), not past the police called', () => {
    expect(builtIn('분실물 찾으러 연락했더니 벌써 경찰서로 넘어갔다네요 이제 어디로 가야 돼요').escalate).toBeNull();
    expect(builtIn('지갑은 경찰서로넘어갔대요').escalate).toBeNull();
    expect(builtIn('지갑은 경찰서로 넘어갔고 기사님은 경찰 불러서 조사받았어요').escalate).toEqual({ reason: '경찰' });
  });

  it('escalates a driver who keeps contacting a frightened customer, not contact or fear alone', () => {
    expect(builtIn('대리기사가 운행 끝나고 나서 계속 카톡을 보내요 너무 무서워요').escalate).toEqual({ reason: '폭력·괴롭힘' });
    expect(builtIn('여자 혼자라 기사님과 통화하면 제 번호 저장될까 봐 무서워요').escalate).toBeNull();
    expect(builtIn('기사님이 계속 전화하시는데 제가 어디 있는지 못 찾으시나 봐요').escalate).toBeNull();
  });

  it('escalates a driver assigned who does not come and cannot be reached, not one who is only late', () => {
    expect(builtIn('기사 배정까지 됐는데 50분째 안 오고 전화도 안받아요').escalate).toEqual({ reason: '기사 미도착' });
    expect(builtIn('기사 배정됐는데 아직 안 와요 언제쯤 오시나요').escalate).toBeNull();
  });
});

describe('example phrasings are other ways of asking', () => {
  it('a ticket that says one of them is answered as surely as if the entry had only that one', () => {
    const examples = ['유심 바꿨어요', '통신사 옮겼어요', '새 폰 개통했어요', '번호이동 했는데요', '예전 번호 해지했어요'].map((text) => ({ entry: 'q1', text }));
    const taught = createMatcher(buildKnowledgeBase([parseGuide('account-faq.md', ACCOUNT_GUIDE, undefined, examples)]));
    for (const ticket of ['통신사 옮겼는데 어떡하죠', '가입할 때 등록한 휴대폰 번호를 바꾸고 싶어요']) {
      expect(taught(ticket).suggestions[0]).toMatchObject({ entry: { id: 'q1' }, confidence: expect.any(Number) });
      expect(taught(ticket).suggestions[0]!.confidence, ticket).toBeGreaterThan(0.9);
    }
  });
});
