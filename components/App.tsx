import { useEffect, useRef } from 'preact/hooks';
import type { PanelStore } from '@/utils/panel/panel-store';
import { Announcer } from './Announcer';
import { ClarifyQuestion } from './ClarifyQuestion';
import { CombinedReply } from './CombinedReply';
import { FindAnswer } from './FindAnswer';
import { InsertModePicker } from './InsertModePicker';
import { MismatchReport } from './MismatchReport';
import { NoticeBar } from './NoticeBar';
import { PolicyError } from './PolicyError';
import { SuggestionCard } from './SuggestionCard';
import { TeamAnswers } from './TeamAnswers';
import { TicketSummary } from './TicketSummary';

/** ↓/↑ on a card's 넣기 or 복사 moves to the same button of the next or previous card. */
function moveBetweenCards(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const testId = target.dataset.testid;
  if (testId !== 'insert' && testId !== 'copy') return;
  const cards = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-testid=suggestion]')];
  const at = cards.findIndex((card) => card.contains(target));
  const next = cards[at + (event.key === 'ArrowDown' ? 1 : -1)]?.querySelector<HTMLElement>(`[data-testid=${testId}]`);
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function App({ store }: { store: PanelStore }) {
  const ticket = store.ticket.value;
  const { suggestions, clarify, escalate } = store.result.value;
  const search = useRef<HTMLInputElement>(null);
  const nothingFits = Boolean(ticket && store.ready.value && !escalate && suggestions.length === 0);

  // "/" reaches the search from anywhere in the panel but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // Nothing fits: the counselor's next move is a search, so the box is ready for typing.
  useEffect(() => {
    if (nothingFits && !document.activeElement?.closest('textarea, input, select')) search.current?.focus();
  }, [nothingFits, ticket?.key]);

  return (
    <main class="panel">
      <header class="panel__header">
        <h1 class="panel__title">ReplyDeck</h1>
        <button type="button" class="button button--quiet" onClick={() => store.refresh()} title="티켓 다시 읽기">
          새로 고침
        </button>
      </header>
      <Announcer store={store} />
      <InsertModePicker store={store} />
      <PolicyError policy={store.team.value?.policy} most={5} />
      <NoticeBar store={store} />
      {((store.tabId.value !== null && store.reachable.value === null) || !store.ready.value) && (
        <p class="empty" role="status" data-testid="loading">
          티켓과 상담 가이드를 읽는 중입니다…
        </p>
      )}
      {store.reachable.value === false && (
        <div class="empty" role="status" data-testid="unreachable">
          <p>이 탭에서는 아직 ReplyDeck이 동작하지 않습니다. 상담 도구라면 이 사이트에서 사용하도록 허용하세요.</p>
          <button type="button" class="button button--primary" data-testid="allow-site" onClick={() => store.allowSite()}>
            이 사이트에서 사용
          </button>
        </div>
      )}
      {store.reachable.value && !ticket && (
        <p class="empty" role="status" data-testid="no-ticket">
          열린 티켓이 없습니다. 티켓을 열거나 고객 문의 문장을 선택하세요. 아래에서 답변을 직접 찾을 수도 있습니다.
        </p>
      )}
      {ticket && <TicketSummary ticket={ticket} />}
      {ticket && !ticket.hasReplyBox && (
        <p class="hint" role="note" data-testid="no-reply-box-hint">
          이 페이지에서 답장 입력창을 찾지 못했습니다. 답장 입력창을 한 번 클릭하면 그곳에 넣고, 아니면 복사해서 붙여 넣으세요.
        </p>
      )}
      {ticket && escalate && (
        <p class="notice notice--error" role="alert" data-testid="escalate">
          상담 가이드의 답변으로 안내하지 마세요: {escalate.reason} 관련 문의입니다. 에스컬레이션 절차에 따라 처리하세요.
        </p>
      )}
      {nothingFits && (
        <p class="empty" role="status" data-testid="no-match">
          상담 가이드에서 이 문의에 맞는 답변을 찾지 못했습니다. 아래 검색으로 찾거나 직접 답변해 주세요.
        </p>
      )}
      {clarify && <ClarifyQuestion clarify={clarify} onChoose={store.choose} />}
      <CombinedReply store={store} />
      {suggestions.length > 0 && (
        <section aria-label="추천 답변">
          <ol class="suggestions" onKeyDown={moveBetweenCards}>
            {suggestions.map((suggestion, index) => (
              <SuggestionCard key={suggestion.entry.id} suggestion={suggestion} rank={index + 1} store={store} />
            ))}
          </ol>
        </section>
      )}
      <MismatchReport store={store} />
      <FindAnswer store={store} searchRef={search} />
      <TeamAnswers store={store} />
    </main>
  );
}
