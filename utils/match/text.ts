import { convertQwertyToHangul, disassemble } from 'es-hangul';

/**
 * Unicode and case normalization shared by everything that compares customer text:
 * NFKC folds full-width letters and compatibility forms; no-break and zero-width spaces become spaces.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .toLowerCase();
}

/** Letters and digits only: spacing and punctuation never decide a match ("배정이안돼요" = "배정이 안 돼요"). */
export function foldText(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folded text (see foldText) that remembers which of its letters began a word of the original. */
export interface FoldedWords {
  text: string;
  /** 1 where a letter begins a word: the first letter, or one after a space or punctuation. */
  wordStarts: Uint8Array;
}

/** Folds text as foldText does, keeping where its words began (for foundAsWritten and English forms). */
export function foldWords(text: string): FoldedWords {
  const runs = words(text);
  const folded = runs.join('');
  const wordStarts = new Uint8Array(folded.length);
  let at = 0;
  for (const run of runs) {
    wordStarts[at] = 1;
    at += run.length;
  }
  return { text: folded, wordStarts };
}

/**
 * Whether a form (folded with foldWords: where its own words begin) found at `at` of folded text was
 * written as such: inside one word, across a space the customer put in it (말이 돼), with missing
 * ones (배정이안돼요), from the end of a compound (제번호 뜨는지 holds 번호뜨) or a number's unit (30분 째), or
 * across a break the form itself has (까 봐 in 나갈까 봐요) — but not from a word's last letter, mostly a
 * particle or an ending, into the next word ("통화하면 제 번호" holds no 면제, "요금이 중간에" no 이중,
 * "협력사 기사" no 사기).
 */
export function foundAsWritten(folded: FoldedWords, at: number, form: FoldedWords): boolean {
  if (folded.wordStarts[at]) return true;
  for (let i = at + 1; i < at + form.text.length; i++) {
    if (folded.wordStarts[i]) return i - at > 1 || form.wordStarts[i - at] === 1 || /\d/.test(folded.text[at - 1]!);
  }
  return true;
}

/** Whether folded text holds a form (folded with foldWords) as written (see foundAsWritten). */
export function holdsForm(folded: FoldedWords, form: FoldedWords): boolean {
  for (let at = folded.text.indexOf(form.text); at !== -1; at = folded.text.indexOf(form.text, at + 1)) {
    if (foundAsWritten(folded, at, form)) return true;
  }
  return false;
}

/** Words of normalized text: runs of letters and digits. */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const HANGUL_SYLLABLE = /^[\uac00-\ud7a3]+$/;

export function isHangulWord(word: string): boolean {
  return HANGUL_SYLLABLE.test(word);
}

/** Jamo letters of Hangul text, so that a one-letter slip (배졍, 췻소) is one edit, not a whole syllable. */
export function toJamo(text: string): string {
  return disassemble(text);
}

/** Character bigrams of folded text: a spacing- and particle-tolerant fingerprint for retrieval. */
export function bigrams(folded: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < folded.length; i++) grams.push(folded.slice(i, i + 2));
  return grams;
}

/** The Hangul a Latin word spells when Korean was typed with the keyboard in English mode ("qowjd" → 배정), or null. */
export function hangulTypedInEnglish(word: string): string | null {
  try {
    const converted = convertQwertyToHangul(word);
    return isHangulWord(converted) ? converted : null;
  } catch {
    return null;
  }
}

/**
 * The text with Korean typed with the keyboard in English mode read as Korean ("qowjd" → 배정;
 * Shift matters: "dPdir" → 예약). A Latin word counts as such a slip when it converts to whole
 * Hangul syllables; most English words do not ("driver" does not), but short ones do ("the" → 솓,
 * "for" → 랙), so an English text, where most Latin letters are in words that do not convert, is left
 * as it is.
 */
export function withKeyboardSlipsRead(text: string): string {
  const latin = text.match(/[A-Za-z]{2,}/g) ?? [];
  const slips = new Map(latin.flatMap((word) => {
    const hangul = hangulTypedInEnglish(word);
    return hangul ? [[word, hangul] as const] : [];
  }));
  const letters = (words: string[]) => words.reduce((sum, word) => sum + word.length, 0);
  if (slips.size === 0 || 2 * letters(latin.filter((word) => slips.has(word))) < letters(latin)) return text;
  return text.replace(/[A-Za-z]{2,}/g, (word) => slips.get(word) ?? word);
}
