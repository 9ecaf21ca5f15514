import { useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import type { LeadStore } from '@/utils/options/lead-store';

const KIND_LABEL = { added: 'optChangeAdded', changed: 'optChangeChanged', replaced: 'optChangeReplaced' } as const satisfies Record<string, MessageKey>;

/** 팀 팩: export this browser's pins, phrasings, profiles, guides and examples as one file; import one after seeing what it changes. */
export function PackTransfer({ store }: { store: LeadStore }) {
  const [name, setName] = useState('');
  const plan = store.importPlan.value;
  // The file name goes where {0} is, in bold.
  const [beforeFile, afterFile] = t('optImportPlan').split('{0}');

  async function readFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    store.previewImport(file.name, await file.text());
    input.value = '';
  }

  return (
    <section class="card" aria-labelledby="pack-title" data-testid="pack-transfer">
      <h2 id="pack-title">{t('optPackTitle')}</h2>
      <p class="card__intro">{t('optPackIntro')}</p>
      <div class="form__row">
        <label class="field field--grow">
          <span>{t('optPackName')}</span>
          <input value={name} placeholder={t('optPackNamePlaceholder')} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="button" class="button button--primary" data-testid="export-pack" onClick={() => store.exportTeamPack(name.trim() || undefined)}>
          {t('optPackExport')}
        </button>
      </div>
      <label class="field">
        <span>{t('optPackImport')}</span>
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={readFile} />
      </label>
      {plan && plan.changes.length > 0 && (
        <div class="import-plan" data-testid="import-plan">
          <p>
            {beforeFile}
            <strong>{plan.file}</strong>
            {afterFile}
          </p>
          <ul>
            {plan.changes.map((change) => (
              <li key={`${change.kind}${change.what}`} data-testid="import-change" data-kind={change.kind}>
                <span class={`chip chip--${change.kind}`}>{t(KIND_LABEL[change.kind])}</span> {change.what}
              </li>
            ))}
          </ul>
          <div class="suggestion__actions">
            <button type="button" class="button button--primary" data-testid="import-apply" onClick={() => store.applyImport()}>
              {t('optImportApply')}
            </button>
            <button type="button" class="button" data-testid="import-cancel" onClick={() => store.cancelImport()}>
              {t('optImportCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
