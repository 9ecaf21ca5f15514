import type { PanelStore } from '@/utils/panel/panel-store';
import type { ShownSuggestion } from '@/utils/team/pins';
import { Composer } from './Composer';
import { PinBadge } from './PinBadge';
import { WhyExcerpt } from './WhyExcerpt';
import { t } from '@/utils/i18n/t';

interface Props {
  suggestion: ShownSuggestion;
  rank: number;
  store: PanelStore;
}

export function SuggestionCard({ suggestion, rank, store }: Props) {
  const { entry, confidence, subtype, pin } = suggestion;
  const headingId = `suggestion-${entry.id}`;
  const view = store.compose(entry.id, suggestion);
  const type = entry.typePath.length > 0 ? [...entry.typePath, ...(subtype ? [subtype] : [])].join(' ▶ ') : null;
  return (
    <li
      class={`suggestion${pin ? ' suggestion--pinned' : ''}`}
      data-testid="suggestion"
      data-entry-id={entry.id}
      data-pinned={pin?.origin}
      aria-labelledby={headingId}
    >
      {pin && <PinBadge pin={pin} />}
      <div class="suggestion__head">
        <h2 class="suggestion__question" id={headingId}>
          <span class="suggestion__rank">{rank}</span>
          {entry.tag && <span class="chip">{entry.tag}</span>}
          <span class="suggestion__question-text">{entry.question}</span>
        </h2>
        <span class="suggestion__confidence" title={t('confidence')}>
          {Math.round(confidence * 100)}%
        </span>
      </div>
      <p class="suggestion__meta">
        <span class="chip chip--opener" title={t('openerKind')} data-testid="opener-kind">
          {view.kind}
        </span>
        {type && (
          <span class="suggestion__type" title={t('consultationType')} data-testid="consultation-type">
            {type}
          </span>
        )}
      </p>
      <WhyExcerpt parts={store.why(entry)} source={store.ticket.value?.source === 'selection' ? t('sourceSelection') : (store.ticket.value?.helpdesk?.name ?? null)} />
      <Composer store={store} draftKey={entry.id} entry={entry} view={view} rank={rank} consultationType={type} />
    </li>
  );
}
