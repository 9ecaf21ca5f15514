import learned from '@/knowledge/learned-confidence.json';
import type { FaqEntry } from '@/knowledge/faq-types';
import type { LearnedEvidence } from './guide-index';
import { questionKey } from './situations';

/** Past two concepts the guide never mentions, a ticket is not more off its topic. */
const FOREIGN_CONCEPTS_COUNTED = 2;

/**
 * What the confidence of a guide-learned answer rests on: how much of the ticket the entry explains
 * and of the entry's question the ticket says, its lead over the runner-up, the concepts the guide
 * never mentions, and how alike the two wordings are over all (cosine: a ticket that shares the
 * entry's rare words but few of its own is a weaker match than one that reads like the entry).
 */
export function confidenceFeatures(evidence: LearnedEvidence, runnerUp: number): number[] {
  return [evidence.ofTicket, evidence.ofQuestion, evidence.score - runnerUp, Math.min(evidence.foreignConcepts, FOREIGN_CONCEPTS_COUNTED), evidence.cosine, 1];
}

/**
 * 0–1: how likely a guide-learned answer is right (knowledge/learned-confidence.json, fitted on the
 * development guides by scripts/fit-confidence.ts).
 */
export function learnedConfidence(evidence: LearnedEvidence, runnerUp: number): number {
  const z = confidenceFeatures(evidence, runnerUp).reduce((sum, value, i) => sum + value * (learned.weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

export interface RankedEvidence {
  entry: FaqEntry;
  evidence: LearnedEvidence;
  /** The best score of an entry that asks another question: what this entry's lead is measured against. */
  runnerUp: number;
}

/**
 * The entries by score, each with its runner-up. Entries that share a question and differ by their
 * situation tag are one answer until the situation is known (the matcher asks or reads it), so they
 * are not each other's runner-up: their lead is over the other questions.
 */
export function rankEvidence(evidence: Map<FaqEntry, LearnedEvidence>): RankedEvidence[] {
  const ranked = [...evidence].sort((a, b) => b[1].score - a[1].score);
  const best = ranked[0];
  const bestQuestion = best ? questionKey(best[0]) : '';
  const bestOther = ranked.find(([entry]) => questionKey(entry) !== bestQuestion)?.[1].score ?? 0;
  return ranked.map(([entry, own]) => ({ entry, evidence: own, runnerUp: questionKey(entry) === bestQuestion ? bestOther : (best?.[1].score ?? 0) }));
}
