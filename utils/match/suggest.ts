import Fuse from 'fuse.js';
import { OPENERS } from '@/knowledge/openers';
import type { FaqEntry, OpenerKind } from '@/knowledge/faq-types';
import { composeReply } from '../compose-reply';

export interface Suggestion {
  entry: FaqEntry;
  /** 0–1: how sure the matcher is that this entry answers the ticket. */
  confidence: number;
  opener: { kind: OpenerKind; text: string };
  reply: string;
}

export interface MatchResult {
  suggestions: Suggestion[];
}

const MAX_SUGGESTIONS = 3;
const MIN_CONFIDENCE = 0.35;
const MAX_QUERY_CHARS = 2_000;

/** Ranks FAQ entries against ticket text with a plain fuse.js search, word by word. */
export function createSuggester(entries: FaqEntry[]): (text: string) => MatchResult {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'question', weight: 3 },
      { name: 'tag', weight: 2 },
      { name: 'answer', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
  });

  return (text) => {
    const words = [...new Set(text.slice(0, MAX_QUERY_CHARS).split(/[^\p{L}\p{N}]+/u))].filter((word) => word.length >= 2);
    const totals = new Map<FaqEntry, number>();
    for (const word of words) {
      for (const hit of fuse.search(word)) {
        totals.set(hit.item, (totals.get(hit.item) ?? 0) + (1 - (hit.score ?? 1)));
      }
    }
    const scale = Math.max(2, Math.sqrt(words.length) * 1.2);
    const suggestions = [...totals]
      .map(([entry, total]) => ({ entry, confidence: Math.min(1, total / scale) }))
      .filter(({ confidence }) => confidence >= MIN_CONFIDENCE)
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ entry, confidence }) => {
        const opener = { kind: '호응' as OpenerKind, text: OPENERS.호응[0]! };
        return { entry, confidence, opener, reply: composeReply(entry, { opener: opener.text }) };
      });
    return { suggestions };
  };
}
