import type { PanelStore } from '@/utils/panel/panel-store';

/**
 * Tells screen readers what the panel suggests for the ticket, without moving focus: a polite live
 * region whose text changes only when the suggestions do.
 */
export function Announcer({ store }: { store: PanelStore }) {
  const { suggestions, clarify, escalate } = store.result.value;
  const ticket = store.ticket.value;
  let text = '';
  if (ticket && escalate) text = `에스컬레이션 대상: ${escalate.reason}`;
  else if (ticket && clarify) text = `확인 필요: ${clarify.question}`;
  else if (ticket && suggestions.length > 0) text = `추천 답변 ${suggestions.length}개. 1순위: ${suggestions[0]!.entry.question}`;
  else if (ticket && store.ready.value) text = '맞는 추천 답변이 없습니다.';
  return (
    <p class="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  );
}
