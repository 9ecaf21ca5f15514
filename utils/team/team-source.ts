import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { VOCABULARY } from '@/knowledge/vocabulary';
import { createMatcher } from '../match/matcher';
import type { ClarifyChoices } from '../suggest/clarify-choices';
import { createSuggester, type Suggester } from '../suggest/suggester';
import { NO_PERSONAL_DATA, readPersonalData, watchPersonalData } from './personal-storage';
import { readPolicy, watchPolicy } from './policy';
import { mergeTeamState, type TeamState } from './team-state';

/** The built-in guides, the organization's policy pack and this browser's personal data, merged. */
export async function loadTeamState(): Promise<TeamState> {
  const [policy, personal] = await Promise.all([readPolicy(BUILTIN_GUIDES), readPersonalData()]);
  return mergeTeamState(BUILTIN_GUIDES, policy, personal);
}

/** The personal parts that change what counselors are suggested (site profiles only change which pages are read). */
const SUGGESTION_PARTS = ['pins', 'openers', 'guides', 'examples'] as const;

/**
 * Loads the team state now and again whenever the personal data that shapes suggestions, or the policy, changes. When storage
 * cannot be read, `onError` hears why and the built-in guides alone are used: the panel keeps working.
 */
export function followTeamState(callback: (state: TeamState) => void, onError: (error: unknown) => void = () => {}): () => void {
  let latest = 0;
  const reload = () => {
    const call = ++latest;
    void loadTeamState().then(
      (state) => {
        // A slower earlier load must not overwrite a newer one.
        if (call === latest) callback(state);
      },
      (error: unknown) => {
        if (call !== latest) return;
        onError(error);
        callback(mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, NO_PERSONAL_DATA));
      },
    );
  };
  reload();
  const stopPersonal = watchPersonalData(reload, SUGGESTION_PARTS);
  const stopPolicy = watchPolicy(reload);
  return () => {
    stopPersonal();
    stopPolicy();
  };
}

/**
 * The matcher over the team's guides and opener phrasings, with its pins ranked first among what it
 * shows. A pinned entry the matcher does not show is not brought in: when the ticket tells a
 * situation (배정 전), a pin of the other one (배정 완료 후) must not overrule it.
 */
export function teamSuggester(state: TeamState, choices: ClarifyChoices): Suggester {
  return createSuggester(createMatcher(state.knowledge, VOCABULARY, state.openers), choices, state.pins);
}
