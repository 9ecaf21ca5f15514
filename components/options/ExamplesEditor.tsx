import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
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
      <h2 id="examples-title">{t('optExamplesTitle')}</h2>
      <p class="card__intro">{t('optExamplesIntro')}</p>
      <form class="form" onSubmit={submit}>
        <EntryPicker team={team} value={entry} onChange={setEntry} testId="example-entry" label={t('optExamplesEntry')} />
        <label class="field">
          <span>{t('optExamplesText')}</span>
          <input data-testid="example-text" value={text} placeholder={t('optExamplesPlaceholder')} onInput={(event) => setText(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="example-save" disabled={!entry || !text.trim()}>
          {t('optExamplesAdd')}
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
              {t('optRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
