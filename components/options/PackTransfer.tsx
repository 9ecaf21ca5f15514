import { useState } from 'preact/hooks';
import type { LeadStore } from '@/utils/options/lead-store';

const KIND_LABEL = { added: '추가', changed: '변경', replaced: '교체' } as const;

/** 팀 팩: export this browser's pins, phrasings, profiles, guides and examples as one file; import one after seeing what it changes. */
export function PackTransfer({ store }: { store: LeadStore }) {
  const [name, setName] = useState('');
  const plan = store.importPlan.value;

  async function readFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    store.previewImport(file.name, await file.text());
    input.value = '';
  }

  return (
    <section class="card" aria-labelledby="pack-title" data-testid="pack-transfer">
      <h2 id="pack-title">팀 팩 가져오기 · 내보내기</h2>
      <p class="card__intro">
        팀 팩 파일 하나에 고정 답변, 감성표현 문구, 사이트 프로필, 가이드, 예시 문장이 모두 들어 있습니다. 팀원은 이 화면에서 가져오기만 하면 같은 추천을 봅니다.
      </p>
      <div class="form__row">
        <label class="field field--grow">
          <span>팀 이름 (선택)</span>
          <input value={name} placeholder="예: 상담 1팀" onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="button" class="button button--primary" data-testid="export-pack" onClick={() => store.exportTeamPack(name.trim() || undefined)}>
          내보내기
        </button>
      </div>
      <label class="field">
        <span>팀 팩 가져오기 (.json)</span>
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={readFile} />
      </label>
      {plan && plan.changes.length > 0 && (
        <div class="import-plan" data-testid="import-plan">
          <p>
            <strong>{plan.file}</strong>을(를) 가져오면 다음이 바뀝니다. 적용하면 모두 한꺼번에 바뀝니다.
          </p>
          <ul>
            {plan.changes.map((change) => (
              <li key={`${change.kind}${change.what}`} data-testid="import-change" data-kind={change.kind}>
                <span class={`chip chip--${change.kind}`}>{KIND_LABEL[change.kind]}</span> {change.what}
              </li>
            ))}
          </ul>
          <div class="suggestion__actions">
            <button type="button" class="button button--primary" data-testid="import-apply" onClick={() => store.applyImport()}>
              모두 적용
            </button>
            <button type="button" class="button" data-testid="import-cancel" onClick={() => store.cancelImport()}>
              취소
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
