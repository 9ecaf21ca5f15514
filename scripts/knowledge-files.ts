import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseExamples, parseGuide, type Guide } from '../knowledge/guide';
import { buildKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import { errorText } from '../utils/error-text';

/** The folder of the built-in guides: every `*.md` in it is built into the extension. */
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../knowledge');

/** The built-in guides' files, in a stable order. */
export function builtinGuideFiles(dir = KNOWLEDGE_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => resolve(dir, name));
}

/** Reads and parses a guide and, when they exist, its cue file `<name>.cues.json` and example phrasings `<name>.examples.jsonl` beside it. */
export function readGuide(path: string): Guide {
  const guide = readGuideAndCues(path);
  const examplesPath = path.replace(/\.md$/i, '.examples.jsonl');
  if (examplesPath === path || !existsSync(examplesPath)) return guide;
  const ids = new Set(guide.document.entries.map((entry) => entry.id));
  return { ...guide, examples: parseExamples(readFileSync(examplesPath, 'utf8'), examplesPath, ids) };
}

function readGuideAndCues(path: string): Guide {
  let markdown: string;
  try {
    markdown = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the FAQ document (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const cuesPath = path.replace(/\.md$/i, '.cues.json');
  if (cuesPath === path || !existsSync(cuesPath)) return parseGuide(path, markdown);
  let cues: unknown;
  try {
    cues = JSON.parse(readFileSync(cuesPath, 'utf8'));
  } catch (error) {
    throw new Error(`${cuesPath}: not valid JSON (${errorText(error)})`);
  }
  return parseGuide(path, markdown, cues);
}

/** The knowledge base of the given guide files, or of the built-in guides. */
export function loadKnowledge(paths: string[] = builtinGuideFiles()): KnowledgeBase {
  return buildKnowledgeBase(paths.map(readGuide));
}
