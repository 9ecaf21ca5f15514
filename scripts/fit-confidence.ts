// `npx tsx scripts/fit-confidence.ts`: fits how sure the matcher may be of a guide-learned answer
// (an entry without a cue file), and writes the weights to knowledge/learned-confidence.json.
// Data: the development guides (the dispatch guide without its cue file, and tests/data/guides/),
// each loaded alone, as a team adds it and again with its example phrasings where it has them, with
// their labelled tickets. For each ticket the best-scoring entry is an example: right (1) when it is
// an expected entry, else (0) — a wrong entry, or any entry for a ticket the guide does not answer.
// A logistic regression on the evidence (GuideIndex) and the margin to the runner-up. Each way of
// loading a guide weighs the same, however many tickets it has: the weights must fit a guide the fit
// never saw (the dispatch guide's 371 tickets would otherwise make it a model of that guide). The
// blind sets are not read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKnowledgeBase } from '../knowledge/knowledge-base';
import { COMMON_GRAMS, VOCABULARY } from '../knowledge/vocabulary';
import { ConceptFinder } from '../utils/match/concepts';
import { createFocuser } from '../utils/match/focus';
import { GuideIndex } from '../utils/match/guide-index';
import { confidenceFeatures, rankEvidence } from '../utils/match/learned-confidence';
import { readGuide } from './knowledge-files';

const ROOT = resolve(import.meta.dirname, '..');
const guides = resolve(ROOT, 'tests/data/guides');
const sets = [
  { guide: resolve(ROOT, 'knowledge/dispatch-policy-faq.md'), tickets: ['dispatch-policy-faq.dev.jsonl', 'dispatch-policy-faq.dev-b.jsonl'].map((name) => resolve(ROOT, 'tests/data', name)) },
  ...readdirSync(guides)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ guide: resolve(guides, name), tickets: [resolve(guides, name.replace(/\.md$/, '.tickets.jsonl'))] })),
];

const focus = createFocuser(VOCABULARY.noise);
const finder = new ConceptFinder(VOCABULARY.concepts, VOCABULARY.negation);
const examples: Array<{ x: number[]; y: number; weight: number }> = [];
for (const set of sets) {
  // Without the cue file (what the confidence is for); alone, and with the lead's example phrasings when there are some.
  const { cues: _cues, examples: phrasings, ...guide } = readGuide(set.guide);
  for (const variant of phrasings ? [guide, { ...guide, examples: phrasings }] : [guide]) {
    const knowledge = buildKnowledgeBase([variant]);
    const index = new GuideIndex(knowledge.entries, finder, COMMON_GRAMS, knowledge.examples);
    const own: Array<{ x: number[]; y: number }> = [];
    for (const file of set.tickets) {
      for (const line of readFileSync(file, 'utf8').split('\n').filter((each) => each.trim() !== '')) {
        const ticket = JSON.parse(line) as { text: string; expected: string[] };
        const [top] = rankEvidence(index.evidence(focus(ticket.text).question));
        if (!top) continue;
        own.push({ x: confidenceFeatures(top.evidence, top.runnerUp), y: ticket.expected.includes(top.entry.id) ? 1 : 0 });
      }
    }
    examples.push(...own.map((example) => ({ ...example, weight: 1 / own.length })));
  }
}

// Logistic regression, plain gradient descent with a little L2.
const size = examples[0]!.x.length;
const weights = new Array<number>(size).fill(0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const totalWeight = examples.reduce((sum, { weight }) => sum + weight, 0);
for (let step = 0; step < 20_000; step++) {
  const gradient = new Array<number>(size).fill(0);
  for (const { x, y, weight } of examples) {
    const error = (sigmoid(x.reduce((sum, value, i) => sum + value * weights[i]!, 0)) - y) * weight;
    for (let i = 0; i < size; i++) gradient[i]! += error * x[i]!;
  }
  for (let i = 0; i < size; i++) weights[i] = weights[i]! - 0.5 * (gradient[i]! / totalWeight + 0.001 * (i === size - 1 ? 0 : weights[i]!));
}
let right = 0;
for (const { x, y } of examples) if ((sigmoid(x.reduce((sum, value, i) => sum + value * weights[i]!, 0)) >= 0.5 ? 1 : 0) === y) right++;
const out = resolve(ROOT, 'knowledge/learned-confidence.json');
writeFileSync(out, `${JSON.stringify({ about: 'Weights of the confidence of guide-learned answers (scripts/fit-confidence.ts): score, share of the ticket explained, share of the question said, margin over the runner-up, concepts the guide never mentions (up to 2), bias.', weights: weights.map((weight) => Number(weight.toFixed(4))) }, null, 1)}\n`);
console.log(`${examples.length} examples from ${sets.length} guides; ${((100 * right) / examples.length).toFixed(1)}% classified right on them → ${out}`);
