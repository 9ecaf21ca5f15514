import type { PanelStore } from '@/utils/panel/panel-store';
import { Composer } from './Composer';
import { t } from '@/utils/i18n/t';

/** The ticket asks two things: one reply answers both, under one opener. */
export function CombinedReply({ store }: { store: PanelStore }) {
  const combined = store.combined.value;
  if (!combined) return null;
  const [first] = combined.items;
  return (
    <section class="suggestion suggestion--combined" data-testid="combined-reply" aria-labelledby="combined-title">
      <h2 class="suggestion__question" id="combined-title">
        {t('combinedTitle')}
      </h2>
      <ul class="combined__questions">
        {combined.items.map((item) => (
          <li key={item.entry.id}>
            {item.entry.tag && <span class="chip">{item.entry.tag}</span>}
            {item.entry.question}
          </li>
        ))}
      </ul>
      <Composer store={store} draftKey="combined" entry={first!.entry} view={combined.view} rank={1} consultationType={null} />
    </section>
  );
}
