import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import type { ProfilePicker as Picker } from '@/utils/panel/profile-picker';
import type { PickRole, Robustness } from '@/utils/profiles/selector-proposal';
import { ProfileCheckView } from './ProfileCheckView';

const ROBUSTNESS_LABEL: Record<Robustness, MessageKey> = {
  id: 'pickRobustId',
  attribute: 'pickRobustAttribute',
  class: 'pickRobustClass',
  position: 'pickRobustPosition',
};

/** Why the panel shows no ticket, and the way out: 직접 지정. */
export function PickerOffer({ picker, reason }: { picker: Picker; reason: 'no-ticket' | 'no-message' | 'no-reply-box' }) {
  const status = picker.status.value;
  const helpdesk = status?.helpdesk;
  let hint: string | null = null;
  if (reason === 'no-reply-box') hint = t('pickHintNoReplyBox');
  else if (helpdesk?.profile) hint = t('pickHintProfileFindsNothing', helpdesk.name);
  else if (helpdesk) hint = t(reason === 'no-message' ? 'pickHintHelpdeskNoMessage' : 'pickHintHelpdeskFindsNothing', helpdesk.name);
  return (
    <div class="picker-offer" data-testid="picker-offer">
      {hint && <p data-testid="picker-hint">{hint}</p>}
      <button type="button" class="button" data-testid="pick-start" onClick={() => void picker.start()}>
        {t(helpdesk?.profile ? 'pickEdit' : 'pickStart')}
      </button>
    </div>
  );
}

function SelectorField({ picker, pickFor: role }: { picker: Picker; pickFor: PickRole }) {
  const field = role === 'message' ? 'messageSelector' : 'replySelector';
  const value = picker.draft.value[field];
  const proposals = picker.proposals.value[role];
  const problem = picker.problems.value[field];
  return (
    <div class="picker__field">
      <label>
        <span>{t(role === 'message' ? 'pickMessageLabel' : 'pickReplyLabel')}</span>
        <input
          value={value}
          data-testid={`pick-${role}-selector`}
          spellcheck={false}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(event) => picker.change(field, (event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {problem && (
        <span class="picker__problem" data-testid={`pick-problem-${field}`}>
          {problem}
        </span>
      )}
      {proposals.length > 1 && (
        <select
          aria-label={t('pickAlternatives')}
          data-testid={`pick-${role}-alternatives`}
          value={value}
          onChange={(event) => picker.change(field, (event.currentTarget as HTMLSelectElement).value)}
        >
          {proposals.map((proposal) => (
            <option value={proposal.selector} key={proposal.selector}>
              {`${proposal.selector} — ${t(ROBUSTNESS_LABEL[proposal.robustness])}, ${t('pickMatches', proposal.matches)}`}
            </option>
          ))}
        </select>
      )}
      <button type="button" class="button button--quiet" data-testid={`pick-${role}`} disabled={picker.picking.value !== null} onClick={() => void picker.pick(role)}>
        {t(role === 'message' ? 'pickClickMessage' : 'pickClickReply')}
      </button>
    </div>
  );
}

/** The 직접 지정 editor: two clicks on the page, proposals, a live check, then save. */
export function ProfilePicker({ picker }: { picker: Picker }) {
  if (!picker.open.value) {
    const saved = picker.saved.value;
    return saved ? (
      <p class="notice notice--success" role="status" data-testid="pick-saved">
        {t('pickSaved', saved)}
      </p>
    ) : null;
  }
  const picking = picker.picking.value;
  const hostProblem = picker.problems.value.host;
  return (
    <section class="picker" aria-labelledby="picker-title" data-testid="profile-picker">
      <h2 id="picker-title">{t(picker.editing.value ? 'pickTitleEdit' : 'pickTitle')}</h2>
      {picking && (
        <p class="hint" role="status" data-testid="pick-waiting">
          {t(picking === 'message' ? 'pickWaitingMessage' : 'pickWaitingReply')}
        </p>
      )}
      <label class="picker__field">
        <span>{t('pickHostLabel')}</span>
        <input value={picker.draft.value.host} data-testid="pick-host" onInput={(event) => picker.change('host', (event.currentTarget as HTMLInputElement).value)} />
        {hostProblem && (
          <span class="picker__problem" data-testid="pick-problem-host">
            {hostProblem}
          </span>
        )}
      </label>
      <SelectorField picker={picker} pickFor="message" />
      <SelectorField picker={picker} pickFor="reply" />
      {picker.check.value && <ProfileCheckView check={picker.check.value} />}
      <div class="picker__actions">
        <button type="button" class="button button--primary" data-testid="pick-save" disabled={picking !== null} onClick={() => void picker.save()}>
          {t('pickSave')}
        </button>
        <button type="button" class="button button--quiet" data-testid="pick-cancel" onClick={() => picker.cancel()}>
          {t('pickCancel')}
        </button>
      </div>
    </section>
  );
}
