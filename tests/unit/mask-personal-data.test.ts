import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData } from '@/utils/team/mask-personal-data';

describe('phone numbers', () => {
  it.each([
    ['010-1234-5678로 연락 주세요', '[전화번호]로 연락 주세요'],
    ['번호는 010 1234 5678 입니다', '번호는 [전화번호] 입니다'],
    ['01012345678', '[전화번호]'],
    ['010.1234.5678', '[전화번호]'],
    ['+82 10-1234-5678', '[전화번호]'],
    ['+821012345678로 전화 주세요', '[전화번호]로 전화 주세요'],
    ['011-123-4567', '[전화번호]'],
    ['사무실 02-123-4567', '사무실 [전화번호]'],
    ['031-1234-5678 (집)', '[전화번호] (집)'],
    ['(02) 123-4567', '[전화번호]'],
    ['연락처(010-1234-5678)로 주세요', '연락처([전화번호])로 주세요'],
    ['안심번호 0505-123-4567', '안심번호 [전화번호]'],
    ['070-1234-5678', '[전화번호]'],
    ['제 번호 010-****-5678 맞아요', '제 번호 [전화번호] 맞아요'],
    ['010-12**-5678', '[전화번호]'],
    ['감사합니다.010-1234-5678', '감사합니다.[전화번호]'],
  ])('masks %s', (text, expected) => {
    expect(maskPersonalData(text)).toBe(expected);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['hong@naver.com으로 영수증 보내주세요', '[이메일]으로 영수증 보내주세요'],
    ['first.last+tag@company.co.kr', '[이메일]'],
    ['메일: hong***@daum.net.', '메일: [이메일].'],
    // The address is masked as a whole, not as a phone number inside it.
    ['01012345678@naver.com', '[이메일]'],
  ])('masks %s', (text, expected) => {
    expect(maskPersonalData(text)).toBe(expected);
  });
});

describe('names', () => {
  it.each([
    // Before an honorific or title, which stays.
    ['안녕하세요 홍길동 고객님, 문의 주셔서 감사합니다.', '안녕하세요 [이름] 고객님, 문의 주셔서 감사합니다.'],
    ['김철수님 맞으시죠?', '[이름]님 맞으시죠?'],
    ['박민수 기사님이 너무 불친절했어요', '[이름] 기사님이 너무 불친절했어요'],
    ['이영희 씨한테 물어보세요', '[이름] 씨한테 물어보세요'],
    ['김철수고객님', '[이름]고객님'],
    ['이정은 고객님께서', '[이름] 고객님께서'],
    ['감사합니다.\n박지영 드림', '감사합니다.\n[이름] 드림'],
    // After an introduction or a label.
    ['제 이름은 김민지입니다', '제 이름은 [이름]입니다'],
    ['저는 최수진이라고 합니다', '저는 [이름]이라고 합니다'],
    ['전 박지후입니다', '전 [이름]입니다'],
    ['예약자 정지훈으로 되어 있어요', '예약자 [이름]으로 되어 있어요'],
    ['이름: 강하늘', '이름: [이름]'],
    ['성함은 윤서연입니다', '성함은 [이름]입니다'],
    ['기사님 성함이 정수철이었어요', '기사님 성함이 [이름]이었어요'],
    ['예금주 홍길동', '예금주 [이름]'],
    ['상담원 김민지였습니다', '상담원 [이름]였습니다'],
    // A two-syllable name only after a colon label, where it can be nothing else.
    ['성명 : 이솔', '성명 : [이름]'],
    // Compound surnames.
    ['남궁민 고객님', '[이름] 고객님'],
    ['선우재덕님', '[이름]님'],
    // A surname alone before a title: the surname is masked, the title stays.
    ['김 기사님 감사합니다', '[이름] 기사님 감사합니다'],
    ['최기사님이 짐을 들어주셨어요', '[이름]기사님이 짐을 들어주셨어요'],
    ['박 기사가 배정됐다고 떴어요', '[이름] 기사가 배정됐다고 떴어요'],
    ['김대리님 번호를 잘못 넣었어요', '[이름]대리님 번호를 잘못 넣었어요'],
    ['박 과장님께 전달했어요', '[이름] 과장님께 전달했어요'],
    // Latin letters.
    ['My name is John Smith', 'My name is [이름]'],
    ['name: Hong Gildong', 'name: [이름]'],
  ])('masks %s', (text, expected) => {
    expect(maskPersonalData(text)).toBe(expected);
  });
});

describe('what is not personal data stays', () => {
  it.each([
    // Numbers that are not phone numbers.
    '요금이 15,000원 나왔는데 원래 30000원 아닌가요?',
    '23:40에 호출했는데 11시 30분에 왔어요',
    '2026-12-01 예약건, 12/1 오후 2026.12.01',
    '예약번호: 20261201-0034, 주문번호 A-1234-5678',
    '주문번호 ORD01012345678, 운송장 0212345678901',
    '카드 1234-5678-9012-3456, 계좌 110-123-456789 로 환불해 주세요',
    '고객센터 1588-0000 으로 전화했어요',
    '3명이 2대 불렀어요',
    // Words that start with a surname syllable, where no name is.
    '기사님이 20분째 안 오세요',
    '고객님 안녕하세요',
    '기사가 배정이 안 돼요. 호출 취소하면 수수료 나오나요?',
    '배정된 기사님이 취소했어요',
    '이번에 온 기사님 너무 친절했어요',
    '강남역 3번 출구에서 신용카드로 결제했어요',
    '우체국 고객센터에 물어보니 여기로 하래요',
    '정말 죄송합니다. 이용해 주셔서 감사합니다.',
    '조금만 기다려 주세요 고객님',
    '한번 더 확인 부탁드려요',
    '소중한 고객님께 드리는 쿠폰',
    '카카오 T 대리의 배정 정책은 고객님의 대기 시간을 줄이기 위해',
    '황당한 기사님은 처음이에요',
    '배정후 기사님이 취소했어요',
    '배정기사님이 안 와요',
    '여사장님이 친절하세요',
    // Determiners and interjections that are also surnames.
    '이 기사님 너무 불친절해요',
    '한 기사님이 오셨다가 가셨어요',
    '예 고객님, 확인해 드리겠습니다',
    '여기사님으로 배정해 주세요',
    // Name positions holding an ordinary word.
    '성함이 어떻게 되시나요?',
    '예약자 정보가 달라요',
    '예약자 변경 가능한가요',
    '이름이 안보여요',
    '이름 기재 부탁드려요',
    '이름 기재란에 적었어요',
    '저는 이용자인데요',
    '저는 강아지랑 같이 탔어요',
    '아 진짜 황당함 씨바',
    '상담원 연결해 주세요',
  ])('leaves %s', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('a whole ticket', () => {
  it('changes only the personal parts', () => {
    const ticket = [
      '안녕하세요. 어제 23:40에 강남역에서 대리 호출했는데 배정된 기사님이 30분 넘게 안 오셨어요.',
      '김 기사님이라고 떴는데 전화도 안 받으시고, 결국 취소했더니 취소 수수료 3,000원이 나왔네요.',
      '예약자 정지훈이고 번호는 010-1234-5678, 영수증은 jihoon.jung@naver.com 으로 보내주세요.',
      '감사합니다.',
      '정지훈 드림',
    ].join('\n');
    expect(maskPersonalData(ticket)).toBe(
      [
        '안녕하세요. 어제 23:40에 강남역에서 대리 호출했는데 배정된 기사님이 30분 넘게 안 오셨어요.',
        '[이름] 기사님이라고 떴는데 전화도 안 받으시고, 결국 취소했더니 취소 수수료 3,000원이 나왔네요.',
        '예약자 [이름]이고 번호는 [전화번호], 영수증은 [이메일] 으로 보내주세요.',
        '감사합니다.',
        '[이름] 드림',
      ].join('\n'),
    );
  });

  it('comes back unchanged when nothing in it is personal', () => {
    const ticket = '배정 후에 기사님이 취소하면 불이익이 있나요? 호출 취소는 어디서 하나요? 요금은 25,000원이었어요.';
    expect(maskPersonalData(ticket)).toBe(ticket);
  });

  it('is the same masked twice as masked once', () => {
    const ticket = [
      '홍길동 고객님, 제 이름은 김민지입니다. 이름: 강하늘, 성함은 윤서연, 김 기사님, 최기사님, 김대리님',
      '010-1234-5678, +82 10-1234-5678, 02-123-4567, hong@naver.com, My name is John Smith',
    ].join('\n');
    const once = maskPersonalData(ticket);
    expect(once).not.toBe(ticket);
    expect(maskPersonalData(once)).toBe(once);
  });

  it('uses the published masks', () => {
    expect(MASKS).toEqual({ phone: '[전화번호]', email: '[이메일]', name: '[이름]' });
  });
});
