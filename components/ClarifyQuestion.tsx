import type { Clarify } from '@/utils/match/matcher';
import { t } from '@/utils/i18n/t';

/** The guide's own question when the ticket does not say which situation applies, as one-click answers. */
export function ClarifyQuestion({ clarify, onChoose }: { clarify: Clarify; onChoose: (entryId: string) => void }) {
  return (
    <section class="clarify" data-testid="clarify" aria-label={t('clarifyLabel')}>
      <p class="clarify__question">
        {t('clarifyAsk')} <strong>{clarify.question}</strong>
      </p>
      <div class="clarify__options">
        {clarify.options.map((option) => (
          <button type="button" key={option.id} class="button" data-testid="clarify-option" data-entry-id={option.id} onClick={() => onChoose(option.id)}>
            {option.label}
          </button>
        ))}
      </div>
    </section>
  );
}
