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
 * Hangul syllables; English words rarely do ("driver" does not) and stay as they are.
 */
export function withKeyboardSlipsRead(text: string): string {
  return text.replace(/[A-Za-z]{2,}/g, (word) => hangulTypedInEnglish(word) ?? word);
}
