import { validateCues, type ClarifyRule, type EntryCues, type FaqCues } from './cues';
import { parseFaqDocument } from './faq-parser';
import type { FaqEntry } from './faq-types';
import { VOCABULARY } from './vocabulary';

/** One FAQ document as text, with its cue file when it has one. */
export interface FaqSource {
  file: string;
  markdown: string;
  /** The parsed `<file>.cues.json`, unchecked. */
  cues?: unknown;
}

/** Everything the matcher knows: entries of all documents and the cues that tie wording to them. */
export interface KnowledgeBase {
  entries: FaqEntry[];
  entryCues: Record<string, EntryCues>;
  clarify: ClarifyRule[];
  /** Document-specific concepts, beside the shared vocabulary. */
  concepts: Record<string, string[]>;
  outOfScope: Record<string, string[]>;
}

function stem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
}

/**
 * Parses and joins FAQ documents. With several documents, entry ids get the document's name
 * as a prefix (`other-guide/q1`) so that they stay unique.
 */
export function buildKnowledgeBase(sources: FaqSource[]): KnowledgeBase {
  const base: KnowledgeBase = { entries: [], entryCues: {}, clarify: [], concepts: {}, outOfScope: {} };
  const known = new Set(Object.keys(VOCABULARY.concepts));
  for (const source of sources) {
    const doc = parseFaqDocument(source.markdown, source.file);
    const prefix = sources.length > 1 ? `${stem(source.file)}/` : '';
    const rename = (id: string) => `${prefix}${id}`;
    const cues: FaqCues | null = source.cues === undefined ? null : validateCues(source.cues, known, new Set(doc.entries.map((entry) => entry.id)), source.file.replace(/\.md$/i, '.cues.json'));
    base.entries.push(...doc.entries.map((entry) => ({ ...entry, id: rename(entry.id) })));
    if (!cues) continue;
    for (const [id, cue] of Object.entries(cues.entries)) base.entryCues[rename(id)] = cue;
    for (const rule of cues.clarify ?? []) {
      base.clarify.push({
        between: Object.fromEntries(Object.entries(rule.between).map(([id, state]) => [rename(id), state])),
        labels: rule.labels && Object.fromEntries(Object.entries(rule.labels).map(([id, label]) => [rename(id), label])),
      });
    }
    Object.assign(base.concepts, cues.concepts);
    Object.assign(base.outOfScope, cues.outOfScope?.concepts);
  }
  return base;
}
