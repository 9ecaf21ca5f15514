// `npm run bench`: match time per ticket and index build time for knowledge bases of 6, 600 and
// 6,000 entries, plus the cost of a 1 MB ticket and peak memory. Figures, not assertions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseGuide } from '../knowledge/guide';
import { buildKnowledgeBase } from '../knowledge/knowledge-base';
import { createMatcher } from '../utils/match/matcher';
import { generateFaqDocument } from './generate-kb';
import { KNOWLEDGE_DIR } from './knowledge-files';

const TICKETS_FILE = resolve(import.meta.dirname, '../tests/data/dispatch-policy-faq.dev.jsonl');
const ROUNDS = 5;

const tickets: string[] = readFileSync(TICKETS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const BUILTIN_GUIDE_FILE = resolve(KNOWLEDGE_DIR, 'dispatch-policy-faq.md');
const builtinMarkdown = readFileSync(BUILTIN_GUIDE_FILE, 'utf8');
const builtinCues: unknown = JSON.parse(readFileSync(BUILTIN_GUIDE_FILE.replace(/\.md$/, '.cues.json'), 'utf8'));
const rows: string[] = [];

for (const size of [6, 600, 6000]) {
  const markdown = size === 6 ? builtinMarkdown : generateFaqDocument(builtinMarkdown, size);
  const buildStart = performance.now();
  const knowledge = buildKnowledgeBase([parseGuide(BUILTIN_GUIDE_FILE, markdown, builtinCues)]);
  const match = createMatcher(knowledge);
  const buildTime = performance.now() - buildStart;
  if (knowledge.entries.length !== size) throw new Error(`expected ${size} entries, built ${knowledge.entries.length}`);

  for (const text of tickets.slice(0, 20)) match(text); // warm-up: JIT, not caches of these tickets
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of tickets) {
      const start = performance.now();
      match(text);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const huge = `${tickets[0]} `.repeat(Math.ceil(1_000_000 / (tickets[0]!.length + 1)));
  const hugeStart = performance.now();
  match(huge);
  const hugeTime = performance.now() - hugeStart;
  rows.push(
    `${String(size).padStart(5)} entries  build ${ms(buildTime).padStart(12)}  match median ${ms(percentile(times, 50)).padStart(10)}  p95 ${ms(percentile(times, 95)).padStart(10)}  max ${ms(times.at(-1)!).padStart(10)}  1 MB ticket ${ms(hugeTime).padStart(10)}  heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB`,
  );
}

console.log(`Matcher benchmark: ${tickets.length} development tickets × ${ROUNDS} rounds per knowledge base (node ${process.version})`);
for (const row of rows) console.log(row);
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`);
console.log('targets: p95 ≤ 2 ms at 6 entries, ≤ 20 ms at 6,000 entries; build (parse and index) ≤ 1 s at 6,000 entries');
