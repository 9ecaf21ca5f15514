// `npx tsx scripts/fit-confidence.ts [--leave-one-out]`: fits how sure the matcher may be of a
// guide-learned answer (an entry without a cue file), and writes the weights to
// knowledge/learned-confidence.json; with --leave-one-out, writes nothing and prints how weights
// fitted without each development guide fare on it (how a new guide would fare).
// Data: the development guides (the dispatch guide without its cue file, and tests/data/guides/),
// each loaded alone, as a team adds it and again with its example phrasings where it has them, with
// their labelled tickets. For each ticket the best-scoring entry is an example: right (1) when it is
// an expected entry, else (0) — a wrong entry, or any entry for a ticket the guide does not answer.
// A logistic regression on the evidence (GuideIndex) and the margin to the runner-up. Each way of
// loading a guide weighs the same, however many tickets it has: the weights must fit a guide the fit
// never saw (the dispatch guide's 371 tickets would otherwise make it a model of that guide). The
// blind sets are not read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildKnowledgeBase } from '../knowledge/knowledge-base';
import { COMMON_GRAMS, VOCABULARY } from '../knowledge/vocabulary';
import { ConceptFinder } from '../utils/match/concepts';
import { createFocuser } from '../utils/match/focus';
import { GuideIndex } from '../utils/match/guide-index';
import { confidenceFeatures, rankEvidence } from '../utils/match/learned-confidence';
import { MIN_CONFIDENCE } from '../utils/match/matcher';
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

interface Example {
  x: number[];
  /** 1 when the best-scoring entry is an expected one. */
  y: number;
  /** What the ticket is: answered by one entry, by none, or by a situation pair. */
  kind: 'one' | 'none' | 'pair';
}

interface Loading {
  guide: string;
  withExamples: boolean;
  examples: Example[];
}

/** Each development guide without its cue file, alone and with its example phrasings, and what its tickets make of it. */
function loadings(): Loading[] {
  return sets.flatMap((set) => {
    const { cues: _cues, examples: phrasings, ...guide } = readGuide(set.guide);
    return (phrasings ? [guide, { ...guide, examples: phrasings }] : [guide]).map((variant) => {
      const knowledge = buildKnowledgeBase([variant]);
      const index = new GuideIndex(knowledge.entries, finder, COMMON_GRAMS, knowledge.examples);
      const examples: Example[] = [];
      for (const file of set.tickets) {
        for (const line of readFileSync(file, 'utf8').split('\n').filter((each) => each.trim() !== '')) {
          const ticket = JSON.parse(line) as { text: string; expected: string[] };
          const kind = ticket.expected.length === 0 ? 'none' : ticket.expected.length === 1 ? 'one' : 'pair';
          const [top] = rankEvidence(index.evidence(focus(ticket.text).question));
          // A ticket no entry shares anything with is silent whatever the weights: it counts as such below.
          examples.push(top ? { x: confidenceFeatures(top.evidence, top.runnerUp), y: ticket.expected.includes(top.entry.id) ? 1 : 0, kind } : { x: [], y: 0, kind });
        }
      }
      return { guide: basename(set.guide, '.md'), withExamples: variant !== guide, examples };
    });
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const confidence = (weights: number[], x: number[]) => (x.length === 0 ? 0 : sigmoid(x.reduce((sum, value, i) => sum + value * weights[i]!, 0)));

/** Logistic regression, plain gradient descent with a little L2; each loading weighs the same. */
function fit(from: Loading[]): number[] {
  const examples = from.flatMap(({ examples: own }) => {
    const usable = own.filter(({ x }) => x.length > 0);
    return usable.map((example) => ({ ...example, weight: 1 / usable.length }));
  });
  const size = examples[0]!.x.length;
  const weights = new Array<number>(size).fill(0);
  const totalWeight = examples.reduce((sum, { weight }) => sum + weight, 0);
  for (let step = 0; step < 20_000; step++) {
    const gradient = new Array<number>(size).fill(0);
    for (const { x, y, weight } of examples) {
      const error = (confidence(weights, x) - y) * weight;
      for (let i = 0; i < size; i++) gradient[i]! += error * x[i]!;
    }
    for (let i = 0; i < size; i++) weights[i] = weights[i]! - 0.5 * (gradient[i]! / totalWeight + 0.001 * (i === size - 1 ? 0 : weights[i]!));
  }
  return weights;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);

/**
 * How the weights fare on a guide they were not fitted on: for each development guide, fitted on
 * the others and measured on it, as the matcher decides (the best entry, shown from 0.5).
 */
function leaveOneGuideOut(all: Loading[]): void {
  console.log('| held-out guide | loaded | top-1 | abstention |\n| --- | --- | --- | --- |');
  for (const guide of [...new Set(all.map((loading) => loading.guide))]) {
    const weights = fit(all.filter((loading) => loading.guide !== guide));
    for (const loading of all.filter((each) => each.guide === guide)) {
      const shown = (example: Example) => confidence(weights, example.x) >= MIN_CONFIDENCE;
      const one = loading.examples.filter(({ kind }) => kind === 'one');
      const none = loading.examples.filter(({ kind }) => kind === 'none');
      const top1 = one.filter((example) => example.y === 1 && shown(example)).length;
      const silent = none.filter((example) => !shown(example)).length;
      console.log(`| ${guide} | ${loading.withExamples ? 'with its examples' : 'alone'} | ${percent(top1, one.length)} | ${percent(silent, none.length)} |`);
    }
  }
}

const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--leave-one-out')) {
  console.error(`unknown option ${args.find((arg) => arg !== '--leave-one-out')}\nusage: npx tsx scripts/fit-confidence.ts [--leave-one-out]`);
  process.exit(2);
}
const all = loadings();
if (args.includes('--leave-one-out')) leaveOneGuideOut(all);
else {
  const weights = fit(all);
  const examples = all.flatMap((loading) => loading.examples.filter(({ x }) => x.length > 0));
  const right = examples.filter(({ x, y }) => (confidence(weights, x) >= 0.5 ? 1 : 0) === y).length;
  const out = resolve(ROOT, 'knowledge/learned-confidence.json');
  writeFileSync(out, `${JSON.stringify({ about: 'Weights of the confidence of guide-learned answers (scripts/fit-confidence.ts): share of the ticket explained, share of the question said, margin over the runner-up, concepts the guide never mentions (up to 2), cosine of the wordings, bias.', weights: weights.map((weight) => Number(weight.toFixed(4))) }, null, 1)}\n`);
  console.log(`${examples.length} examples from ${sets.length} guides; ${((100 * right) / examples.length).toFixed(1)}% classified right on them → ${out}`);
}
