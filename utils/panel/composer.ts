import type { FaqEntry, OpenerKind } from '@/knowledge/faq-types';
import { complaintBranches, composeCombinedReply, composeReply, phrasingsFor, type Opener } from '../compose-reply';

/** What the counselor changed in one answer's composer: another opener, the branch on or off, the text edited. */
export interface Draft {
  kind?: OpenerKind;
  opener?: string;
  branch?: boolean;
  /** The reply as the counselor edited it; opener and branch changes start again from the composed text. */
  text?: string;
}

/** An answer as the matcher (or the counselor's search) proposes it, before the counselor's changes. */
export interface Composable {
  entry: FaqEntry;
  opener: Opener;
  branches: string[];
  omit: readonly string[];
}

/** What a composer shows and what 넣기 and 복사 send. */
export interface ComposerView {
  kind: OpenerKind;
  opener: string;
  /** The phrasings offered for the kind: the guide's own example for this entry first, then the team's. */
  phrasings: string[];
  /** Whether the entry has a `불만 제기 시` branch to add. */
  hasBranch: boolean;
  branch: boolean;
  text: string;
  edited: boolean;
}

/** The draft applied to a proposed answer. */
export function composerView(item: Composable, draft: Draft, openers: Record<OpenerKind, string[]>): ComposerView {
  const kind = draft.kind ?? item.opener.kind;
  const phrasings = phrasingsFor(item.entry, kind, openers);
  const opener = draft.opener ?? (draft.kind ? (phrasings[0] ?? '') : item.opener.text);
  const hasBranch = complaintBranches(item.entry).length > 0;
  const branch = draft.branch ?? item.branches.length > 0;
  const composed = composeReply(item.entry, { opener, branches: branch ? complaintBranches(item.entry) : [], omit: item.omit });
  return { kind, opener, phrasings: [...new Set([opener, ...phrasings])], hasBranch, branch, text: draft.text ?? composed, edited: draft.text !== undefined };
}

/** Two questions of one ticket answered in one reply, under the first answer's opener. */
export function combinedView(items: Composable[], draft: Draft, openers: Record<OpenerKind, string[]>): ComposerView {
  const [first] = items;
  const view = composerView(first!, draft, openers);
  const parts = items.map((item, index) => ({
    entry: item.entry,
    branches: (index === 0 ? view.branch : item.branches.length > 0) ? complaintBranches(item.entry) : [],
    omit: item.omit,
  }));
  return { ...view, text: draft.text ?? composeCombinedReply(parts, view.opener) };
}
