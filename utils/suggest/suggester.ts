import type { Clarify, Matcher, MatchResult, Suggestion } from '../match/matcher';
import { ticketQueryText, type TicketSnapshot } from '../ticket';
import type { ClarifyChoices } from './clarify-choices';

/** What the panel shows and the keyboard shortcut inserts for a ticket. */
export interface Suggestions {
  suggestions: Suggestion[];
  /** The guide's question when the ticket does not say which situation applies and the counselor has not answered it. */
  clarify: Clarify | null;
  /** Set when the ticket must be escalated, not answered from a guide (nothing is suggested then). */
  escalate: MatchResult['escalate'];
  /** Entry ids when the ticket asks more than one thing. */
  questions: string[];
}

const NOTHING: Suggestions = { suggestions: [], clarify: null, escalate: null, questions: [] };

/** The counselor's answer to the clarify question: the chosen entry first, the other options dropped. */
export function applyClarifyChoice(result: MatchResult, entryId: string | undefined): Suggestions {
  const { clarify, escalate, questions } = result;
  if (!clarify || !entryId || !clarify.options.some((option) => option.id === entryId)) return { suggestions: result.suggestions, clarify, escalate, questions };
  const optionIds = new Set(clarify.options.map((option) => option.id));
  const chosen = result.suggestions.filter((suggestion) => suggestion.entry.id === entryId);
  const others = result.suggestions.filter((suggestion) => !optionIds.has(suggestion.entry.id));
  return { suggestions: [...chosen, ...others], clarify: null, escalate, questions };
}

/**
 * The one place suggestions come from, for the panel and the keyboard shortcut alike: the matcher's
 * ranking for the ticket with the counselor's clarify answer for that very ticket applied.
 */
export function createSuggester(matcher: Matcher, choices: ClarifyChoices) {
  return {
    suggest(ticket: TicketSnapshot | null): Suggestions {
      if (!ticket) return NOTHING;
      return applyClarifyChoice(matcher(ticketQueryText(ticket)), choices.get(ticket.key));
    },
    choose(ticketKey: string, entryId: string): void {
      choices.set(ticketKey, entryId);
    },
  };
}

export type Suggester = ReturnType<typeof createSuggester>;
