import { useEffect, useRef } from 'preact/hooks';
import type { PanelStore } from '@/utils/panel/panel-store';
import type { ProfilePicker as Picker } from '@/utils/panel/profile-picker';
import { Announcer } from './Announcer';
import { ClarifyQuestion } from './ClarifyQuestion';
import { CombinedReply } from './CombinedReply';
import { FindAnswer } from './FindAnswer';
import { InsertModePicker } from './InsertModePicker';
import { MismatchReport } from './MismatchReport';
import { NoticeBar } from './NoticeBar';
import { PolicyError } from './PolicyError';
import { PickerOffer, ProfilePicker } from './ProfilePicker';
import { SuggestionCard } from './SuggestionCard';
import { TeamAnswers } from './TeamAnswers';
import { TicketSummary } from './TicketSummary';
import { t } from '@/utils/i18n/t';

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

export function App({ store, picker }: { store: PanelStore; picker?: Picker }) {
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
        <button type="button" class="button button--quiet" onClick={() => store.refresh()} title={t('panelRefreshTitle')}>
          {t('panelRefresh')}
        </button>
      </header>
      <Announcer store={store} />
      <InsertModePicker store={store} />
      <PolicyError policy={store.team.value?.policy} most={5} />
      <NoticeBar store={store} />
      {((store.tabId.value !== null && store.reachable.value === null) || !store.ready.value) && (
        <p class="empty" role="status" data-testid="loading">
          {t('panelLoading')}
        </p>
      )}
      {store.reachable.value === false && (
        <div class="empty" role="status" data-testid="unreachable">
          <p>{t('panelUnreachable')}</p>
          <button type="button" class="button button--primary" data-testid="allow-site" onClick={() => store.allowSite()}>
            {t('panelAllowSite')}
          </button>
        </div>
      )}
      {picker && <ProfilePicker picker={picker} />}
      {store.reachable.value && !ticket && (
        <div class="empty" role="status" data-testid="no-ticket">
          <p>{t('panelNoTicket')}</p>
          {picker && !picker.open.value && <PickerOffer picker={picker} reason="no-ticket" />}
        </div>
      )}
      {ticket && <TicketSummary ticket={ticket} />}
      {ticket && ticket.source === 'helpdesk' && !ticket.message.trim() && picker && !picker.open.value && (
        <div class="hint" role="note" data-testid="no-message-hint">
          <PickerOffer picker={picker} reason="no-message" />
        </div>
      )}
      {ticket && !ticket.hasReplyBox && (
        <div class="hint" role="note" data-testid="no-reply-box-hint">
          <p>{t('panelNoReplyBox')}</p>
          {picker && !picker.open.value && ticket.source === 'helpdesk' && <PickerOffer picker={picker} reason="no-reply-box" />}
        </div>
      )}
      {ticket && escalate && (
        <p class="notice notice--error" role="alert" data-testid="escalate">
          {t('panelEscalate', escalate.reason)}
        </p>
      )}
      {nothingFits && (
        <p class="empty" role="status" data-testid="no-match">
          {t('panelNoMatch')}
        </p>
      )}
      {clarify && <ClarifyQuestion clarify={clarify} onChoose={store.choose} />}
      <CombinedReply store={store} />
      {suggestions.length > 0 && (
        <section aria-label={t('panelSuggestions')}>
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
