import type { OpenerKind } from '@/knowledge/faq-types';
import type { Vocabulary } from '@/knowledge/vocabulary';
import { foldText, normalizeText } from './text';

export interface Tone {
  /** The empathy opener kind the customer's moment calls for. */
  kind: OpenerKind;
  /** An upset customer: the reply also takes the entry's complaint branch. */
  complaint: boolean;
}

/**
 * Reads the customer's moment: complaint or anger (irritation, sarcasm, repeated punctuation, long
 * waits) or a reported service failure → 사과; worry (privacy, trust, safety) → 공감; a limit to accept → 양해; else 호응.
 */
export function createToneReader(tone: Vocabulary['tone']): (text: string) => Tone {
  const fold = (forms: string[]) => forms.map(foldText).filter(Boolean);
  const complaint = fold(tone.complaint);
  const failure = fold(tone.failure);
  const worry = fold(tone.worry);
  const limit = fold(tone.limit);
  const repeated = new RegExp(tone.repeatedPunctuation);
  return (text) => {
    const folded = foldText(text);
    const has = (forms: string[]) => forms.some((form) => folded.includes(form));
    if (has(complaint) || has(failure) || repeated.test(normalizeText(text))) return { kind: '사과', complaint: true };
    if (has(worry)) return { kind: '공감', complaint: false };
    if (has(limit)) return { kind: '양해', complaint: false };
    return { kind: '호응', complaint: false };
  };
}
