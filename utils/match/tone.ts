import type { OpenerKind } from '@/knowledge/faq-types';
import type { Vocabulary } from '@/knowledge/vocabulary';
import { type FoldedWords, foldWords, holdsForm, normalizeText } from './text';

export interface Tone {
  /** The empathy opener kind the customer's moment calls for. */
  kind: OpenerKind;
  /** An upset customer: the reply also takes the entry's complaint branch. */
  complaint: boolean;
}

function sentences(text: string): string[] {
  return normalizeText(text)
    .split(/(?<=[.?!。\n])|(?<=[요다죠음함])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Reads the customer's moment: complaint or anger (irritation, sarcasm, repeated punctuation, long
 * waits) → 사과; a service failure the customer reports (not one they ask about, nor a state not
 * reached yet) → 사과;
 * worry (privacy, trust, safety, penalties) → 공감; a request beyond the policy → 양해; else 호응.
 * The text comes with Korean typed in English mode already read as Korean (withKeyboardSlipsRead).
 */
export function createToneReader(tone: Vocabulary['tone']): (text: string) => Tone {
  const fold = (forms: string[]) => forms.map(foldWords).filter((form) => form.text !== '');
  const complaint = fold(tone.complaint);
  const failure = fold(tone.failure);
  const worry = fold(tone.worry);
  const limit = fold(tone.limit);
  const repeated = new RegExp(tone.repeatedPunctuation);
  const longWait = new RegExp(tone.waitPattern);
  const question = new RegExp(tone.questionEnding);
  const mentions = (folded: FoldedWords, forms: FoldedWords[]) => forms.some((form) => holdsForm(folded, form));
  const notYet = new RegExp(tone.stateNotYet);
  const reportsFailure = (text: string) => sentences(text).some((sentence) => !question.test(sentence) && !notYet.test(sentence) && mentions(foldWords(sentence), failure));

  return (text) => {
    const normalized = normalizeText(text);
    const folded = foldWords(text);
    if (mentions(folded, complaint) || repeated.test(normalized) || longWait.test(normalized) || reportsFailure(text)) {
      return { kind: '사과', complaint: true };
    }
    if (mentions(folded, worry)) return { kind: '공감', complaint: false };
    if (mentions(folded, limit)) return { kind: '양해', complaint: false };
    return { kind: '호응', complaint: false };
  };
}
