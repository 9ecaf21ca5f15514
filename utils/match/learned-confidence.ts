import learned from '@/knowledge/learned-confidence.json';
import type { LearnedEvidence } from './guide-index';

/** What the confidence of a guide-learned answer rests on: its evidence and its lead over the runner-up. */
export function confidenceFeatures(evidence: LearnedEvidence, runnerUp: number): number[] {
  return [evidence.score, evidence.ofTicket, evidence.ofQuestion, evidence.score - runnerUp, 1];
}

/**
 * 0–1: how likely a guide-learned answer is right (knowledge/learned-confidence.json, fitted on the
 * development guides by scripts/fit-confidence.ts).
 */
export function learnedConfidence(evidence: LearnedEvidence, runnerUp: number): number {
  const z = confidenceFeatures(evidence, runnerUp).reduce((sum, value, i) => sum + value * (learned.weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}
