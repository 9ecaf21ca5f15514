// The basic build: plain fuzzy search is all the matcher uses (no extended or logical queries), at 2 kB less.
import Fuse from 'fuse.js/basic';
import type { NegationRules } from '@/knowledge/vocabulary';
import { bigrams, type FoldedWords, foldText, foldWords, hangulTypedInEnglish, isHangulWord, toJamo, words } from './text';

/** How sure a concept was found: written as listed, or recognised through a typo. */
export const EXACT = 1;
export const FUZZY = 0.8;

export type ConceptHits = Map<string, number>;

const NO_NEGATION: NegationRules = { concepts: [], before: [], after: [] };

interface FuzzyForm {
  concept: string;
  jamo: string;
}

/** Jamo-level distance allowed by fuse.js: about one slip in a two-syllable stem. */
const FUZZY_THRESHOLD = 0.22;
/** Only the first words of a long message get typo correction; exact matching covers the rest. */
const MAX_FUZZY_WORDS = 24;

/** An English form: it must begin a word (see occursAt). */
const LATIN_START = /^[a-z]/;

/**
 * Finds which concepts a text mentions. Each concept has surface forms (stems, colloquial and
 * English wordings); a form matches anywhere in the folded text (an English one where a word
 * begins), so spacing, particles and endings do not matter. Words that match no form exactly get a
 * typo-tolerant second look: their first two syllables are compared letter by letter (jamo) with
 * the two-syllable stems through fuse.js.
 */
export class ConceptFinder {
  private readonly exact: Array<{ concept: string; form: string }> = [];
  /** Indexes into `exact` by each form's first two letters (or its only letter): a text is walked once, not searched for every form. */
  private readonly formsByStart = new Map<string, number[]>();
  /** Fuzzy forms grouped by first jamo: a typo rarely hits the first consonant, and small groups search fast. */
  private readonly fuzzyByInitial = new Map<string, Fuse<FuzzyForm>>();
  private readonly hangulForms = new Set<string>();
  private readonly fuzzyCache = new Map<string, string[]>();

  private readonly negatable: ReadonlySet<string>;
  private readonly negateBefore: string[];
  private readonly negateAfter: string[];

  /**
   * @param negation concepts that a negation cancels ("안 잡혔어요" does not say a driver was found);
   *   for the others a negation is part of the question ("번호가 안 보이나요?").
   */
  constructor(concepts: Record<string, string[]>, negation: NegationRules = NO_NEGATION) {
    this.negatable = new Set(negation.concepts);
    this.negateBefore = negation.before.map(foldText);
    this.negateAfter = negation.after.map(foldText);
    const fuzzyForms = new Map<string, FuzzyForm[]>();
    for (const [concept, forms] of Object.entries(concepts)) {
      for (const form of forms) {
        const folded = foldText(form);
        if (!folded) continue;
        const start = folded.slice(0, 2);
        const sameStart = this.formsByStart.get(start);
        if (sameStart) sameStart.push(this.exact.length);
        else this.formsByStart.set(start, [this.exact.length]);
        this.exact.push({ concept, form: folded });
        if (isHangulWord(folded) && folded.length === 2) {
          this.hangulForms.add(folded);
          const jamo = toJamo(folded);
          const group = fuzzyForms.get(jamo[0]!) ?? [];
          group.push({ concept, jamo });
          fuzzyForms.set(jamo[0]!, group);
        }
      }
    }
    for (const [initial, forms] of fuzzyForms) {
      this.fuzzyByInitial.set(
        initial,
        new Fuse(forms, { keys: ['jamo'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true }),
      );
    }
  }

  /**
   * Concepts in `text` with their certainty. `exactOnly` skips the typo-tolerant look, for text
   * that is written with care (a guide's own wording).
   */
  find(text: string, { exactOnly = false }: { exactOnly?: boolean } = {}): ConceptHits {
    const folded = foldWords(text);
    const hits: ConceptHits = new Map();
    // The forms that occur, in the vocabulary's order (which concept comes first matters to callers).
    for (const index of this.occurringForms(folded)) {
      const { concept, form } = this.exact[index]!;
      if (hits.has(concept)) continue;
      if (!this.negatable.has(concept) || this.occursAffirmed(folded, form)) hits.set(concept, EXACT);
    }
    if (exactOnly) return hits;
    let budget = MAX_FUZZY_WORDS;
    for (const word of words(text)) {
      if (budget <= 0) break;
      const candidate = /^[a-z]{3,}$/.test(word) ? hangulTypedInEnglish(word) : word;
      if (!candidate || !isHangulWord(candidate) || candidate.length < 2) continue;
      if (candidate !== word && [...this.hangulForms].some((form) => candidate.includes(form))) {
        for (const concept of this.find(candidate).keys()) if (!hits.has(concept)) hits.set(concept, FUZZY);
        continue;
      }
      if (this.matchesExactly(candidate)) continue;
      budget--;
      for (const concept of this.fuzzyConcepts(candidate)) if (!hits.has(concept)) hits.set(concept, FUZZY);
    }
    return hits;
  }

  /** Indexes of the forms found in folded text, ascending. */
  private occurringForms(folded: FoldedWords): number[] {
    const found = new Set<number>();
    const { text } = folded;
    for (let at = 0; at < text.length; at++) {
      for (const start of [text.slice(at, at + 2), text[at]!]) {
        for (const index of this.formsByStart.get(start) ?? []) if (!found.has(index) && this.occursAt(folded, this.exact[index]!.form, at)) found.add(index);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /**
   * The concepts a text talks about, negated or not, told from its bigrams (a guide's whole text is
   * too long to search for every form): a form counts when all its bigrams are there.
   */
  mentionedIn(grams: ReadonlySet<string>): Set<string> {
    const letters = new Set([...grams].join(''));
    const found = new Set<string>();
    for (const { concept, form } of this.exact) {
      if (found.has(concept)) continue;
      const present = form.length === 1 ? letters.has(form) : bigrams(form).every((gram) => grams.has(gram));
      if (present) found.add(concept);
    }
    return found;
  }

  /**
   * Whether a form occurs at `at`. An English form must begin a word, as English is written with
   * spaces: "ok" is not in "book", nor "min" in "admin" (a Korean form may begin anywhere: particles
   * and compounds are written together).
   */
  private occursAt(folded: FoldedWords, form: string, at: number): boolean {
    return folded.text.startsWith(form, at) && (!LATIN_START.test(form) || folded.wordStarts[at] === 1);
  }

  /** Whether `form` occurs at least once without a negation right before or after it. */
  private occursAffirmed(folded: FoldedWords, form: string): boolean {
    for (let at = folded.text.indexOf(form); at !== -1; at = folded.text.indexOf(form, at + 1)) {
      if (!this.occursAt(folded, form, at)) continue;
      const before = folded.text.slice(0, at);
      const after = folded.text.slice(at + form.length);
      const negated =
        (!this.negateBefore.some((word) => form.startsWith(word)) && this.negateBefore.some((word) => before.endsWith(word))) ||
        this.negateAfter.some((word) => after.startsWith(word));
      if (!negated) return true;
    }
    return false;
  }

  private matchesExactly(word: string): boolean {
    for (let start = 0; start + 2 <= word.length; start++) {
      if (this.hangulForms.has(word.slice(start, start + 2))) return true;
    }
    return false;
  }

  private fuzzyConcepts(word: string): string[] {
    const cached = this.fuzzyCache.get(word);
    if (cached) return cached;
    const found = new Set<string>();
    const jamo = toJamo(word.slice(0, 2));
    for (const { item } of this.fuzzyByInitial.get(jamo[0]!)?.search(jamo) ?? []) {
      // fuse.js finds the pattern inside longer forms too; only near-equal lengths are slips.
      if (Math.abs(item.jamo.length - jamo.length) <= 1) found.add(item.concept);
    }
    const result = [...found];
    if (this.fuzzyCache.size > 5_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(word, result);
    return result;
  }
}
