import { composeReply } from '../compose-reply';
import type { Clarify, Matcher, MatchResult, Suggestion } from '../match/matcher';
import { applyPins, type ShownSuggestion } from '../team/pins';
import type { ResolvedPin } from '../team/team-state';
import { ticketQueryText, type TicketSnapshot } from '../ticket';
import type { ClarifyChoices } from './clarify-choices';

/** What the panel shows and the keyboard shortcut inserts for a ticket. */
export interface Suggestions {
  /** Best first: the team's pinned entries among them lead, composed as pinned. */
  suggestions: ShownSuggestion[];
  /** The guide's question when the ticket does not say which situation applies and the counselor has not answered it. */
  clarify: Clarify | null;
  /** Set when the ticket must be escalated, not answered from a guide (nothing is suggested then). */
  escalate: MatchResult['escalate'];
  /** Entry ids when the ticket asks more than one thing. */
  questions: string[];
}

export const NOTHING: Suggestions = { suggestions: [], clarify: null, escalate: null, questions: [] };

function withStateKnown(suggestion: Suggestion): Suggestion {
  if (!suggestion.ask || suggestion.omit.includes(suggestion.ask)) return suggestion;
  const omit = [...suggestion.omit, suggestion.ask];
  return { ...suggestion, omit, reply: composeReply(suggestion.entry, { opener: suggestion.opener.text, branches: suggestion.branches, omit }) };
}

/** The counselor's answer to the clarify question: the chosen entry first, the other options dropped. */
export function applyClarifyChoice(result: MatchResult, entryId: string | undefined): Suggestions {
  const { clarify, escalate, questions } = result;
  if (!clarify || !entryId || !clarify.options.some((option) => option.id === entryId)) return { suggestions: result.suggestions, clarify, escalate, questions };
  const optionIds = new Set(clarify.options.map((option) => option.id));
  // The counselor now knows the state: the chosen answer no longer asks the guide's question.
  const chosen = result.suggestions.filter((suggestion) => suggestion.entry.id === entryId).map(withStateKnown);
  const others = result.suggestions.filter((suggestion) => !optionIds.has(suggestion.entry.id));
  return { suggestions: [...chosen, ...others], clarify: null, escalate, questions };
}

/**
 * The one place suggestions come from, for the panel and the keyboard shortcut alike: the matcher's
 * ranking for the ticket with the counselor's clarify answer for that very ticket applied, and the
 * team's pins on top.
 */
export function createSuggester(matcher: Matcher, choices: ClarifyChoices, pins: readonly ResolvedPin[] = []) {
  return {
    suggest(ticket: TicketSnapshot | null): Suggestions {
      if (!ticket) return NOTHING;
      const chosen = applyClarifyChoice(matcher(ticketQueryText(ticket)), choices.get(ticket.key));
      return { ...chosen, suggestions: applyPins(chosen.suggestions, pins) };
    },
    choose(ticketKey: string, entryId: string): void {
      choices.set(ticketKey, entryId);
    },
  };
}

export type Suggester = ReturnType<typeof createSuggester>;
