/**
 * Masks phone numbers, e-mail addresses and people's names in a customer ticket before a team lead
 * exports it as an evaluation line.
 *
 * The masked text is what the text matcher is evaluated on, so a masked content word (배정, 취소,
 * 기사) would damage the data more than a name left in would: every rule here prefers leaving a
 * name alone to masking a word. Names are only looked for where customers and counselors actually
 * write them (before an honorific or title, after a name label or a self-introduction), never as a
 * bare word that happens to start with a surname.
 */

export const MASKS = { phone: '[전화번호]', email: '[이메일]', name: '[이름]' } as const;

// ── e-mail ───────────────────────────────────────────────────────────────────────────────────────

// The domain is ASCII only: a Hangul particle written straight after the address (hong@naver.com으로)
// must not be read as part of its top-level domain. `*` is allowed in the local part because
// customers half-hide their own address (hong***@naver.com). The local part starts only where one
// can (a run of letters without an @ would otherwise be rescanned from every position in it).
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+*-])[A-Za-z0-9._%+*-]+@(?:${LABEL}\\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`, 'g');

// ── phone numbers ────────────────────────────────────────────────────────────────────────────────

// Every Korean number a person owns starts with 0 (or +82 with that 0 dropped), which is what keeps
// amounts, times and dates (none of which start with a lone 0 followed by 8–10 digits) out.
const MOBILE = '1[016789]';
// Seoul 02, the 0NN regional codes, 070 internet phones, 080 free calls and 050X safe numbers.
const LANDLINE = '2|[3-6][1-5]|70|80|50[2-8]';
const COUNTRY = '\\+\\s?82[-.\\s]?(?:\\(0\\)\\s?|0)?';
const SEP = '(?:\\s?[-.]\\s?|\\s)?';
const AREA = `(?:${MOBILE}|${LANDLINE})`;
// The area code may be in brackets, (02) 123-4567, but brackets around the whole number stay.
const PREFIX = `(?:${COUNTRY}|0)${AREA}${SEP}|\\(0${AREA}\\)\\s?`;
// Digits a customer hid (010-****-5678, 010-12**-5678, 010-xxxx-5678) still make a phone number.
const DIGIT = '[0-9*＊xX●]';
const PHONE = new RegExp(
  // Not the tail of a longer number or code (order numbers, account numbers, 2026-01-…).
  `(?<![0-9A-Za-z]|[0-9A-Za-z][-./])(?:${PREFIX})${DIGIT}{3,4}${SEP}${DIGIT}{4}` +
    `(?![0-9A-Za-z*＊●]|[-.][0-9])`,
  'g',
);

// ── names ────────────────────────────────────────────────────────────────────────────────────────

const COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'];
const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부';

/**
 * Surnames that are also everyday one-syllable words before 기사님/고객님: determiners (이 this, 한
 * one, 전 previous, 제 my, 모 a certain, 현 current, 구 former, 신 new, 원 original, 위 the above),
 * 남/여 (male/female driver), 부 (assistant), answers and interjections (예, 어, 하), 나 (I), and
 * the copula and particle (인, 은) when written apart.
 * "이 기사님" is far more often "this driver" than "Driver Lee", so these are left unmasked there.
 */
const AMBIGUOUS_LONE_SURNAMES = new Set('이한전제모현구신원위남여부예어하나인은');
const LONE_SURNAMES = [...SURNAMES].filter((s) => !AMBIGUOUS_LONE_SURNAMES.has(s)).join('');

/** The first two syllables of common words that start with a surname syllable (배정, 이용, 정말…). */
const NOT_NAME_STARTS = new Set(
  [
    '이번 이것 이거 이쪽 이런 이렇 이름 이메 이용 이후 이전 이따 이사',
    '정말 정보 정상 정도 정류 정확 정산 조금 조심 조회 조치 조건 조부',
    '오늘 오전 오후 오류 오셨 오시 오는 오던 오기 어떻 어떤 어느 어제 어젯 어머 어디',
    '지금 지난 지정 지연 지역 지점 지하 배정 배차 배달 배송 신규 신청 신입 신고 신용',
    '기존 기사 기다 기본 기록 기분 기준 고객 고장 고속 고령 전화 전문 전담 전혀 전부 전체 전달 전임',
    '예약 예정 예전 주문 주소 주차 주말 주의 주유 사용 사고 사업 사무 사진 사실 사장 사람',
    '연락 연결 연세 연장 연구 도착 도중 도로 도움 도와 도우 우리 우선 우수',
    '여러 여성 여자 여기 여권 남성 남자 남편 남은 남아 모든 모두 모르 한번 한국 한도 한참 한의',
    '현재 현금 현장 변경 방금 방법 방문 구매 구간 구청 장거 장소 장애 장난 진짜 진행 진상',
    '소중 소속 소리 소방 공무 공사 공항 공지 경찰 경로 경우 경비 부사 부원 부회 부분 부탁 부모',
    '위치 위원 위험 안내 안전 임산 유학 유료 유치 차량 차주 하루 하나 하지 나중 나이 심야 심각',
    '노선 노무 선택 선불 선교 선생 강남 성실 성함 성별 명의 문자 문의 문제 양해 손해',
    // 안 + a verb is a negation (이름이 안보여요), not 안 the surname.
    '안되 안돼 안와 안오 안나 안보 안떠 안뜨 안맞 안잡 안받 안들 안해 안가',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Last syllables that end a word grammatically (particles, verb and adnominal endings) or end a
 * common noun (…사, …장, …객, …역, …중), and almost never end a Korean given name. 배정된, 소중한,
 * 이번에, 어떻게, 변호사, 주차장 all stop here.
 */
const NOT_NAME_ENDS = new Set(
  '는이가을를에의도만로께와과랑야한된될할던든운겠었았였했됐셨요죠네데다까니냐며면게고해줘봐어여워져돼님씨분들객장사관생처번달밤것거쪽중전시때간내외차당료권증적역드점소구',
);

const NOT_NAMES = new Set(['이미지']);

/** Job titles written straight after a surname (김대리님, 박과장님): only the surname is the name. */
const TITLES = new Set(['기사', '대리', '과장', '부장', '차장', '팀장', '실장', '사장', '주임', '대표', '원장', '소장', '선생', '상무', '전무']);
/** Syllables that make a title into another title (부사장, 여사장, 전대표, 현대표, 신부장), not a surname. */
const TITLE_PREFIXES = new Set('부여남전현구신원');

const HANGUL_BASE = 0xac00;
const FINAL_NG = 21;
/** The final consonant (받침) of a Hangul syllable as its index in the Unicode table, 0 for none. */
const finalConsonant = (syllable: string) => (syllable.charCodeAt(0) - HANGUL_BASE) % 28;

/**
 * Whether a candidate in a name position looks like a name rather than a word. `minGiven` is the
 * shortest given name accepted after a single-syllable surname: 2 everywhere (김민, 이용 and 배정
 * look the same), 1 only after a colon label, where 이름: 김솔 can mean nothing else.
 */
function isPlausibleName(candidate: string, minGiven: number): boolean {
  const surname = COMPOUND_SURNAMES.find((c) => candidate.startsWith(c) && candidate.length > c.length) ?? candidate.slice(0, 1);
  const given = candidate.slice(surname.length);
  if (surname.length === 1 && given.length < minGiven) return false;
  if (NOT_NAMES.has(candidate) || NOT_NAME_ENDS.has(candidate.slice(-1))) return false;
  // Names end in 은 after an open syllable or ㅇ (지은, 하은, 정은); the topic particle 은 follows
  // any other final consonant (정책은, 오늘은, 지금은).
  const beforeLast = candidate.slice(-2, -1);
  if (candidate.endsWith('은') && ![0, FINAL_NG].includes(finalConsonant(beforeLast))) return false;
  // A compound surname is itself the evidence: 남궁민, 선우재덕.
  return surname.length === 2 || !NOT_NAME_STARTS.has(candidate.slice(0, 2));
}

/** The candidate's mask: the whole name, only the surname before a title, or nothing. */
function maskCandidate(candidate: string, minGiven: number): string {
  const [surname = '', ...rest] = candidate;
  const title = rest.join('');
  if (TITLES.has(title)) {
    // 이기사님 may be "this driver"; 이대리님 is Mr Lee.
    const ambiguous = title === '기사' ? !LONE_SURNAMES.includes(surname) : TITLE_PREFIXES.has(surname);
    return ambiguous || NOT_NAME_STARTS.has(candidate.slice(0, 2)) ? candidate : MASKS.name + title;
  }
  return isPlausibleName(candidate, minGiven) ? MASKS.name : candidate;
}

const COMPOUND = COMPOUND_SURNAMES.join('|');
/** Single surname + 2-syllable given name, or compound surname + 1–2 (tried first: 선우재덕). */
const NAME = `(?:${COMPOUND})[가-힣]{1,2}|[${SURNAMES}][가-힣]{2}`;
const SHORT_NAME = `(?:${COMPOUND})[가-힣]{1,2}|[${SURNAMES}][가-힣]{1,2}`;

// What may follow a name: not more of the same word, except a particle or a copula.
const AFTER_NAME =
  '(?=$|[^가-힣]|입니다|이에요|이예요|예요|이고|이라고|라고|이라는|라는|이구요|이요|요|님|씨|이가|가|이는|는|은|이를|를|을|의|에게|한테|께서|이랑|랑|과|와|이도|도|으로|로|이며|이었|였|이야|야)';
const COPULA = '(?=입니다|이에요|이예요|예요|이고|이라고|라고|이구요)';

// Labels a name follows: forms, bookings, bank transfers, counselors' sign-offs.
const NAME_LABELS =
  '이름|성함|성명|예약자명|예약자|고객명|기사명|주문자명|주문자|신청자명|신청자|탑승자명|탑승자|입금자명|입금자|예금주|명의자|담당자|상담원|상담사';

// Each label is looked for behind a surname only (checked first because it is cheap), and the
// spaces around it are bounded: otherwise every position of a long text or a long run of whitespace
// would be scanned backwards.
const AT_SURNAME = `(?=[${SURNAMES}])`;
const COLON_LABELLED = new RegExp(`${AT_SURNAME}(?<=(?:${NAME_LABELS})\\s{0,3}[:：]\\s{0,3})(?:${SHORT_NAME})${AFTER_NAME}`, 'g');
const LABELLED = new RegExp(`${AT_SURNAME}(?<=(?:${NAME_LABELS})\\s{0,3}(?:은|는|이|가|:|：)?\\s{0,3})(?:${NAME})${AFTER_NAME}`, 'g');
// "저는 최수진이라고 합니다": only with a copula, since 저는 is followed by anything at all.
const INTRODUCED = new RegExp(`${AT_SURNAME}(?<=(?<![가-힣])(?:저는|나는|전\\s|난\\s)\\s{0,3})(?:${NAME})${COPULA}`, 'g');

// Titles and honorifics kept after the mask (홍길동 고객님 → [이름] 고객님), plus letter sign-offs.
// 씨 is not 씨발; 고객 is not 고객센터.
const HONORIFICS =
  '고객님|고객(?!센터)|회원님|기사님|기사|선생님|사장님|팀장님|과장님|매니저님|상담사|상담원|님|씨(?![발빨바팔])|드림|올림';
const BEFORE_HONORIFIC = new RegExp(`(?<![가-힣])(?:${NAME})(?=\\s?(?:${HONORIFICS}))`, 'g');

// "김 기사님", "김기사가", "박 과장님": a surname alone before a title. 기사 must end there
// (고기사먹었어요 is 고기 사 먹었어요); other titles written attached (김과장님) are found as names
// before an honorific. Spaced, they need 님: "정 대리 불러야" is not Mr Jeong.
const TITLE_END = '(?=님|분|가|는|를|도|랑|와|한테|에게|께|의|입|이|[^가-힣]|$)';
const LONE_SURNAME = new RegExp(
  `(?<![가-힣])[${LONE_SURNAMES}](?=\\s?기사${TITLE_END}|\\s(?:${[...TITLES].join('|')}|고객|매니저)님|\\s(?:상담사|상담원))`,
  'g',
);

// Latin-letter names, as foreign customers write them.
const LATIN_NAME = /(?<=(?<![A-Za-z])(?:[Mm]y\s)?[Nn]ame(?:\sis|\s{0,3}[:：])\s{0,3}|(?:이름|성함|성명)\s{0,3}[:：]\s{0,3})[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2}/g;

function maskNames(text: string, pattern: RegExp, minGiven: number): string {
  return text.replace(pattern, (candidate) => maskCandidate(candidate, minGiven));
}

/**
 * The text with phone numbers, e-mail addresses and people's names replaced by `MASKS`. Masking
 * an already masked text changes nothing.
 */
export function maskPersonalData(text: string): string {
  // E-mail first: an address may hold a phone number (01012345678@naver.com) or a name label.
  let masked = text.replace(EMAIL, MASKS.email).replace(PHONE, MASKS.phone);
  masked = masked.replace(LATIN_NAME, MASKS.name).replace(LONE_SURNAME, MASKS.name);
  masked = maskNames(masked, COLON_LABELLED, 1);
  masked = maskNames(masked, LABELLED, 2);
  masked = maskNames(masked, INTRODUCED, 2);
  return maskNames(masked, BEFORE_HONORIFIC, 2);
}
