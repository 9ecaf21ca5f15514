import { useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import type { LeadStore } from '@/utils/options/lead-store';

const ORIGIN_LABEL = { builtin: 'optOriginBuiltin', organization: 'optOrganizationReadOnly', personal: 'optOriginPersonal' } as const satisfies Record<string, MessageKey>;

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
      <h2 id="guides-title">{t('optGuidesTitle')}</h2>
      <ul class="rows">
        {team.guides.map((guide) => (
          <li key={guide.id} class="row" data-testid="guide-row" data-guide-id={guide.id}>
            <span class="row__body">
              <strong>{guide.id}</strong> {guide.document.title}
              <span class="row__meta">
                {t(ORIGIN_LABEL[team.origins[guide.id] ?? 'builtin'])} · {t('optGuideEntries', guide.document.entries.length)}
                {guide.examples?.length ? ` · ${t('optGuideExamples', guide.examples.length)}` : ''}
              </span>
            </span>
            {team.origins[guide.id] === 'personal' && (
              <span class="row__actions">
                <button type="button" class="button" onClick={() => setId(guide.id)}>
                  {t('optGuideReplace')}
                </button>
                <button type="button" class="button" data-testid="remove-guide" onClick={() => store.removeGuide(guide.id)}>
                  {t('optRemove')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form class="form" onSubmit={submit} data-testid="guide-form">
        <p class="card__intro">{t('optGuidesFormIntro')}</p>
        <div class="form__row">
          <label class="field">
            <span>{t('optGuideId')}</span>
            <input data-testid="guide-id" value={id} placeholder={t('optGuideIdPlaceholder')} onInput={(event) => setId(event.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('optGuideFile')}</span>
            <input type="file" accept=".md,text/markdown,text/plain" data-testid="guide-file" onChange={readFile} />
          </label>
        </div>
        <label class="field">
          <span>{t('optGuideMarkdown')}</span>
          <textarea data-testid="guide-markdown" rows={6} value={markdown} onInput={(event) => setMarkdown(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" data-testid="guide-save" disabled={!id || !markdown}>
          {t('optGuideSave')}
        </button>
      </form>
    </section>
  );
}
