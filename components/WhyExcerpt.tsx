import type { ExcerptPart } from '@/utils/match/explain';
import { t } from '@/utils/i18n/t';

/** Why this answer: the ticket's sentence it rests on, the words that tie them marked, and where the text came from. */
export function WhyExcerpt({ parts, source }: { parts: ExcerptPart[]; source: string | null }) {
  if (parts.length === 0) return null;
  return (
    <p class="why" data-testid="why">
      <span class="why__label">{t('whyLabel')}{source ? ` (${source})` : ''}:</span>{' '}
      <q class="why__text">
        {parts.map((part, index) =>
          part.hit ? (
            <mark key={index} data-testid="why-hit">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </q>
    </p>
  );
}
