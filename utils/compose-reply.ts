import type { FaqEntry, OpenerKind } from '@/knowledge/faq-types';
import { openerKindOf } from '@/knowledge/openers';

export interface ComposeOptions {
  opener: string | null;
  /** Names of conditional branches to add after the basic answer, e.g. `불만 제기 시`. */
  branches?: string[];
  /** Lines left out: the guide's own question (혹시, 기사가 배정되었습니까?) once the state is known. */
  omit?: readonly string[];
}

/** A line that stops mid-sentence (no closing punctuation): the guide's markdown broke it for width, not meaning. */
const ENDS_SENTENCE = /[.?!。…:;)\]」』"'~]$/;

/** A paragraph as the customer should read it: lines broken mid-sentence joined, omitted lines dropped. */
function tidy(paragraph: string, omit: readonly string[]): string {
  const lines = paragraph.split('\n').filter((line) => !omit.includes(line.trim()));
  return lines.reduce((text, line, index) => (index === 0 ? line : ENDS_SENTENCE.test(text.trimEnd()) ? `${text}\n${line}` : `${text.trimEnd()} ${line.trimStart()}`), '');
}

/** The reply as paragraphs: the empathy opener, the basic answer, then any chosen branches. */
export function composeReplyParagraphs(entry: FaqEntry, options: ComposeOptions): string[] {
  const chosen = entry.branches.filter((branch) => options.branches?.includes(branch.name));
  const omit = options.omit ?? [];
  return [...(options.opener ? [options.opener] : []), ...[...entry.answer, ...chosen.flatMap((branch) => branch.paragraphs)].map((paragraph) => tidy(paragraph, omit))].filter(
    (paragraph) => paragraph.trim() !== '',
  );
}

/** The reply as plain text: paragraphs separated by a blank line, line breaks between sentences kept. */
export function composeReply(entry: FaqEntry, options: ComposeOptions): string {
  return composeReplyParagraphs(entry, options).join('\n\n');
}

/** Answers to two questions of one ticket as one reply: one opener, then each entry's answer and branches. */
export function composeCombinedReply(parts: Array<{ entry: FaqEntry; branches: string[]; omit: readonly string[] }>, opener: string | null): string {
  return [...(opener ? [opener] : []), ...parts.flatMap((part) => composeReplyParagraphs(part.entry, { opener: null, branches: part.branches, omit: part.omit }))].join('\n\n');
}

export interface Opener {
  kind: OpenerKind;
  text: string;
}

/** The `불만 제기 시` branches of an entry: added when the customer complains (or a team lead says so). */
export function complaintBranches(entry: FaqEntry): string[] {
  return entry.branches.filter((branch) => /불만/.test(branch.name)).map((branch) => branch.name);
}

/** The phrasings of an opener kind for an entry: the guide's own example for it first (when of that kind), then the team's. */
export function phrasingsFor(entry: FaqEntry, kind: OpenerKind, phrasings: Record<OpenerKind, string[]>): string[] {
  const example = entry.empathy.example;
  return [...new Set([...(example && openerKindOf(example) === kind ? [example] : []), ...phrasings[kind]])];
}

/**
 * The opener for an entry when the customer's tone calls for `wanted`: that kind if the guide
 * allows it for the entry, else the guide's first; in its first phrasing (the guide's own wording
 * where its example is of that kind).
 */
export function openerFor(entry: FaqEntry, wanted: OpenerKind, phrasings: Record<OpenerKind, string[]>): Opener {
  const kind = entry.empathy.kinds.includes(wanted) ? wanted : (entry.empathy.kinds[0] ?? wanted);
  return { kind, text: phrasingsFor(entry, kind, phrasings)[0] ?? '' };
}
