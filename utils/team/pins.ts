import type { FaqEntry } from '@/knowledge/faq-types';
import { complaintBranches, composeReply, openerFor, type Opener } from '../compose-reply';
import type { Suggestion } from '../match/matcher';
import type { ResolvedPin, TeamState } from './team-state';

/** Shown on a pinned card: 팀 추천, whose it is, and the lead's note. */
export interface PinMark {
  origin: ResolvedPin['origin'];
  note?: string;
}

export type ShownSuggestion = Suggestion & { pin?: PinMark };

/** The entry's reply as the pin fixes it: its opener, and its branch choice (absent: the matcher's, from the ticket's tone). */
function pinnedReply(entry: FaqEntry, pin: ResolvedPin, fallback: { opener: Opener; branches: string[]; omit: readonly string[] }) {
  const opener = pin.opener ?? fallback.opener;
  const branches = pin.complaintBranch === undefined ? fallback.branches : pin.complaintBranch ? complaintBranches(entry) : [];
  return { opener, branches, reply: composeReply(entry, { opener: opener.text, branches, omit: fallback.omit }) };
}

/** Pinned entries among the suggestions rank first, in the lead's order, composed as pinned. */
export function applyPins(suggestions: Suggestion[], pins: readonly ResolvedPin[]): ShownSuggestion[] {
  const byEntry = new Map(pins.map((pin, index) => [pin.entryId, { pin, index }]));
  const pinned = suggestions
    .filter((suggestion) => byEntry.has(suggestion.entry.id))
    .sort((a, b) => byEntry.get(a.entry.id)!.index - byEntry.get(b.entry.id)!.index)
    .map((suggestion): ShownSuggestion => {
      const { pin } = byEntry.get(suggestion.entry.id)!;
      return { ...suggestion, ...pinnedReply(suggestion.entry, pin, suggestion), pin: { origin: pin.origin, ...(pin.note ? { note: pin.note } : {}) } };
    });
  return [...pinned, ...suggestions.filter((suggestion) => !byEntry.has(suggestion.entry.id))];
}

/** One item of the panel's 팀 추천 list: a pinned entry ready to insert whatever the ticket says. */
export interface TeamAnswer {
  entry: FaqEntry;
  pin: ResolvedPin;
  opener: Opener;
  reply: string;
}

/** The team's pinned answers in the lead's order, each composed with its pinned opener and branch (else the guide's first opener kind, no branch). */
export function teamAnswers(state: Pick<TeamState, 'pins' | 'knowledge' | 'openers'>): TeamAnswer[] {
  const byId = new Map(state.knowledge.entries.map((entry) => [entry.id, entry]));
  return state.pins.flatMap((pin) => {
    const entry = byId.get(pin.entryId);
    if (!entry) return [];
    const opener = openerFor(entry, entry.empathy.kinds[0] ?? '호응', state.openers);
    return [{ entry, pin, ...pinnedReply(entry, pin, { opener, branches: [], omit: [] }) }];
  });
}
