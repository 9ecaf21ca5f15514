import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createSuggester } from '@/utils/suggest/suggester';
import { ticket } from './support/tickets';

const matcher = createMatcher(BUILTIN_KNOWLEDGE);
const ids = (result: { suggestions: Array<{ entry: { id: string } }> }) => result.suggestions.map((suggestion) => suggestion.entry.id);

describe('the suggester (the one source of the panel and the shortcut)', () => {
  it('applies a clarify answer to the ticket it was given for, and to no other', () => {
    const suggester = createSuggester(matcher, new ClarifyChoices());
    const a = ticket('desk:A', '대리 호출 취소할 수 있나요?');
    const b = ticket('desk:B', '대리 호출 취소 되나요?');
    expect(suggester.suggest(a).clarify).not.toBeNull();
    suggester.choose(a.key, 'q3');
    expect(suggester.suggest(a)).toMatchObject({ clarify: null });
    expect(ids(suggester.suggest(a))).toEqual(['q3']);
    expect(suggester.suggest(b).clarify?.options.map((option) => option.id)).toEqual(['q2', 'q3']);
    expect(ids(suggester.suggest(b)).slice(0, 2)).toEqual(['q2', 'q3']);
  });

  it('ignores an answer that is not one of the question\'s options', () => {
    const suggester = createSuggester(matcher, new ClarifyChoices());
    const a = ticket('desk:A', '대리 호출 취소할 수 있나요?');
    suggester.choose(a.key, 'q5');
    expect(suggester.suggest(a).clarify).not.toBeNull();
  });

  it('suggests nothing without a ticket', () => {
    expect(createSuggester(matcher, new ClarifyChoices()).suggest(null)).toEqual({ suggestions: [], clarify: null, escalate: null, questions: [] });
  });
});

describe('clarify answers', () => {
  it('are handed over for storage, restored after a restart, and the oldest dropped past the limit', () => {
    const stored = vi.fn();
    const choices = new ClarifyChoices(2, stored);
    choices.set('t1', 'q2');
    choices.set('t2', 'q3');
    choices.set('t3', 'q2');
    expect(stored).toHaveBeenLastCalledWith([
      ['t2', 'q3'],
      ['t3', 'q2'],
    ]);
    const restarted = new ClarifyChoices(2);
    restarted.restore(stored.mock.lastCall![0]);
    expect(restarted.get('t2')).toBe('q3');
    expect(restarted.get('t1')).toBeUndefined();
  });
});
