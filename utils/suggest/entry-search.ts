import type { FaqEntry } from '@/knowledge/faq-types';
import type { KnowledgeBase } from '@/knowledge/knowledge-base';
import { VOCABULARY, type Vocabulary } from '@/knowledge/vocabulary';
import { indexKnowledge } from '../match/knowledge-index';
import { foldText } from '../match/text';

/**
 * The counselor's search over every loaded guide, for when they know better than the matcher: the
 * matcher's own Korean-aware index (spacing, particles, synonyms, slips), with no confidence floor,
 * after entries whose question, situation or consultation type contains the query as typed.
 */
export function createEntrySearch(knowledge: KnowledgeBase, vocabulary: Vocabulary = VOCABULARY) {
  const { index } = indexKnowledge(knowledge, vocabulary);
  const labels = knowledge.entries.map((entry) => [entry, foldText([entry.question, entry.tag ?? '', ...entry.typePath, ...entry.subtypes].join(' '))] as const);
  return (query: string, limit = 8): FaqEntry[] => {
    const folded = foldText(query);
    if (folded === '') return [];
    const literal = labels.filter(([, label]) => label.includes(folded)).map(([entry]) => entry);
    const learned = [...index.evidence(query)]
      .filter(([, evidence]) => evidence.score > 0)
      .sort((a, b) => b[1].score - a[1].score)
      .map(([entry]) => entry);
    return [...new Set([...literal, ...learned])].slice(0, limit);
  };
}

export type EntrySearch = ReturnType<typeof createEntrySearch>;
