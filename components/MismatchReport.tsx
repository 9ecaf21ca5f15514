import { useState } from 'preact/hooks';
import type { PanelStore } from '@/utils/panel/panel-store';
import { EntryOptions } from './EntryOptions';
import { t } from '@/utils/i18n/t';

const NONE = '';

/**
 * 추천이 맞지 않아요: the counselor names the entry that should have come (or none). Kept on this
 * browser for the lead's labelled export; nothing is sent anywhere.
 */
export function MismatchReport({ store }: { store: PanelStore }) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(NONE);
  const team = store.team.value;
  if (!team || !store.ticket.value) return null;
  if (!open) {
    return (
      <button type="button" class="button button--quiet mismatch__toggle" data-testid="report-mismatch" onClick={() => setOpen(true)}>
        {t('mismatch')}
      </button>
    );
  }
  const save = async () => {
    await store.reportMismatch(choice === NONE ? null : choice);
    setOpen(false);
    setChoice(NONE);
  };
  return (
    <section class="mismatch" aria-label={t('mismatch')} data-testid="mismatch">
      <label class="mismatch__field">
        {t('mismatchEntry')}
        <select data-testid="mismatch-entry" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value={NONE}>{t('mismatchNone')}</option>
          <EntryOptions team={team} />
        </select>
      </label>
      <div class="suggestion__actions">
        <button type="button" class="button button--primary" data-testid="mismatch-save" onClick={save}>
          {t('mismatchSave')}
        </button>
        <button type="button" class="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
