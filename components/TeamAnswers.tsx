import type { PanelStore } from '@/utils/panel/panel-store';
import { PinBadge } from './PinBadge';
import { t } from '@/utils/i18n/t';

/**
 * The team's pinned answers in the lead's order, whatever the ticket says: for when the counselor
 * knows which one the team wants. Open, below the ticket's own suggestions; the counselor may fold it.
 */
export function TeamAnswers({ store }: { store: PanelStore }) {
  const answers = store.teamList.value;
  if (answers.length === 0) return null;
  return (
    <details class="team" data-testid="team-answers-panel" open>
      <summary class="team__summary">{t('teamAnswers', answers.length)}</summary>
      <ol class="team__list" data-testid="team-answers">
        {answers.map(({ entry, pin, reply }) => (
          <li key={entry.id} class="team__item" data-testid="team-answer" data-entry-id={entry.id} data-pinned={pin.origin}>
            <p class="team__question">
              {entry.tag && <span class="chip">{entry.tag}</span>}
              {entry.question}
            </p>
            <PinBadge pin={pin} />
            <div class="suggestion__actions">
              <button
                type="button"
                class="button button--primary"
                data-testid="insert"
                disabled={store.inserting.value || !store.ticket.value}
                title={store.ticket.value ? undefined : t('noTicketOpen')}
                onClick={() => store.insert({ entry, reply }, 'team')}
              >
                {t('insert')}
              </button>
              <button type="button" class="button" data-testid="copy" onClick={() => store.copy(reply, { entry, rank: 'team' })}>
                {t('copy')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
