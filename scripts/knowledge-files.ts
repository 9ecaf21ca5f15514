import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildKnowledgeBase, type FaqSource, type KnowledgeBase } from '../knowledge/knowledge-base';

export const BUILTIN_FAQ_FILE = resolve(import.meta.dirname, '../knowledge/dispatch-policy-faq.md');

/** Reads a FAQ document and, when it exists, its cue file `<name>.cues.json` beside it. */
export function readFaqSource(path: string): FaqSource {
  let markdown: string;
  try {
    markdown = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read the FAQ document (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const cuesPath = path.replace(/\.md$/i, '.cues.json');
  if (cuesPath === path || !existsSync(cuesPath)) return { file: path, markdown };
  try {
    return { file: path, markdown, cues: JSON.parse(readFileSync(cuesPath, 'utf8')) };
  } catch (error) {
    throw new Error(`${cuesPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function loadKnowledge(paths: string[] = [BUILTIN_FAQ_FILE]): KnowledgeBase {
  return buildKnowledgeBase(paths.map(readFaqSource));
}
