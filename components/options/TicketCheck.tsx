import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { openerKindLabel, type LeadStore } from '@/utils/options/lead-store';
import type { Suggestions } from '@/utils/suggest/suggester';
import { qualifiedId } from '@/utils/team/team-state';

/** 티켓으로 확인: what a pasted ticket would get in the panel with the current guides and pins. */
export function TicketCheck({ store }: { store: LeadStore }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Suggestions | null>(null);
  return (
    <section class="card" aria-labelledby="check-title" data-testid="ticket-check">
      <h2 id="check-title">{t('optCheckTitle')}</h2>
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(store.check(text));
        }}
      >
        <label class="field">
          <span>{t('optCheckText')}</span>
          <textarea data-testid="check-text" rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="check-run" disabled={!text.trim()}>
          {t('optCheckRun')}
        </button>
      </form>
      {result && (
        <div data-testid="check-result" role="status">
          {result.escalate && <p class="notice notice--error">{t('optCheckEscalate', result.escalate.reason)}</p>}
          {result.clarify && <p class="hint">{t('optCheckClarify', result.clarify.question)}</p>}
          {!result.escalate && result.suggestions.length === 0 && <p class="empty">{t('optCheckNone')}</p>}
          <ol class="rows">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.entry.id} class="row" data-testid="check-suggestion" data-entry-id={qualifiedId(suggestion.entry)}>
                <span class="row__body">
                  <strong>{qualifiedId(suggestion.entry)}</strong> {suggestion.entry.question} ({Math.round(suggestion.confidence * 100)}%)
                  {suggestion.pin && <span class="chip chip--pin">{t('optTeamPick')}</span>}
                  <span class="row__meta">
                    {openerKindLabel(suggestion.opener.kind)}: {suggestion.opener.text}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
