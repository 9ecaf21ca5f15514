import { BUILTIN_GUIDES } from 'virtual:replydeck-guides';
import { buildKnowledgeBase } from './knowledge-base';

/** The guides built into the extension (every `*.md` in knowledge/, parsed at build time). */
export { BUILTIN_GUIDES };

export const BUILTIN_KNOWLEDGE = buildKnowledgeBase(BUILTIN_GUIDES);
