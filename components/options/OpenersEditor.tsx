import { useState } from 'preact/hooks';
import { OPENER_KINDS, type OpenerKind } from '@/knowledge/faq-types';
import { t } from '@/utils/i18n/t';
import { openerKindLabel, type LeadStore } from '@/utils/options/lead-store';

/** 감성표현 문구: the team's phrasings per kind, one per line; the first is the default. Empty: the organization's or ReplyDeck's. */
export function OpenersEditor({ store }: { store: LeadStore }) {
  const own = store.personal.value.openers;
  const current = store.team.value.openers;
  const [drafts, setDrafts] = useState<Partial<Record<OpenerKind, string>>>({});
  return (
    <section class="card" aria-labelledby="openers-title" data-testid="openers-editor">
      <h2 id="openers-title">{t('optOpenersTitle')}</h2>
      <p class="card__intro">{t('optOpenersIntro')}</p>
      <div class="openers">
        {OPENER_KINDS.map((kind) => (
          <form
            key={kind}
            class="field"
            onSubmit={(event) => {
              event.preventDefault();
              void store.setOpeners(kind, (drafts[kind] ?? (own[kind] ?? []).join('\n')).split('\n'));
            }}
          >
            <label class="field" for={`openers-${kind}`}>
              {openerKindLabel(kind)}
            </label>
            <textarea
              id={`openers-${kind}`}
              data-testid={`openers-${kind}`}
              rows={3}
              value={drafts[kind] ?? (own[kind] ?? []).join('\n')}
              placeholder={current[kind].join('\n')}
              onInput={(event) => setDrafts({ ...drafts, [kind]: event.currentTarget.value })}
            />
            <button type="submit" class="button">
              {t('optOpenersSave', openerKindLabel(kind))}
            </button>
          </form>
        ))}
      </div>
    </section>
  );
}
