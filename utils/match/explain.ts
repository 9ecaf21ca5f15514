import type { FaqEntry } from '@/knowledge/faq-types';
import type { KnowledgeBase } from '@/knowledge/knowledge-base';
import { COMMON_GRAMS, VOCABULARY, type Vocabulary } from '@/knowledge/vocabulary';
import { indexKnowledge } from './knowledge-index';
import { bigrams, foldText } from './text';

/** A piece of the ticket's text; `hit` when it is one of the words that tie the ticket to the entry. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Longest excerpt shown: one or two sentences, enough to see why. */
const MAX_EXCERPT = 160;

/**
 * Why an answer was suggested, in the ticket's own words: the sentence that shares the most with
 * the entry (its question, situation, type and example phrasings), with the shared words marked.
 * A word counts when it shares a distinctive two-letter piece with the entry (spacing and particles
 * do not matter) or names one of the entry's concepts in other words (배차 for 배정, 캔슬 for 취소).
 */
export function createExplainer(knowledge: KnowledgeBase, vocabulary: Vocabulary = VOCABULARY) {
  const { finder } = indexKnowledge(knowledge, vocabulary);
  const cache = new Map<string, { grams: Set<string>; concepts: Set<string> }>();
  const profile = (entry: FaqEntry) => {
    let known = cache.get(entry.id);
    if (!known) {
      const text = [entry.question, entry.tag ?? '', ...entry.typePath, ...(knowledge.examples[entry.id] ?? [])].join(' ');
      known = { grams: new Set(bigrams(foldText(text)).filter((gram) => !COMMON_GRAMS.has(gram))), concepts: new Set(finder.find(text, { exactOnly: true }).keys()) };
      cache.set(entry.id, known);
    }
    return known;
  };

  return (ticketText: string, entry: FaqEntry): ExcerptPart[] => {
    const { grams, concepts } = profile(entry);
    const isHit = (word: string) => bigrams(foldText(word)).some((gram) => grams.has(gram)) || [...finder.find(word, { exactOnly: true }).keys()].some((concept) => concepts.has(concept));
    const sentences = ticketText.split(/(?<=[.?!。\n])\s*/u).filter((sentence) => sentence.trim() !== '');
    const scored = sentences.map((sentence) => {
      const parts = sentence.split(/(\s+)/u).map((text) => ({ text, hit: text.trim() !== '' && isHit(text) }));
      return { parts, hits: parts.filter((part) => part.hit).length };
    });
    const best = scored.reduce((top, each) => (each.hits > top.hits ? each : top), scored[0] ?? { parts: [], hits: 0 });
    if (best.hits === 0) return [];
    const kept: ExcerptPart[] = [];
    let length = 0;
    for (const part of best.parts) {
      length += part.text.length;
      if (length > MAX_EXCERPT && kept.length > 0) break;
      kept.push(part);
    }
    return kept;
  };
}

export type Explainer = ReturnType<typeof createExplainer>;
