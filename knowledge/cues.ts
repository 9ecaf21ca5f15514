/** Cue files (`<faq>.cues.json`) tie customer wording to the entries of one FAQ document. */
export interface EntryCues {
  /** Groups of concept names; every group must be present, any one concept of a group suffices. */
  requires: string[][];
  /** Concepts that make the entry more likely. */
  supports?: string[];
  /** Concepts that make the entry less likely (they point at a neighbouring entry). */
  against?: string[];
  /** The situation that tells this entry apart from another with the same question. */
  state?: string;
}

export interface ClarifyRule {
  /** Entry id → the state concept that leads to it. */
  between: Record<string, string>;
  /** Entry id → the answer a counselor clicks when the customer confirms that state. */
  labels?: Record<string, string>;
}

export interface FaqCues {
  entries: Record<string, EntryCues>;
  clarify?: ClarifyRule[];
  /** Concepts particular to this document, added to the shared vocabulary. */
  concepts?: Record<string, string[]>;
  outOfScope?: { concepts: Record<string, string[]> };
}

export class CuesError extends Error {
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'CuesError';
  }
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function conceptTable(value: unknown, where: string, file?: string): Record<string, string[]> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CuesError(`${where} must be an object of concept → wordings`, file);
  const table: Record<string, string[]> = {};
  for (const [name, forms] of Object.entries(value)) {
    if (name === 'about') continue;
    if (!isStringArray(forms)) throw new CuesError(`${where}.${name} must be a list of wordings`, file);
    table[name] = forms;
  }
  return table;
}

/**
 * Checks a parsed cue file: shapes, and that every concept it names is known
 * (`knownConcepts` from the shared vocabulary) or defined in the file itself.
 */
export function validateCues(raw: unknown, knownConcepts: Set<string>, entryIds: Set<string>, file?: string): FaqCues {
  if (typeof raw !== 'object' || raw === null) throw new CuesError('a cue file holds one JSON object', file);
  const data = raw as Record<string, unknown>;
  const concepts = conceptTable(data.concepts, 'concepts', file);
  const outOfScope = conceptTable((data.outOfScope as Record<string, unknown> | undefined)?.concepts, 'outOfScope.concepts', file);
  const known = new Set([...knownConcepts, ...Object.keys(concepts)]);
  const checkConcept = (name: unknown, where: string) => {
    if (typeof name !== 'string' || !known.has(name)) throw new CuesError(`${where} names an unknown concept "${String(name)}"`, file);
  };

  const entries: Record<string, EntryCues> = {};
  const rawEntries = (data.entries ?? {}) as Record<string, unknown>;
  for (const [id, value] of Object.entries(rawEntries)) {
    if (!entryIds.has(id)) throw new CuesError(`entries.${id}: the FAQ has no entry "${id}"`, file);
    const cue = value as Partial<EntryCues>;
    if (!Array.isArray(cue.requires) || cue.requires.length === 0 || !cue.requires.every(isStringArray)) {
      throw new CuesError(`entries.${id}.requires must be a non-empty list of concept lists`, file);
    }
    for (const name of cue.requires.flat()) checkConcept(name, `entries.${id}.requires`);
    for (const key of ['supports', 'against'] as const) {
      if (cue[key] === undefined) continue;
      if (!isStringArray(cue[key])) throw new CuesError(`entries.${id}.${key} must be a list of concepts`, file);
      for (const name of cue[key]!) checkConcept(name, `entries.${id}.${key}`);
    }
    if (cue.state !== undefined) checkConcept(cue.state, `entries.${id}.state`);
    entries[id] = { requires: cue.requires, supports: cue.supports, against: cue.against, state: cue.state };
  }

  const clarify = (Array.isArray(data.clarify) ? data.clarify : []) as ClarifyRule[];
  clarify.forEach((rule, index) => {
    const ids = Object.keys(rule.between ?? {});
    if (ids.length < 2) throw new CuesError(`clarify[${index}] needs at least two entries`, file);
    for (const id of ids) {
      if (!entryIds.has(id)) throw new CuesError(`clarify[${index}]: the FAQ has no entry "${id}"`, file);
      checkConcept(rule.between[id], `clarify[${index}].between.${id}`);
    }
  });

  return { entries, clarify, concepts, outOfScope: { concepts: outOfScope } };
}
