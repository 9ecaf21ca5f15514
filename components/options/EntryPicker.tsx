import { t } from '@/utils/i18n/t';
import { qualifiedId, type TeamState } from '@/utils/team/team-state';
import { EntryOptions, entryTitle } from '../EntryOptions';

interface Props {
  team: TeamState;
  value: string;
  onChange(value: string): void;
  testId: string;
  label: string;
}

/** Every entry of every loaded guide, grouped by guide, by its qualified id (`dispatch-policy-faq/q1`). */
export function EntryPicker({ team, value, onChange, testId, label }: Props) {
  return (
    <label class="field">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('optEntryChoose')}</option>
        <EntryOptions team={team} showIds />
      </select>
    </label>
  );
}

/** The entry's question for a qualified id, for lists. */
export function entryLabel(team: TeamState, ref: string): string {
  const entry = team.knowledge.entries.find((each) => qualifiedId(each) === ref);
  return entry ? entryTitle(entry) : t('optEntryMissing');
}
