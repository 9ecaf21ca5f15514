import { OPENER_KINDS, type AnswerBranch, type FaqDocument, type FaqEntry, type OpenerKind } from './faq-types';

/** A FAQ document that does not follow the counseling-guide format; `line` is 1-based. */
export class FaqParseError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}line ${line}: ${reason}`);
    this.name = 'FaqParseError';
  }
}

type Section = 'before-answer' | 'answer' | 'empathy' | 'basic' | 'branch';

interface EntryDraft {
  number: number;
  line: number;
  title: string;
  typeLine: string | null;
  answerLine: number | null;
  kinds: OpenerKind[];
  example: string | null;
  answer: string[];
  branches: AnswerBranch[];
}

const SEPARATOR = /^─{3,}$/;
const SETEXT_UNDERLINE = /^(-{3,}|={3,})$/;
const QUESTION = /^Q(\d+)\s*[.:)]\s*(.+)$/;
const ANSWER = /^A(\d+)\s*[.:)]?$/;
const TYPE_LINE = /^상담\s*유형\s*[:：]\s*(.+)$/;
const SITUATION_TAG = /^\(([^)]+)\)\s*(.+)$/;
const EXAMPLE = /\(\s*예시\s*[:：]\s*(.+)\)\s*$/;

/**
 * Removes the markdown the guide is written in (bold markers, backslash escapes, heading marks)
 * and the no-break spaces its editor leaves behind, keeping every other character as written.
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/(?<!\\)(\*\*|__)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    .replace(/\u00a0/g, ' ');
}

/** Splits a raw line that starts with a bold label (`**② 기본안내**rest`) into label and rest. */
function splitBoldLabel(raw: string): { label: string; rest: string } {
  const match = /^\*{2,}(.+?)\*{2,}(.*)$/.exec(raw.trim());
  if (!match) return { label: stripMarkdown(raw).trim(), rest: '' };
  return { label: stripMarkdown(match[1]!).trim(), rest: stripMarkdown(match[2]!).trim() };
}

function parseEmpathy(plain: string): { kinds: OpenerKind[]; example: string | null } {
  const example = EXAMPLE.exec(plain)?.[1]?.trim() ?? null;
  const withoutExample = example ? plain.replace(EXAMPLE, '') : plain;
  const listed = /\(([^)]*)\)/.exec(withoutExample)?.[1] ?? '';
  const kinds = listed
    .split(/[,，]/)
    .map((kind) => kind.trim())
    .filter((kind): kind is OpenerKind => (OPENER_KINDS as readonly string[]).includes(kind));
  return { kinds: kinds.length > 0 ? kinds : [...OPENER_KINDS], example };
}

function parseTypeLine(value: string): { typePath: string[]; subtypes: string[] } {
  const segments = value
    .split('▶')
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length < 2) return { typePath: segments, subtypes: [] };
  const last = segments[segments.length - 1]!;
  return {
    typePath: segments.slice(0, -1),
    subtypes: last
      .split(/[,，]/)
      .map((subtype) => subtype.trim())
      .filter(Boolean),
  };
}

/**
 * Parses a counseling-guide FAQ document (the format of `dispatch-policy-faq.md`) into entries.
 * Throws {@link FaqParseError} naming the offending line when the document is malformed.
 */
export function parseFaqDocument(markdown: string, file?: string): FaqDocument {
  const lines = markdown.replace(/^\uFEFF/, '').split('\n');
  const drafts: EntryDraft[] = [];
  let title = '';
  let current: EntryDraft | null = null;
  let section: Section = 'before-answer';
  let paragraph: string[] = [];
  let target: string[] | null = null;

  const fail = (reason: string, line: number): never => {
    throw new FaqParseError(reason, line, file);
  };
  const flushParagraph = () => {
    if (target && paragraph.length > 0) target.push(paragraph.join('\n'));
    paragraph = [];
  };
  const startContent = (into: string[], firstText: string) => {
    flushParagraph();
    target = into;
    if (firstText) paragraph.push(firstText);
  };

  lines.forEach((rawWithCr, index) => {
    const raw = rawWithCr.replace(/\r$/, '');
    const lineNo = index + 1;
    const trimmed = raw.trim();
    const plain = stripMarkdown(trimmed).trim();

    if (trimmed === '' || plain === '') {
      flushParagraph();
      return;
    }
    if (SEPARATOR.test(trimmed) || SETEXT_UNDERLINE.test(trimmed)) {
      flushParagraph();
      return;
    }

    const question = QUESTION.exec(plain);
    if (question && (trimmed.startsWith('**Q') || trimmed.startsWith('#') || trimmed.startsWith('Q'))) {
      flushParagraph();
      target = null;
      const number = Number(question[1]);
      const duplicate = drafts.find((draft) => draft.number === number);
      if (duplicate) fail(`Q${number} appears twice (first at line ${duplicate.line})`, lineNo);
      current = {
        number,
        line: lineNo,
        title: question[2]!.trim(),
        typeLine: null,
        answerLine: null,
        kinds: [...OPENER_KINDS],
        example: null,
        answer: [],
        branches: [],
      };
      drafts.push(current);
      section = 'before-answer';
      return;
    }

    if (!current) {
      if (!title && /^#\s/.test(trimmed)) title = plain;
      // Everything else before the first question (table of contents, notes) is preamble.
      return;
    }
    const entry: EntryDraft = current;

    const answer = ANSWER.exec(plain);
    if (answer) {
      if (section !== 'before-answer') fail(`second answer heading for Q${entry.number}`, lineNo);
      if (Number(answer[1]) !== entry.number) {
        fail(`answer heading A${answer[1]} does not match question Q${entry.number} (line ${entry.line})`, lineNo);
      }
      entry.answerLine = lineNo;
      section = 'answer';
      return;
    }

    if (section === 'before-answer') {
      const type = TYPE_LINE.exec(plain);
      if (type) {
        entry.typeLine = type[1]!;
        return;
      }
      fail(`unexpected text between Q${entry.number} and its answer heading (A${entry.number}.): "${plain.slice(0, 40)}"`, lineNo);
    }

    if (plain.startsWith('①')) {
      flushParagraph();
      target = null;
      Object.assign(entry, parseEmpathy(plain));
      section = 'empathy';
      return;
    }
    if (plain.startsWith('②')) {
      const { rest } = splitBoldLabel(trimmed);
      startContent(entry.answer, rest);
      section = 'basic';
      return;
    }
    if (plain.startsWith('>')) {
      const { label, rest } = splitBoldLabel(trimmed);
      const name = label.replace(/^>\s*/, '').trim();
      if (!name) fail('a branch heading (> …) needs a name, e.g. "> 불만 제기 시"', lineNo);
      const branch: AnswerBranch = { name, paragraphs: [] };
      entry.branches.push(branch);
      startContent(branch.paragraphs, rest);
      section = 'branch';
      return;
    }

    if (section === 'empathy') {
      const example = /^\(?\s*예시\s*[:：]\s*(.+?)\)?$/.exec(plain);
      if (example) {
        entry.example = example[1]!.trim();
        return;
      }
      fail(`unexpected text in the empathy section of A${entry.number}; write the basic answer after "**② 기본안내**"`, lineNo);
    }
    if (section === 'answer') {
      fail(`text before the answer's sections in A${entry.number}; start with "① …" or "**② 기본안내**"`, lineNo);
    }
    paragraph.push(plain);
  });
  flushParagraph();

  if (drafts.length === 0) fail('no questions found; each entry starts with a "**Q1. …**" heading', 1);
  const entries = drafts.map((draft) => toEntry(draft, title || file || 'FAQ', fail));
  return { title: title || file || 'FAQ', entries };
}

function toEntry(draft: EntryDraft, source: string, fail: (reason: string, line: number) => never): FaqEntry {
  if (draft.answerLine === null) fail(`Q${draft.number} has no answer heading (A${draft.number}.)`, draft.line);
  if (draft.answer.length === 0) {
    fail(`A${draft.number} has no basic answer ("**② 기본안내**" followed by text)`, draft.answerLine!);
  }
  for (const branch of draft.branches) {
    if (branch.paragraphs.length === 0) fail(`branch "${branch.name}" of A${draft.number} is empty`, draft.answerLine!);
  }
  const tagged = SITUATION_TAG.exec(draft.title);
  const { typePath, subtypes } = draft.typeLine ? parseTypeLine(draft.typeLine) : { typePath: [], subtypes: [] };
  return {
    id: `q${draft.number}`,
    question: tagged ? tagged[2]!.trim() : draft.title,
    tag: tagged ? tagged[1]!.trim() : null,
    typePath,
    subtypes,
    empathy: { kinds: draft.kinds, example: draft.example },
    answer: draft.answer,
    branches: draft.branches,
    source,
  };
}
