/** The four empathy-opener kinds the counseling guide names. */
export const OPENER_KINDS = ['호응', '공감', '양해', '사과'] as const;
export type OpenerKind = (typeof OPENER_KINDS)[number];

/** A named conditional part of an answer, e.g. `> 불만 제기 시`. */
export interface AnswerBranch {
  name: string;
  paragraphs: string[];
}

export interface FaqEntry {
  /** `q1`…`qN`, from the document's own numbering. */
  id: string;
  /** The question without its situation tag. */
  question: string;
  /** The situation tag in parentheses, e.g. `배정 완료 후`; null when the question has none. */
  tag: string | null;
  /** Consultation-type path, e.g. ['대리_고객', '호출/운행', '호출정책']. */
  typePath: string[];
  /** Consultation sub-types listed after the path, e.g. ['멀티호출', …, '기타']. */
  subtypes: string[];
  empathy: {
    /** Opener kinds the guide asks the counselor to choose from. */
    kinds: OpenerKind[];
    /** The guide's example opener, where it gives one. */
    example: string | null;
  };
  /** The basic answer, one string per paragraph; line breaks inside a paragraph are kept as `\n`. */
  answer: string[];
  branches: AnswerBranch[];
  /** Title of the document the entry came from. */
  source: string;
  /** Id of the guide the entry came from (its file's stem), once the knowledge base is built. */
  guide?: string;
}

export interface FaqDocument {
  title: string;
  entries: FaqEntry[];
}
