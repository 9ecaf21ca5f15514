import { validateCues, type ClarifyRule, type EntryCues, type FaqCues } from './cues';
import type { FaqEntry } from './faq-types';
import type { Guide } from './guide';
import { VOCABULARY } from './vocabulary';

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
