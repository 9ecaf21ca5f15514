// Generates large FAQ documents in the seed's format for benchmarks and tests: the seed's own
// entries first, then made-up entries built from domain words, deterministically from a seed number.

const SUBJECTS = ['포인트', '쿠폰', '영수증', '요금', '결제 수단', '회원 등급', '보험', '운행 기록', '차량 정보', '출발지', '도착지', '경유지', '예약', '법인 계정', '탁송', '알림', '리뷰', '분실물', '고객센터', '기사 평가'];
const ACTIONS = ['변경', '확인', '취소', '등록', '삭제', '조회', '재발급', '환불', '신청', '적용'];
const SITUATIONS = ['운행 전', '운행 중', '운행 후', '예약 시', '결제 후', '가입 직후', '탈퇴 전', '호출 직후'];
const ENDINGS = ['할 수 있나요?', '하려면 어떻게 하나요?', '이 안 돼요.', '은 언제 되나요?', '하면 불이익이 있나요?', '방법을 알려주세요.'];
const SENTENCES = [
  '앱 화면 하단의 메뉴에서 해당 항목을 선택해 주시기 바랍니다.',
  '처리에는 영업일 기준 최대 3일이 소요될 수 있습니다.',
  '자세한 내용은 공지사항을 참고 부탁드립니다.',
  '확인 후 순차적으로 안내해 드리겠습니다.',
  '고객님의 정보는 안전하게 보호됩니다.',
  '일부 서비스는 지역에 따라 제공되지 않을 수 있습니다.',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The seed document with generated entries appended until it holds `total` entries. */
export function generateFaqDocument(seedMarkdown: string, total: number, seed = 42): string {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const existing = (seedMarkdown.match(/^\*\*Q\d+\./gm) ?? []).length;
  const parts = [seedMarkdown.trimEnd()];
  for (let n = existing + 1; n <= total; n++) {
    const situation = next() < 0.4 ? `(${pick(SITUATIONS)}) ` : '';
    const question = `${situation}${pick(SUBJECTS)} ${pick(ACTIONS)}${pick(ENDINGS)}`;
    parts.push(
      [
        '',
        '───────────────────────────────────────────',
        '',
        `**Q${n}. ${question}**`,
        '------------------------------------',
        '',
        '**상담 유형 : 대리\\_고객 ▶ 이용 안내****▶** **기타 ▶ 예약호출, 비즈호출, 기타**',
        '',
        `**A${n}.**`,
        '-------',
        '',
        '****① 고객 발화 시점 및 상황에 맞는 감성표현 활용 필요 (호응, 공감, 양해, 사과)****',
        '',
        `**② 기본안내**${pick(SENTENCES)}  `,
        pick(SENTENCES),
        '',
        pick(SENTENCES),
      ].join('\n'),
    );
  }
  return `${parts.join('\n')}\n`;
}
