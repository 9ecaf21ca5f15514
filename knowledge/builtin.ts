import cues from './dispatch-policy-faq.cues.json';
import markdown from './dispatch-policy-faq.md?raw';
import { buildKnowledgeBase } from './knowledge-base';

/** The counseling guide bundled with the extension, with its cues. */
export const BUILTIN_KNOWLEDGE = buildKnowledgeBase([{ file: 'dispatch-policy-faq.md', markdown, cues }]);
