import type { FaqEntry } from '@/knowledge/faq-types';
import { bigrams, foldText } from './text';

/** Answer text says what the guide replies, not what customers ask: it counts less. */
const ANSWER_WEIGHT = 0.3;

/**
 * Bigram TF-IDF over entries' questions (and, weighted down, their answers), with an inverted
 * index so that thousands of entries cost only the postings a ticket's bigrams touch.
 * Folded bigrams make it indifferent to spacing, particles and endings.
 */
export class BigramIndex {
  private readonly postings = new Map<string, Array<{ entry: number; weight: number }>>();
  private readonly idf = new Map<string, number>();

  constructor(private readonly entries: FaqEntry[]) {
    const vectors = entries.map((entry) => {
      const vector = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const gram of bigrams(foldText(text))) vector.set(gram, Math.max(vector.get(gram) ?? 0, weight));
      };
      add(entry.answer.join(' '), ANSWER_WEIGHT);
      add(`${entry.tag ?? ''} ${entry.question}`, 1);
      return vector;
    });
    const documentFrequency = new Map<string, number>();
    for (const vector of vectors) for (const gram of vector.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
    for (const [gram, frequency] of documentFrequency) this.idf.set(gram, Math.log(1 + entries.length / frequency));
    vectors.forEach((vector, entry) => {
      let norm = 0;
      for (const [gram, weight] of vector) norm += (weight * this.idf.get(gram)!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (const [gram, weight] of vector) {
        const list = this.postings.get(gram) ?? [];
        list.push({ entry, weight: (weight * this.idf.get(gram)!) / norm });
        this.postings.set(gram, list);
      }
    });
  }

  /** Cosine similarity of the text with every entry it shares a bigram with. */
  score(text: string): Map<FaqEntry, number> {
    const query = new Set(bigrams(foldText(text)));
    let norm = 0;
    for (const gram of query) norm += (this.idf.get(gram) ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    const totals = new Map<number, number>();
    for (const gram of query) {
      const idf = this.idf.get(gram);
      if (idf === undefined) continue;
      for (const { entry, weight } of this.postings.get(gram)!) totals.set(entry, (totals.get(entry) ?? 0) + (weight * idf) / norm);
    }
    return new Map([...totals].map(([entry, score]) => [this.entries[entry]!, score]));
  }
}
