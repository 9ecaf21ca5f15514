import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FaqParseError, parseFaqDocument, stripMarkdown } from '@/knowledge/faq-parser';

const SEED = readFileSync(resolve(import.meta.dirname, '../../knowledge/dispatch-policy-faq.md'), 'utf8');
const SUBTYPES = ['멀티호출', '타인호출', '예약호출', '비즈호출', '탁송호출', '경유호출', '기타'];
const TYPE_PATH = ['대리_고객', '호출/운행', '호출정책'];
const ALL_KINDS = ['호응', '공감', '양해', '사과'];

describe('parseFaqDocument on the dispatch-policy seed', () => {
  const doc = parseFaqDocument(SEED, 'dispatch-policy-faq.md');
  const byId = Object.fromEntries(doc.entries.map((entry) => [entry.id, entry]));

  it('reads the title and six entries in order', () => {
    expect(doc.title).toBe('[채팅-전화]  배정 정책(기사 배정, 호출 취소, 배정 후 기사 통화 등)');
    expect(doc.entries.map((entry) => entry.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it('splits every consultation type into path and sub-types, with escapes and stray bold removed', () => {
    for (const entry of doc.entries) {
      expect(entry.typePath).toEqual(TYPE_PATH);
      expect(entry.subtypes).toEqual(SUBTYPES);
      expect(entry.empathy.kinds).toEqual(ALL_KINDS);
    }
  });

  it('pins Q1 with its example opener and the complaint branch kept apart', () => {
    expect(byId.q1).toMatchObject({
      question: '기사 배정이 늦어지거나, 안되는 경우는 왜 그런가요?',
      tag: null,
      empathy: { example: '먼저, 서비스 이용에 불편을 드려 죄송합니다. 기사 배정이 되지 않아, 문의해 주셨는데요.' },
      answer: [
        '카카오 T 대리의 배정 정책은 고객님의 대기 시간을 줄이기 위해 가장 가까운 기사로 배정해 드립니다.',
        '다만, 호출량/날씨 등 상황에 따라 배정이 가능한 기사가 부족한 경우에는 배정이 안되거나, 늦어질 수 있는 점 참고 부탁드립니다.',
      ],
      branches: [
        {
          name: '불만 제기 시',
          paragraphs: [
            '간혹, 요금 직접입력 등 너무 낮은 요금으로 호출 시에는 배정이 어려울 수도 있습니다.',
            '그런경우 원활한 배정을 위해 요금제를 추천해 드리고 있습니다.\n' +
              'AI 추천 요금의 경우 기사와의 배정율을 높여주는 추천 요금제로 AI가 요금을 자동으로 추천해 드리고 있으며, 직접 입력의 경우 고객님께서 호출이 원활한 적정 금액으로 직접 입력하여 호출도 가능합니다.\n' +
              '현재 호출이 원활하지 않을 경우 해당 요금제를 선택하여 호출해 보시기 바랍니다.',
          ],
        },
      ],
    });
  });

  it('pins Q2 (after assignment)', () => {
    expect(byId.q2).toMatchObject({
      question: '호출 후 취소할 수 있나요?',
      tag: '배정 완료 후',
      empathy: { example: null },
      answer: [
        '카카오 T 대리 호출 후 취소는 가능한데요.\n혹시, 기사가 배정되었습니까?',
        "이미 기사가 배정된 상태로 운행이 불가피할 경우에만 신고 부탁드리며, 화면 상단의 '호출 취소' 버튼을 눌러 취소해 주시기 바랍니다.",
        '다만, 배정 후 취소가 누적되면 서비스 이용이 제한될 수 있어 해당 기능은 신중하게 눌러 주시길 바랍니다.',
      ],
      branches: [],
    });
  });

  it('pins Q3 (while calling)', () => {
    expect(byId.q3).toMatchObject({
      question: '호출 후 취소할 수 있나요?',
      tag: '호출 중',
      answer: [
        '카카오 T 대리 호출 후 취소는 가능한데요.\n혹시, 기사가 배정되었습니까?',
        "호출 중 화면에서 '호출 취소' 버튼을 눌러 취소해 주시기 바랍니다.",
      ],
      branches: [],
    });
  });

  it('pins Q4 (multi-call wrong number)', () => {
    expect(byId.q4).toMatchObject({
      question: '전화번호를 잘못 입력 후 호출했어요.',
      tag: '멀티콜',
      answer: ['전화번호 잘못 입력하셨다면 기사에게 전화를 걸거나, 카카오 T 앱 메시지 기능을 통해 올바른 전화번호를 알려주시기 바랍니다.'],
    });
  });

  it('pins Q5 with its line break kept and trailing spaces dropped', () => {
    expect(byId.q5).toMatchObject({
      question: '배정 후 기사에게 통화하면 제 번호가 노출되나요?',
      tag: null,
      answer: ['개인 정보 보호를 위해 카카오 T 앱을 통해 기사와 통화 시도 시 발신번호 표시 제한이 적용되어\n전화번호가 노출되지 않습니다.'],
    });
  });

  it('pins Q6 (partner-company driver)', () => {
    expect(byId.q6).toMatchObject({
      question: '카카오 T 대리와 제휴를 맺은 업체 소속 기사가 배정되었다고 하는데 괜찮은건가요?',
      tag: '위탁콜',
      answer: [
        '고객님께 보다 빠르게 기사을 배정해 드리기 위해 카카오 T 대리와 제휴를 맺은 업체 소속 기사가 배정될 수 있습니다.',
        '요금 및 보험 등 서비스 혜택은 동일하니 안심하고 이용해 보시기 바랍니다.',
      ],
    });
  });

  it('gives the same entries without the table of contents and with CRLF line ends', () => {
    const withoutToc = SEED.replace(/\* \*\*목차\*\*[\s\S]*?(?=\n─)/, '');
    expect(withoutToc).not.toContain('목차');
    expect(parseFaqDocument(withoutToc).entries).toEqual(doc.entries.map((entry) => ({ ...entry, source: expect.any(String) })));
    expect(parseFaqDocument(SEED.replace(/\n/g, '\r\n'), 'dispatch-policy-faq.md').entries).toEqual(doc.entries);
  });
});

describe('parseFaqDocument on malformed input', () => {
  const entry = (n: number, body = '**② 기본안내**답변입니다.') => `**Q${n}. 질문 ${n}?**\n---\n\n**A${n}.**\n---\n\n${body}\n`;

  function failure(markdown: string): FaqParseError {
    try {
      parseFaqDocument(markdown, 'team.md');
    } catch (error) {
      expect(error).toBeInstanceOf(FaqParseError);
      return error as FaqParseError;
    }
    throw new Error('expected a parse error');
  }

  it('rejects a document without questions', () => {
    expect(failure('# 제목\n\n그냥 메모입니다.\n').message).toBe('team.md: line 1: no questions found; each entry starts with a "**Q1. …**" heading');
  });

  it('names the line of an answer heading that does not match its question', () => {
    const error = failure(`${entry(1)}**Q2. 둘째?**\n\n**A3.**\n**② 기본안내**답\n`);
    expect(error.line).toBe(10);
    expect(error.reason).toContain('A3 does not match question Q2');
  });

  it('names a question that has no basic answer', () => {
    const error = failure(`${entry(1)}\n**Q2. 둘째?**\n\n**A2.**\n\n****① 감성표현 (공감)****\n`);
    expect(error.reason).toBe('A2 has no basic answer ("**② 기본안내**" followed by text)');
    expect(error.line).toBe(11);
  });

  it('names a question without an answer heading', () => {
    const error = failure(`${entry(1)}**Q2. 둘째?**\n`);
    expect(error.line).toBe(8);
    expect(error.reason).toBe('Q2 has no answer heading (A2.)');
  });

  it('names stray text between a question and its answer', () => {
    const error = failure(`**Q1. 질문?**\n설명 없는 문장\n**A1.**\n**② 기본안내**답\n`);
    expect(error.line).toBe(2);
  });

  it('names a duplicated question number', () => {
    const error = failure(`${entry(1)}${entry(1)}`);
    expect(error.reason).toBe('Q1 appears twice (first at line 1)');
  });

  it('accepts a minimal entry and reads its situation tag and opener kinds', () => {
    const doc = parseFaqDocument(`**Q7. (예약) 예약 호출도 되나요?**\n\n**A7.**\n\n****① 감성표현 (호응, 양해)****\n\n**② 기본안내**\n\n네, 됩니다.  \n앱에서 예약하세요.\n`);
    expect(doc.entries[0]).toMatchObject({
      id: 'q7',
      tag: '예약',
      question: '예약 호출도 되나요?',
      empathy: { kinds: ['호응', '양해'], example: null },
      answer: ['네, 됩니다.\n앱에서 예약하세요.'],
      typePath: [],
      subtypes: [],
    });
  });
});

describe('stripMarkdown', () => {
  it('removes bold markers and escapes and turns no-break spaces into spaces', () => {
    expect(stripMarkdown('**상담 유형 : 대리\\_고객\u00a0▶ 호출/운행****▶**')).toBe('상담 유형 : 대리_고객 ▶ 호출/운행▶');
  });
});
