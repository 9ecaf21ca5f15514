import type { PanelStore } from '@/utils/panel/panel-store';
import type { ShownSuggestion } from '@/utils/team/pins';
import { PinBadge } from './PinBadge';

interface Props {
  suggestion: ShownSuggestion;
  rank: number;
  store: PanelStore;
}

export function SuggestionCard({ suggestion, rank, store }: Props) {
  const { entry, confidence, opener, reply, subtype, pin } = suggestion;
  const headingId = `suggestion-${entry.id}`;
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
        <span class="suggestion__confidence" title="일치도">
          {Math.round(confidence * 100)}%
        </span>
      </div>
      <p class="suggestion__meta">
        <span class="chip chip--opener" title="감성표현 종류" data-testid="opener-kind">
          {opener.kind}
        </span>
        {subtype && (
          <span class="suggestion__type" title="상담 유형" data-testid="consultation-type">
            {[...entry.typePath, subtype].join(' ▶ ')}
          </span>
        )}
      </p>
      <p class="suggestion__reply" data-testid="reply">
        {reply}
      </p>
      <div class="suggestion__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="insert"
          disabled={store.inserting.value}
          onClick={() => store.insert(suggestion, rank)}
        >
          넣기
        </button>
        <button type="button" class="button" data-testid="copy" onClick={() => store.copy(reply, { entry, rank })}>
          복사
        </button>
      </div>
    </li>
  );
}
