import commonGrams from './common-grams.json';
import vocabulary from './vocabulary.json';

/** Which concepts a negation cancels, and the words that negate them before or after. */
export interface NegationRules {
  concepts: string[];
  before: string[];
  after: string[];
}

/** The shared customer vocabulary (vocabulary.json) with its explanatory notes dropped. */
export interface Vocabulary {
  concepts: Record<string, string[]>;
  negation: NegationRules;
  tone: {
    complaint: string[];
    failure: string[];
    worry: string[];
    limit: string[];
    repeatedPunctuation: string;
    /** A stated long wait, e.g. "30분째", "1시간 넘게". */
    waitPattern: string;
    /** The end of a sentence that asks rather than states. */
    questionEnding: string;
    /** A state told as not reached yet (아직 안 잡혔어요), which is no failure suffered (아직도 is). */
    stateNotYet: string;
  };
  subtypes: Record<string, string[]>;
  noise: { quoteLine: string; historyStart: string; greeting: string[]; signature: string[] };
  escalation: {
    /** Reasons a ticket must be escalated instead of answered from a guide (사고, 부상, 경찰 …), with their wordings. */
    reasons: Record<string, string[]>;
    /** Wordings in which a reason's word is routine business, not an incident (경찰서로 넘어갔대요, of lost property). */
    routine: string[];
    /** Reasons told only by several things at once: each list's wordings, all of them present (contact, again and again, fear). */
    together: Array<{ reason: string; all: string[][] }>;
  };
}

/** Drops the `about` note that explains a table to its human editors. */
function withoutNotes<T extends { about?: string }>(table: T): Omit<T, 'about'> {
  const { about: _note, ...rest } = table;
  return rest;
}

export const VOCABULARY: Vocabulary = {
  concepts: vocabulary.concepts,
  negation: withoutNotes(vocabulary.negation),
  tone: withoutNotes(vocabulary.tone),
  subtypes: withoutNotes(vocabulary.subtypes),
  noise: withoutNotes(vocabulary.noise),
  escalation: withoutNotes(vocabulary.escalation),
};

/** Bigrams customers write whatever their topic (endings, particles): they tell little about an entry. */
export const COMMON_GRAMS: ReadonlySet<string> = new Set(commonGrams.grams);
