import { useState } from 'preact/hooks';
import type { LeadStore } from '@/utils/options/lead-store';
import { entryLabel } from './EntryPicker';

function ranks(chosen: Record<string, number>): string {
  return Object.entries(chosen)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rank, count]) => `${rank === 'team' ? '팀 추천' : rank === 'search' ? '직접 찾음' : `${rank}위`} ${count}`)
    .join(', ');
}

/** This week's counts per entry (this browser only), and the counselors' 추천이 맞지 않아요 reports as evaluation tickets. */
export function UsageTable({ store }: { store: LeadStore }) {
  const [mask, setMask] = useState(true);
  const rows = store.usage.value;
  const team = store.team.value;
  return (
    <section class="card" aria-labelledby="usage-title" data-testid="usage">
      <h2 id="usage-title">이번 주 사용 현황</h2>
      <p class="card__intro">이 브라우저에서 센 숫자입니다. 어디에도 보내지 않습니다.</p>
      {rows.length === 0 ? (
        <p class="empty">이번 주에는 아직 기록이 없습니다.</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="usage-table">
            <thead>
              <tr>
                <th scope="col">항목</th>
                <th scope="col">추천</th>
                <th scope="col">넣기</th>
                <th scope="col">복사</th>
                <th scope="col">고른 순위</th>
                <th scope="col">질문 답</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.entry} data-entry={row.entry}>
                  <th scope="row">
                    {row.entry}
                    <span class="row__meta">{entryLabel(team, row.entry)}</span>
                  </th>
                  <td>{row.suggested}</td>
                  <td>{row.inserted}</td>
                  <td>{row.copied}</td>
                  <td>{ranks(row.chosenRank)}</td>
                  <td>{row.clarified}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>추천이 맞지 않아요 ({store.feedbackCount.value}건)</h3>
      <p class="card__intro">
        상담사가 고른 맞는 답변을 평가용 티켓 줄(<code>{'{"text": "…", "expect": ["…"]}'}</code>)로 내보냅니다. <code>npm run eval -- --kb 가이드.md --tickets 파일</code>로 가이드를 시험하세요.
      </p>
      <div class="form__row">
        <label class="check">
          <input type="checkbox" data-testid="feedback-mask" checked={mask} onChange={(event) => setMask(event.currentTarget.checked)} /> 전화번호·이메일·이름 가리기
        </label>
        <button type="button" class="button button--primary" data-testid="export-feedback" disabled={store.feedbackCount.value === 0} onClick={() => store.exportFeedback(mask)}>
          피드백 내보내기
        </button>
        <button type="button" class="button" disabled={store.feedbackCount.value === 0} onClick={() => store.clearFeedback()}>
          기록 지우기
        </button>
      </div>
    </section>
  );
}
