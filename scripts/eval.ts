// `npm run eval [-- --data FILE.jsonl]… [--verbose]`: accuracy of the matcher on labelled tickets.
// Lines: {"text": "…", "expected": ["q1"] | [] | ["q2","q3"], "opener": "사과", "subtype": "기타"}
// Without --data: the development sets (tickets.jsonl, tickets-b.jsonl) and the held-out set.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMatcher } from '../utils/match/matcher';
import { loadKnowledge } from './knowledge-files';

interface Labelled {
  id: string;
  text: string;
  expected: string[];
  opener?: string;
  subtype?: string;
}

const DEFAULT_SETS = ['tests/data/tickets.jsonl', 'tests/data/tickets-b.jsonl', 'tests/data/holdout.jsonl'];
const args = process.argv.slice(2);
const dataFiles = args.flatMap((arg, index) => (args[index - 1] === '--data' ? [arg] : []));
const verbose = args.includes('--verbose');
const match = createMatcher(loadKnowledge());
const NONE = '—';

for (const dataFile of dataFiles.length > 0 ? dataFiles : DEFAULT_SETS) evaluate(resolve(dataFile));

function evaluate(dataFile: string): void {
  const tickets: Labelled[] = readFileSync(dataFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

  const labelOf = (expected: string[]) => (expected.length === 0 ? NONE : expected.join('|'));
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);

  let inScope = 0, top1 = 0, top3 = 0, ambiguous = 0, clarified = 0;
  let outOfScope = 0, abstained = 0, abstainedCorrectly = 0;
  let openerTotal = 0, openerRight = 0, subtypeTotal = 0, subtypeRight = 0;
  const confusion = new Map<string, Map<string, number>>();
  const mistakes: string[] = [];

  for (const ticket of tickets) {
    const result = match(ticket.text);
    const ids = result.suggestions.map((suggestion) => suggestion.entry.id);
    const predicted = ids[0] ?? NONE;
    const label = labelOf(ticket.expected);
    const row = confusion.get(label) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(label, row);

    if (ids.length === 0) abstained++;
    if (ticket.expected.length === 0) {
      outOfScope++;
      if (ids.length === 0) abstainedCorrectly++;
      else mistakes.push(`${ticket.id} expected none, got ${ids.join(',')}: ${ticket.text.slice(0, 80)}`);
    } else if (ticket.expected.length === 1) {
      inScope++;
      if (predicted === ticket.expected[0]) top1++;
      else mistakes.push(`${ticket.id} expected ${label}, got ${ids.join(',') || NONE}: ${ticket.text.slice(0, 80)}`);
      if (ids.slice(0, 3).includes(ticket.expected[0]!)) top3++;
    } else {
      ambiguous++;
      const both = ticket.expected.every((id) => ids.slice(0, ticket.expected.length).includes(id));
      if (both && result.clarify) clarified++;
      else mistakes.push(`${ticket.id} expected ${label} + clarify, got ${ids.join(',') || NONE}${result.clarify ? ' (clarify)' : ''}: ${ticket.text.slice(0, 80)}`);
    }
    if (ticket.opener) {
      openerTotal++;
      if (result.tone.kind === ticket.opener) openerRight++;
      else if (verbose) mistakes.push(`${ticket.id} opener ${ticket.opener}, got ${result.tone.kind}: ${ticket.text.slice(0, 60)}`);
    }
    if (ticket.subtype && result.suggestions[0]?.subtype) {
      subtypeTotal++;
      if (result.suggestions[0].subtype === ticket.subtype) subtypeRight++;
      else if (verbose) mistakes.push(`${ticket.id} subtype ${ticket.subtype}, got ${result.suggestions[0].subtype}: ${ticket.text.slice(0, 60)}`);
    }
  }

  console.log(`Evaluation on ${tickets.length} tickets (${dataFile})`);
  console.log(`  top-1 accuracy (in scope)         ${percent(top1, inScope)}`);
  console.log(`  top-3 accuracy (in scope)         ${percent(top3, inScope)}`);
  console.log(`  ambiguous cancel → both + clarify ${percent(clarified, ambiguous)}`);
  console.log(`  abstention precision              ${percent(abstainedCorrectly, abstained)}`);
  console.log(`  abstention recall (out of scope)  ${percent(abstainedCorrectly, outOfScope)}`);
  console.log(`  opener-kind accuracy              ${percent(openerRight, openerTotal)}`);
  console.log(`  sub-type accuracy (answered)      ${percent(subtypeRight, subtypeTotal)}`);

  const columns = [...new Set([...confusion.values()].flatMap((row) => [...row.keys()]))].sort();
  console.log(`\nConfusion matrix (rows: expected, columns: top suggestion, ${NONE} = none)`);
  console.log(['expected'.padEnd(9), ...columns.map((column) => column.padStart(5))].join(' '));
  for (const label of [...confusion.keys()].sort()) {
    const row = confusion.get(label)!;
    console.log([label.padEnd(9), ...columns.map((column) => String(row.get(column) ?? '').padStart(5))].join(' '));
  }
  if (verbose && mistakes.length > 0) console.log(`\nMisses:\n${mistakes.join('\n')}`);
  console.log('');
}
