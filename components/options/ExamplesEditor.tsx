import { useState } from 'preact/hooks';
import type { LeadStore } from '@/utils/options/lead-store';
import { EntryPicker, entryLabel } from './EntryPicker';

/** 예시 문장: how customers really ask for an entry; the matcher learns from them. */
export function ExamplesEditor({ store }: { store: LeadStore }) {
  const [entry, setEntry] = useState('');
  const [text, setText] = useState('');
  const team = store.team.value;
  const examples = store.personal.value.examples;

  async function submit(event: Event) {
    event.preventDefault();
    if (await store.addExample({ entry, text })) setText('');
  }

  return (
    <section class="card" aria-labelledby="examples-title" data-testid="examples-editor">
      <h2 id="examples-title">예시 문장</h2>
      <p class="card__intro">고객이 실제로 묻는 말투를 항목마다 몇 개씩 적어 두면 그 항목을 더 잘 찾습니다.</p>
      <form class="form" onSubmit={submit}>
        <EntryPicker team={team} value={entry} onChange={setEntry} testId="example-entry" label="항목" />
        <label class="field">
          <span>고객 문장</span>
          <input data-testid="example-text" value={text} placeholder="예: 기사님이 안 잡혀요 언제 와요" onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="example-save" disabled={!entry || !text.trim()}>
          예시 추가
        </button>
      </form>
      <ul class="rows">
        {examples.map((example, index) => (
          <li key={`${example.entry}\n${example.text}`} class="row">
            <span class="row__body">
              <strong>{example.entry}</strong> {example.text}
              <span class="row__meta">{entryLabel(team, example.entry)}</span>
            </span>
            <button type="button" class="button" onClick={() => store.removeExample(index)}>
              지우기
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
