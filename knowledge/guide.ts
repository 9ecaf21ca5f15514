import { parseFaqDocument } from './faq-parser';
import type { FaqDocument } from './faq-types';

// Kept apart from knowledge-base.ts (which needs the shared vocabulary) so that a reader of guides
// alone, such as the content script checking a policy pack, does not load the vocabulary.

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
