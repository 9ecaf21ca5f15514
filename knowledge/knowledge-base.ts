import { validateCues, type ClarifyRule, type EntryCues, type FaqCues } from './cues';
import { parseFaqDocument } from './faq-parser';
import type { FaqDocument, FaqEntry } from './faq-types';
import { VOCABULARY } from './vocabulary';

/** One counseling guide, parsed: its id (the file's stem, e.g. `dispatch-policy-faq`), entries, and cue file when it has one. */
export interface Guide {
  id: string;
  /** Where it came from, for messages (`knowledge/dispatch-policy-faq.md`). */
  file: string;
  document: FaqDocument;
  /** The parsed `<guide>.cues.json`, checked when the knowledge base is built. */
  cues?: unknown;
  /** Example customer messages per entry (`<guide>.examples.jsonl`), written by the team lead. */
  examples?: GuideExample[];
}

export interface GuideExample {
  /** The guide's own entry id, e.g. `q3`. */
  entry: string;
  text: string;
}

/** Everything the matcher knows: entries of all guides and the cues that tie wording to them. */
export interface KnowledgeBase {
  entries: FaqEntry[];
  entryCues: Record<string, EntryCues>;
  clarify: ClarifyRule[];
  /** Guide-specific concepts, beside the shared vocabulary. */
  concepts: Record<string, string[]>;
  /** Per guide id: topics that guide does not answer (from its cue file); they silence only its own entries. */
  outOfScope: Record<string, Record<string, string[]>>;
  /** Example customer messages per (qualified) entry id. */
  examples: Record<string, string[]>;
}

/** A guide's id: its file name without folder and `.md`. */
export function guideId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
}

/** Parses a guide's markdown; throws FaqParseError naming the file and line when it is malformed. */
export function parseGuide(file: string, markdown: string, cues?: unknown, examples?: GuideExample[]): Guide {
  return { id: guideId(file), file, document: parseFaqDocument(markdown, file), ...(cues === undefined ? {} : { cues }), ...(examples ? { examples } : {}) };
}

/**
 * Reads `<guide>.examples.jsonl`: one `{"entry":"q3","text":"…"}` per line. A bad line is named
 * (file and line) and nothing is read.
 */
export function parseExamples(jsonl: string, file: string, entryIds: ReadonlySet<string>): GuideExample[] {
  return jsonl.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const fail = (reason: string): never => {
      throw new Error(`${file}: line ${index + 1}: ${reason}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const { entry, text } = (value ?? {}) as { entry?: unknown; text?: unknown };
    if (typeof entry !== 'string' || typeof text !== 'string' || text.trim() === '') fail('expected {"entry": "q1", "text": "…"}');
    if (!entryIds.has(entry as string)) fail(`the guide has no entry "${String(entry)}"`);
    return [{ entry: entry as string, text: text as string }];
  });
}

/**
 * Joins guides into one knowledge base, checking their cue files. With several guides, entry ids
 * get the guide's id as a prefix (`other-guide/q1`) so that they stay unique.
 */
export function buildKnowledgeBase(guides: Guide[]): KnowledgeBase {
  const base: KnowledgeBase = { entries: [], entryCues: {}, clarify: [], concepts: {}, outOfScope: {}, examples: {} };
  const known = new Set(Object.keys(VOCABULARY.concepts));
  for (const guide of guides) {
    const { entries } = guide.document;
    const prefix = guides.length > 1 ? `${guide.id}/` : '';
    const rename = (id: string) => `${prefix}${id}`;
    const cueFile = guide.file.replace(/\.md$/i, '.cues.json');
    const cues: FaqCues | null = guide.cues === undefined ? null : validateCues(guide.cues, known, new Set(entries.map((entry) => entry.id)), cueFile);
    base.entries.push(...entries.map((entry) => ({ ...entry, id: rename(entry.id), guide: guide.id })));
    for (const example of guide.examples ?? []) {
      const id = rename(example.entry);
      base.examples[id] = [...(base.examples[id] ?? []), example.text];
    }
    if (!cues) continue;
    for (const [id, cue] of Object.entries(cues.entries)) base.entryCues[rename(id)] = cue;
    for (const rule of cues.clarify ?? []) {
      base.clarify.push({
        between: Object.fromEntries(Object.entries(rule.between).map(([id, state]) => [rename(id), state])),
        labels: rule.labels && Object.fromEntries(Object.entries(rule.labels).map(([id, label]) => [rename(id), label])),
      });
    }
    Object.assign(base.concepts, cues.concepts);
    if (cues.outOfScope) base.outOfScope[guide.id] = cues.outOfScope.concepts;
  }
  return base;
}
