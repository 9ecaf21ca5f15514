import type { KnowledgeBase } from '@/knowledge/knowledge-base';
import { COMMON_GRAMS, VOCABULARY, type Vocabulary } from '@/knowledge/vocabulary';
import { ConceptFinder } from './concepts';
import { GuideIndex } from './guide-index';

/** What the matcher, the counselor's search and the why-excerpt all read a knowledge base with. */
export interface KnowledgeIndex {
  concepts: Record<string, string[]>;
  finder: ConceptFinder;
  index: GuideIndex;
}

const built = new WeakMap<KnowledgeBase, WeakMap<Vocabulary, KnowledgeIndex>>();

/**
 * The concept finder and guide index of a knowledge base, built once per knowledge base and
 * vocabulary: the panel makes a matcher, a search and an explainer from the same guides, and the
 * finder's fuzzy tables and the index are the costly part of each.
 */
export function indexKnowledge(knowledge: KnowledgeBase, vocabulary: Vocabulary = VOCABULARY): KnowledgeIndex {
  const byVocabulary = built.get(knowledge) ?? new WeakMap<Vocabulary, KnowledgeIndex>();
  built.set(knowledge, byVocabulary);
  let found = byVocabulary.get(vocabulary);
  if (!found) {
    const concepts = { ...vocabulary.concepts, ...knowledge.concepts };
    const finder = new ConceptFinder(concepts, vocabulary.negation);
    found = { concepts, finder, index: new GuideIndex(knowledge.entries, finder, COMMON_GRAMS, knowledge.examples) };
    byVocabulary.set(vocabulary, found);
  }
  return found;
}
