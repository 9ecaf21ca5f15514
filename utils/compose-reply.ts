import type { FaqEntry } from '@/knowledge/faq-types';

export interface ComposeOptions {
  opener: string | null;
  /** Names of conditional branches to add after the basic answer, e.g. `불만 제기 시`. */
  branches?: string[];
}

/** The reply as paragraphs: the empathy opener, the basic answer, then any chosen branches. */
export function composeReplyParagraphs(entry: FaqEntry, options: ComposeOptions): string[] {
  const chosen = entry.branches.filter((branch) => options.branches?.includes(branch.name));
  return [
    ...(options.opener ? [options.opener] : []),
    ...entry.answer,
    ...chosen.flatMap((branch) => branch.paragraphs),
  ];
}

/** The reply as plain text: paragraphs separated by a blank line, line breaks kept. */
export function composeReply(entry: FaqEntry, options: ComposeOptions): string {
  return composeReplyParagraphs(entry, options).join('\n\n');
}
