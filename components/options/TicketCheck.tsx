import { useState } from 'preact/hooks';
import type { LeadStore } from '@/utils/options/lead-store';
import type { Suggestions } from '@/utils/suggest/suggester';
import { qualifiedId } from '@/utils/team/team-state';

/** 티켓으로 확인: what a pasted ticket would get in the panel with the current guides and pins. */
export function TicketCheck({ store }: { store: LeadStore }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Suggestions | null>(null);
  return (
    <section class="card" aria-labelledby="check-title" data-testid="ticket-check">
      <h2 id="check-title">티켓으로 확인</h2>
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(store.check(text));
        }}
      >
        <label class="field">
          <span>고객 문의를 붙여 넣으세요</span>
          <textarea data-testid="check-text" rows={4} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="check-run" disabled={!text.trim()}>
          확인
        </button>
      </form>
      {result && (
        <div data-testid="check-result" role="status">
          {result.escalate && <p class="notice notice--error">에스컬레이션 대상: {result.escalate.reason}</p>}
          {result.clarify && <p class="hint">상담사에게 묻습니다: {result.clarify.question}</p>}
          {!result.escalate && result.suggestions.length === 0 && <p class="empty">맞는 답변이 없어 패널은 아무것도 추천하지 않습니다.</p>}
          <ol class="rows">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.entry.id} class="row" data-testid="check-suggestion" data-entry-id={qualifiedId(suggestion.entry)}>
                <span class="row__body">
                  <strong>{qualifiedId(suggestion.entry)}</strong> {suggestion.entry.question} ({Math.round(suggestion.confidence * 100)}%)
                  {suggestion.pin && <span class="chip chip--pin">팀 추천</span>}
                  <span class="row__meta">
                    {suggestion.opener.kind}: {suggestion.opener.text}
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
