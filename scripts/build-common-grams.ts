// `npx tsx scripts/build-common-grams.ts`: writes knowledge/common-grams.json, the character bigrams
// that customers use whatever they write about (endings, particles, greetings: 니다, 어요, 는데 …).
// A bigram counts as common when it is in at least 6% of the tickets of each of the four
// topics (the development sets: the dispatch guide's and those of tests/data/guides/). Such a
// bigram tells nothing about which entry a ticket is about; the matcher weighs it down. The blind
// set is not read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bigrams, foldText } from '../utils/match/text';

const ROOT = resolve(import.meta.dirname, '..');
const SHARE = 0.06;
const TOPICS_NEEDED = 4;

const texts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);

const guides = resolve(ROOT, 'tests/data/guides');
const topics: string[][] = [
  ['dispatch-policy-faq.dev.jsonl', 'dispatch-policy-faq.dev-b.jsonl'].flatMap((name) => texts(resolve(ROOT, 'tests/data', name))),
  ...readdirSync(guides)
    .filter((name) => name.endsWith('.tickets.jsonl'))
    .sort()
    .map((name) => texts(resolve(guides, name))),
];

const commonIn = new Map<string, number>();
for (const tickets of topics) {
  const frequency = new Map<string, number>();
  for (const text of tickets) for (const gram of new Set(bigrams(foldText(text)))) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  for (const [gram, count] of frequency) if (count / tickets.length >= SHARE) commonIn.set(gram, (commonIn.get(gram) ?? 0) + 1);
}
const common = [...commonIn].filter(([, count]) => count >= TOPICS_NEEDED).map(([gram]) => gram).sort();
const out = resolve(ROOT, 'knowledge/common-grams.json');
writeFileSync(out, `${JSON.stringify({ about: 'Character bigrams common to tickets on every topic (scripts/build-common-grams.ts); the matcher weighs them down.', grams: common }, null, 1)}\n`);
console.log(`${common.length} common bigrams from ${topics.length} topics → ${out}`);
