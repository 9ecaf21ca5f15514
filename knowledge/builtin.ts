import faqMarkdown from './dispatch-policy-faq.md?raw';
import { parseFaqDocument } from './faq-parser';

/** The counseling guide bundled with the extension. */
export const BUILTIN_FAQ = parseFaqDocument(faqMarkdown, 'dispatch-policy-faq.md');
