import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { LeadStore } from '@/utils/options/lead-store';
import { entryLabel } from './EntryPicker';

function ranks(chosen: Record<string, number>): string {
  return Object.entries(chosen)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rank, count]) => `${rank === 'team' ? t('optRankTeam') : rank === 'search' ? t('optRankSearch') : t('optRankNth', rank)} ${count}`)
    .join(', ');
}

/** A message with `{0}`, `{1}` … filled in by `code` elements of `codes`. */
function withCode(text: string, codes: string[]) {
  return text.split(/\{(\d+)\}/).map((part, index) => (index % 2 === 1 ? <code key={part}>{codes[Number(part)]}</code> : part));
}

/** This week's counts per entry (this browser only), and the counselors' 추천이 맞지 않아요 reports as evaluation tickets. */
export function UsageTable({ store }: { store: LeadStore }) {
  const [mask, setMask] = useState(true);
  const rows = store.usage.value;
  const team = store.team.value;
  return (
    <section class="card" aria-labelledby="usage-title" data-testid="usage">
      <h2 id="usage-title">{t('optUsageTitle')}</h2>
      <p class="card__intro">{t('optUsageIntro')}</p>
      {rows.length === 0 ? (
        <p class="empty">{t('optUsageEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="usage-table">
            <thead>
              <tr>
                <th scope="col">{t('optUsageEntry')}</th>
                <th scope="col">{t('optUsageSuggested')}</th>
                <th scope="col">{t('optUsageInserted')}</th>
                <th scope="col">{t('optUsageCopied')}</th>
                <th scope="col">{t('optUsageRank')}</th>
                <th scope="col">{t('optUsageClarified')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.entry} data-entry={row.entry}>
                  <th scope="row">
                    {row.entry}
                    <span class="row__meta">{entryLabel(team, row.entry)}</span>
                  </th>
                  <td>{row.suggested}</td>
                  <td>{row.inserted}</td>
                  <td>{row.copied}</td>
                  <td>{ranks(row.chosenRank)}</td>
                  <td>{row.clarified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('optFeedbackTitle', store.feedbackCount.value)}</h3>
      <p class="card__intro">
        {withCode(t('optFeedbackIntro'), ['{"text": "…", "expect": ["…"]}', t('optFeedbackEvalCommand')])}
      </p>
      <div class="form__row">
        <label class="check">
          <input type="checkbox" data-testid="feedback-mask" checked={mask} onChange={(event) => setMask(event.currentTarget.checked)} /> {t('optFeedbackMask')}
        </label>
        <button type="button" class="button button--primary" data-testid="export-feedback" disabled={store.feedbackCount.value === 0} onClick={() => store.exportFeedback(mask)}>
          {t('optFeedbackExport')}
        </button>
        <button type="button" class="button" disabled={store.feedbackCount.value === 0} onClick={() => store.clearFeedback()}>
          {t('optFeedbackClear')}
        </button>
      </div>
    </section>
  );
}
