import { useState } from 'preact/hooks';
import type { LeadStore } from '@/utils/options/lead-store';

const ORIGIN_LABEL = { builtin: '기본 제공', organization: '조직 정책 (읽기 전용)', personal: '내 가이드' } as const;

/** 상담 가이드: the loaded guides by origin; the lead adds, replaces or removes their own (seed-format markdown). */
export function GuidesEditor({ store }: { store: LeadStore }) {
  const [id, setId] = useState('');
  const [markdown, setMarkdown] = useState('');
  const team = store.team.value;

  async function readFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setMarkdown(await file.text());
    if (!id) setId(file.name.replace(/\.md$/i, '').toLowerCase());
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (await store.putGuide(id, markdown)) {
      setId('');
      setMarkdown('');
    }
  }

  return (
    <section class="card" aria-labelledby="guides-title" data-testid="guides-editor">
      <h2 id="guides-title">상담 가이드</h2>
      <ul class="rows">
        {team.guides.map((guide) => (
          <li key={guide.id} class="row" data-testid="guide-row" data-guide-id={guide.id}>
            <span class="row__body">
              <strong>{guide.id}</strong> {guide.document.title}
              <span class="row__meta">
                {ORIGIN_LABEL[team.origins[guide.id] ?? 'builtin']} · 항목 {guide.document.entries.length}개{guide.examples?.length ? ` · 예시 문장 ${guide.examples.length}개` : ''}
              </span>
            </span>
            {team.origins[guide.id] === 'personal' && (
              <span class="row__actions">
                <button type="button" class="button" onClick={() => setId(guide.id)}>
                  교체
                </button>
                <button type="button" class="button" data-testid="remove-guide" onClick={() => store.removeGuide(guide.id)}>
                  지우기
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form class="form" onSubmit={submit} data-testid="guide-form">
        <p class="card__intro">상담 가이드와 같은 형식의 마크다운(.md)을 올리거나 붙여 넣으세요. 같은 id면 교체합니다 (기본 가이드도 같은 id로 교체할 수 있습니다).</p>
        <div class="form__row">
          <label class="field">
            <span>가이드 id</span>
            <input data-testid="guide-id" value={id} placeholder="예: team-extra" onInput={(event) => setId(event.currentTarget.value)} />
          </label>
          <label class="field">
            <span>파일</span>
            <input type="file" accept=".md,text/markdown,text/plain" data-testid="guide-file" onChange={readFile} />
          </label>
        </div>
        <label class="field">
          <span>마크다운</span>
          <textarea data-testid="guide-markdown" rows={6} value={markdown} onInput={(event) => setMarkdown(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="guide-save" disabled={!id || !markdown}>
          가이드 저장
        </button>
      </form>
    </section>
  );
}
