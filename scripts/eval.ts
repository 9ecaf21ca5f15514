// `npm run eval [-- --kb GUIDE.md … --tickets FILE.jsonl … --verbose]`: how well the matcher answers
// labelled tickets, per guide and with all guides loaded together. Figures, not assertions.
//
// Without --kb: every guide that has labelled tickets — the built-in guides in knowledge/ (tickets in
// tests/data/<guide>.*.jsonl), the development guides in tests/data/guides/ and the blind guide in
// tests/data/blind/ (tickets beside them as <guide>.tickets.jsonl). Each guide is measured with its
// cue file, without it, and with its example phrasings where it has them; then all together.
// With --kb: those guides, on the --tickets given (or the ticket files found for them).
//
// Ticket lines: {"id", "text", "expected": ["q1"] | [] | ["q2","q3"], "opener": "사과", "subtype"?, "also"?: ["q5"]}
// — ids are the guide's own (q1…) or qualified (`guide/q1`); `[]` means the guide does not answer it;
// two ids mean the ticket does not say which of two situations applies (the guide's question must be
// asked). The options page's feedback export writes `{"text", "expect"}` lines: read the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Guide } from '../knowledge/guide';
import { buildKnowledgeBase } from '../knowledge/knowledge-base';
import { createMatcher, type MatchResult } from '../utils/match/matcher';
import { builtinGuideFiles, readGuide } from './knowledge-files';
import { errorText } from '../utils/error-text';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run eval [-- --kb GUIDE.md … --tickets FILE.jsonl … --verbose]';

interface Labelled {
  id: string;
  text: string;
  expected: string[];
  opener?: string;
  escalate?: boolean;
  file: string;
}

interface GuideSet {
  path: string;
  tickets: Labelled[];
  /** Development data may be read while tuning; the blind set's misses are never printed. */
  blind: boolean;
}

function parseArgs(argv: string[]): { kb: string[]; tickets: string[]; verbose: boolean } {
  const options = { kb: [] as string[], tickets: [] as string[], verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--kb' || arg === '--tickets') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${arg} needs a file`);
      const path = resolve(value);
      if (!existsSync(path)) throw new Error(`${value}: no such file`);
      (arg === '--kb' ? options.kb : options.tickets).push(path);
    } else if (arg === '--verbose') options.verbose = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.tickets.length > 0 && options.kb.length === 0) throw new Error('--tickets needs the guides they are labelled for (--kb)');
  return options;
}

function readTickets(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      try {
        const ticket = JSON.parse(line) as Omit<Labelled, 'file' | 'id' | 'expected'> & { id?: string; expected?: string[]; expect?: string[] };
        // `expect` is how the options page exports counselors' feedback; ids may be qualified there (`guide/q1`).
        const expected = ticket.expected ?? ticket.expect;
        if (typeof ticket.text !== 'string' || !Array.isArray(expected)) throw new Error('needs "text" and "expected" (or "expect")');
        return { ...ticket, id: ticket.id ?? `${basename(file)}:${number}`, expected, file };
      } catch (error) {
        throw new Error(`${file}: line ${number}: ${errorText(error)}`);
      }
    });
}

/** The built-in guide's held-out tickets (`<guide>.holdout.jsonl`). */
const isHeldOut = (path: string) => basename(path).includes('.holdout.');
/** The blind guides and the held-out tickets: measured, their misses never printed. */
const isBlind = (path: string) => path.includes('/tests/data/blind/') || isHeldOut(path);

const stem = (path: string) => basename(path).replace(/\.md$/i, '');

/** The labelled ticket files of a guide: `<guide>.tickets.jsonl` beside it, or `tests/data/<guide>.*.jsonl`. */
function ticketFilesOf(path: string): string[] {
  const beside = resolve(dirname(path), `${stem(path)}.tickets.jsonl`);
  if (existsSync(beside)) return [beside];
  const data = resolve(ROOT, 'tests/data');
  return readdirSync(data)
    .filter((name) => name.startsWith(`${stem(path)}.`) && name.endsWith('.jsonl'))
    .sort()
    .map((name) => resolve(data, name));
}

function discover(): GuideSet[] {
  const folders = [resolve(ROOT, 'tests/data/guides'), resolve(ROOT, 'tests/data/blind')];
  const paths = [...builtinGuideFiles(), ...folders.flatMap((folder) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => resolve(folder, name)) : []))];
  // One row group per ticket file: a guide's development and held-out tickets are reported apart.
  return paths.flatMap((path) => ticketFilesOf(path).map((file) => ({ path, tickets: readTickets(file), blind: isBlind(path) || isBlind(file) })));
}

interface Score {
  tickets: number;
  inScope: number;
  top1: number;
  ambiguous: number;
  asked: number;
  outOfScope: number;
  abstained: number;
  complaints: number;
  apologised: number;
  openers: number;
  openersRight: number;
  escalations: number;
  flagged: number;
  falseFlags: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);

/** Scores tickets against a matcher; `qualify` turns a guide's own ids into the knowledge base's. */
function score(tickets: Labelled[], match: (text: string) => MatchResult, qualify: (ticket: Labelled, id: string) => string, misses?: string[]): Score {
  const s: Score = { tickets: tickets.length, inScope: 0, top1: 0, ambiguous: 0, asked: 0, outOfScope: 0, abstained: 0, complaints: 0, apologised: 0, openers: 0, openersRight: 0, escalations: 0, flagged: 0, falseFlags: 0 };
  for (const ticket of tickets) {
    const result = match(ticket.text);
    const ids = result.suggestions.map((suggestion) => suggestion.entry.id);
    const expected = ticket.expected.map((id) => qualify(ticket, id));
    const miss = (what: string) => misses?.push(`${ticket.id} ${what}, got ${ids.join(',') || 'nothing'}${result.clarify ? ' + question' : ''}: ${ticket.text.slice(0, 90).replace(/\n/g, ' ')}`);
    if (expected.length === 0) {
      s.outOfScope++;
      if (ids.length === 0) s.abstained++;
      else miss('expected nothing');
    } else if (expected.length === 1) {
      s.inScope++;
      if (ids[0] === expected[0]) s.top1++;
      else miss(`expected ${expected[0]}`);
    } else {
      s.ambiguous++;
      if (result.clarify && expected.every((id) => ids.slice(0, expected.length).includes(id))) s.asked++;
      else miss(`expected ${expected.join('|')} + question`);
    }
    if (ticket.escalate) {
      s.escalations++;
      if (result.escalate) s.flagged++;
      else miss('expected an escalation');
    } else if (result.escalate) {
      s.falseFlags++;
      miss(`escalated (${result.escalate.reason}) without cause`);
    }
    if (ticket.opener) {
      s.openers++;
      if (result.tone.kind === ticket.opener) s.openersRight++;
      if (ticket.opener === '사과' && ids.length > 0) {
        s.complaints++;
        if (result.suggestions[0]!.opener.kind === '사과') s.apologised++;
      }
    }
  }
  return s;
}

function row(label: string, s: Score): string {
  return `| ${label} | ${s.tickets} | ${percent(s.top1, s.inScope)} | ${percent(s.asked, s.ambiguous)} | ${percent(s.abstained, s.outOfScope)} | ${percent(s.apologised, s.complaints)} | ${percent(s.openersRight, s.openers)} | ${percent(s.flagged, s.escalations)}, ${s.falseFlags} false |`;
}

const HEADER = '| knowledge | tickets | top-1 | ambiguous → asks | abstention | complaint → 사과 | opener kind | escalations flagged |\n| --- | --- | --- | --- | --- | --- | --- | --- |';

/** The guide as a team adds it: no cue file, and its example phrasings only when asked for. */
function plain(guide: Guide, withExamples = false): Guide {
  const { cues: _cues, examples, ...rest } = guide;
  return withExamples && examples ? { ...rest, examples } : rest;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const sets: GuideSet[] =
    options.kb.length === 0
      ? discover()
      : options.kb.flatMap((path, index) => {
          // Tickets given on the command line belong to the first guide (one row); the others' files
          // are found beside them, a row per file as without --kb, so a held-out file stays unprinted.
          if (index === 0 && options.tickets.length > 0) return [{ path, tickets: options.tickets.flatMap(readTickets), blind: isBlind(path) || options.tickets.some(isBlind) }];
          const files = ticketFilesOf(path);
          if (files.length === 0) return [{ path, tickets: [], blind: isBlind(path) }];
          return files.map((file) => ({ path, tickets: readTickets(file), blind: isBlind(path) || isBlind(file) }));
        });
  const guides = new Map([...new Set(sets.map((set) => set.path))].map((path) => [path, readGuide(path)]));
  const misses: string[] = [];

  console.log(HEADER);
  for (const set of sets) {
    const guide = guides.get(set.path)!;
    const own = (_ticket: Labelled, id: string) => (id.startsWith(`${stem(set.path)}/`) ? id.slice(stem(set.path).length + 1) : id);
    const files = [...new Set(set.tickets.map((ticket) => basename(ticket.file).replace(/\.jsonl$/, '').replace(`${stem(set.path)}.`, '')))];
    const heldOut = set.tickets.some((ticket) => isHeldOut(ticket.file));
    const name = `${stem(set.path)} [${files.join(', ')}]${heldOut ? ' (held out)' : set.blind ? ' (not read)' : ''}`;
    const keep = options.verbose && !set.blind ? misses : undefined;
    const measure = (label: string, variant: Guide, misses?: string[]) => console.log(row(`${name}, ${label}`, score(set.tickets, createMatcher(buildKnowledgeBase([variant])), own, misses)));
    if (guide.cues !== undefined) measure('with its cue file', guide, keep);
    measure('guide alone', plain(guide), guide.cues === undefined && !guide.examples ? keep : undefined);
    if (guide.examples) measure(`with ${guide.examples.length} example phrasings`, plain(guide, true), guide.cues === undefined ? keep : undefined);
  }
  if (guides.size > 1) {
    const all = createMatcher(buildKnowledgeBase([...guides.values()]));
    const owner = new Map(sets.flatMap((set) => set.tickets.map((ticket) => [ticket, stem(set.path)] as const)));
    // One guide's out-of-scope ticket may be another's question: together, only the answered ones count.
    const tickets = sets.flatMap((set) => set.tickets).filter((ticket) => ticket.expected.length > 0);
    console.log(row(`all ${guides.size} guides together (tickets some guide answers)`, score(tickets, all, (ticket, id) => (id.includes('/') ? id : `${owner.get(ticket)}/${id}`))));
  }
  if (misses.length > 0) console.log(`\nMisses (development data only):\n${misses.join('\n')}`);
}

try {
  main();
} catch (error) {
  console.error(`${errorText(error)}\n${USAGE}`);
  process.exit(2);
}
