import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildKnowledgeBase } from '../knowledge/knowledge-base';
import { builtinGuideFiles, KNOWLEDGE_DIR, readGuide } from './knowledge-files';
import { errorText } from '../utils/error-text';

const VIRTUAL_ID = 'virtual:replydeck-guides';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * `virtual:replydeck-guides`: the guides in knowledge/, parsed and checked at build time, as data.
 * The extension never parses markdown on start-up, and a malformed guide or cue file fails the
 * build with its file and line.
 */
export function guidesPlugin(dir = KNOWLEDGE_DIR): Plugin {
  return {
    name: 'replydeck-guides',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = builtinGuideFiles(dir);
      for (const file of files) {
        this.addWatchFile(file);
        this.addWatchFile(file.replace(/\.md$/, '.cues.json'));
        this.addWatchFile(file.replace(/\.md$/, '.examples.jsonl'));
      }
      try {
        const guides = files.map((file) => ({ ...readGuide(file), file: relative(dir, file) }));
        buildKnowledgeBase(guides);
        return `export const BUILTIN_GUIDES = ${JSON.stringify(guides)};`;
      } catch (error) {
        this.error(`knowledge/: ${errorText(error)}`);
      }
    },
  };
}
