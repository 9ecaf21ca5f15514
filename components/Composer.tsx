import { useLayoutEffect, useRef } from 'preact/hooks';
import { OPENER_KINDS, type FaqEntry, type OpenerKind } from '@/knowledge/faq-types';
import type { ComposerView } from '@/utils/panel/composer';
import type { PanelStore } from '@/utils/panel/panel-store';
import type { ChosenRank } from '@/utils/team/usage';
import { t } from '@/utils/i18n/t';

const SIZES_BY_CSS = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

interface Props {
  store: PanelStore;
  /** The draft's key: the entry id, or `combined`. */
  draftKey: string;
  entry: FaqEntry;
  view: ComposerView;
  /** Where the answer came from, for the usage table. */
  rank: ChosenRank;
  /** The consultation type to copy, with the suggested sub-type when there is one. */
  consultationType: string | null;
}

/**
 * The reply before it goes in: opener kind and phrasing, the `불만 제기 시` branch, and the text
 * itself, editable. 넣기 and 복사 send what is shown here. The text area grows with the reply, so the
 * counselor reads all of it before inserting.
 */
export function Composer({ store, draftKey, entry, view, rank, consultationType }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    // Chromium sizes the box to its text by CSS (field-sizing); elsewhere it is measured, which costs a layout.
    const node = area.current;
    if (!node || SIZES_BY_CSS) return;
    node.style.height = 'auto';
    node.style.height = `${node.scrollHeight + 2}px`;
  });
  const id = `composer-${draftKey.replace(/[^a-z0-9_-]/gi, '-')}`;
  return (
    <div class="composer">
      <div class="composer__options">
        <label class="composer__field">
          <span>{t('composerOpener')}</span>
          <select data-testid="opener-kind-select" value={view.kind} onChange={(event) => store.changeDraft(draftKey, { kind: event.currentTarget.value as OpenerKind })}>
            {OPENER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <label class="composer__field composer__field--grow">
          <span class="visually-hidden">{t('composerPhrasing')}</span>
          <select data-testid="opener-phrasing" value={view.opener} onChange={(event) => store.changeDraft(draftKey, { kind: view.kind, opener: event.currentTarget.value })}>
            {view.phrasings.map((text) => (
              <option key={text} value={text}>
                {text}
              </option>
            ))}
          </select>
        </label>
        {view.hasBranch && (
          <label class="composer__check">
            <input type="checkbox" data-testid="branch-toggle" checked={view.branch} onChange={(event) => store.changeDraft(draftKey, { branch: event.currentTarget.checked })} />
            {t('composerBranch')}
          </label>
        )}
      </div>
      <label class="visually-hidden" for={id}>
        {t('composerText')}
      </label>
      <textarea
        id={id}
        ref={area}
        class="composer__text"
        data-testid="reply"
        data-edited={view.edited ? 'true' : undefined}
        value={view.text}
        onInput={(event) => store.changeDraft(draftKey, { text: event.currentTarget.value })}
      />
      <div class="suggestion__actions">
        <button type="button" class="button button--primary" data-testid="insert" disabled={store.inserting.value} onClick={() => store.insert({ entry, reply: view.text }, rank)}>
          {t('insert')}
        </button>
        <button type="button" class="button" data-testid="copy" onClick={() => store.copy(view.text, { entry, rank })}>
          {t('copy')}
        </button>
        {consultationType && (
          <button type="button" class="button button--quiet" data-testid="copy-type" title={consultationType} onClick={() => store.copyType(consultationType)}>
            {t('copyType')}
          </button>
        )}
        {view.edited && (
          <button type="button" class="button button--quiet" data-testid="reset-draft" onClick={() => store.resetDraft(draftKey)}>
            {t('resetDraft')}
          </button>
        )}
      </div>
    </div>
  );
}
