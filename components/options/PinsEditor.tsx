import { useState } from 'preact/hooks';
import { OPENER_KINDS, type OpenerKind } from '@/knowledge/faq-types';
import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import { openerKindLabel, type LeadStore } from '@/utils/options/lead-store';
import type { Pin } from '@/utils/team/team-pack';
import { EntryPicker, entryLabel } from './EntryPicker';

type Branch = 'auto' | 'always' | 'never';
const BRANCH_LABEL: Record<Branch, MessageKey> = { auto: 'optBranchAuto', always: 'optBranchAlways', never: 'optBranchNever' };

interface Draft {
  entry: string;
  note: string;
  kind: OpenerKind | '';
  text: string;
  branch: Branch;
}

const EMPTY: Draft = { entry: '', note: '', kind: '', text: '', branch: 'auto' };

function toPin(draft: Draft): Pin {
  return {
    entry: draft.entry,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(draft.kind && draft.text.trim() ? { opener: { kind: draft.kind, text: draft.text.trim() } } : {}),
    ...(draft.branch === 'auto' ? {} : { complaintBranch: draft.branch === 'always' }),
  };
}

function toDraft(pin: Pin): Draft {
  return { entry: pin.entry, note: pin.note ?? '', kind: pin.opener?.kind ?? '', text: pin.opener?.text ?? '', branch: pin.complaintBranch === undefined ? 'auto' : pin.complaintBranch ? 'always' : 'never' };
}

function describe(pin: Pin): string {
  const parts = [
    pin.opener ? t('optPinOpener', openerKindLabel(pin.opener.kind), pin.opener.text) : t('optPinOpenerAuto'),
    t('optPinBranch', t(BRANCH_LABEL[pin.complaintBranch === undefined ? 'auto' : pin.complaintBranch ? 'always' : 'never'])),
  ];
  return parts.join(' · ');
}

/**
 * 팀 추천: pinned entries rank first in the panel, composed with the pinned opener and branch, and
 * with the lead's note. Order is the counselors' order: drag a row, press ↑/↓ on its handle, or use
 * its buttons.
 */
export function PinsEditor({ store }: { store: LeadStore }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [dragged, setDragged] = useState<string | null>(null);
  const team = store.team.value;
  const phrasings = draft.kind ? team.openers[draft.kind] : [];
  const own = store.personal.value.pins;
  const organization = team.pins.filter((pin) => pin.origin === 'organization');

  async function submit(event: Event) {
    event.preventDefault();
    if (!draft.entry) return;
    if (await store.pin(toPin(draft))) setDraft(EMPTY);
  }

  /** ↑/↓ on a row's handle moves the pin; focus stays on the handle so that it can be moved again. */
  function onHandleKey(event: KeyboardEvent, entry: string, index: number) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    void store.movePin(entry, to).then(() => (document.querySelector(`[data-pin-entry="${entry}"] .row__handle`) as HTMLElement | null)?.focus());
  }

  return (
    <section class="card" aria-labelledby="pins-title" data-testid="pins-editor">
      <h2 id="pins-title">{t('optPinsTitle')}</h2>
      <p class="card__intro">{t('optPinsIntro')}</p>
      {organization.length > 0 && (
        <div data-testid="organization-pins">
          <h3>{t('optOrganizationReadOnly')}</h3>
          <ol class="rows">
            {organization.map((pin) => (
              <li key={pin.entry} class="row row--readonly" data-entry={pin.entry}>
                <strong>{pin.entry}</strong> {entryLabel(team, pin.entry)}
                {pin.note && <span class="row__note">{pin.note}</span>}
                <span class="row__meta">{describe(pin)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <ol class="rows" data-testid="personal-pins" aria-label={t('optPinsMine')}>
        {own.map((pin, index) => (
          <li
            key={pin.entry}
            class={`row${dragged === pin.entry ? ' row--dragged' : ''}`}
            draggable
            data-pin-entry={pin.entry}
            data-testid="pin-row"
            onDragStart={(event) => {
              setDragged(pin.entry);
              event.dataTransfer?.setData('text/plain', pin.entry);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const entry = event.dataTransfer?.getData('text/plain') || dragged;
              setDragged(null);
              if (entry) void store.movePin(entry, index);
            }}
            onDragEnd={() => setDragged(null)}
          >
            <button
              type="button"
              class="button button--quiet row__handle"
              aria-label={t('optPinHandle', index + 1, pin.entry)}
              data-testid="pin-handle"
              onKeyDown={(event) => onHandleKey(event, pin.entry, index)}
            >
              ⋮⋮
            </button>
            <span class="row__body">
              <strong>
                {index + 1}. {pin.entry}
              </strong>{' '}
              {entryLabel(team, pin.entry)}
              {pin.note && <span class="row__note">{pin.note}</span>}
              <span class="row__meta">{describe(pin)}</span>
            </span>
            <span class="row__actions">
              <button type="button" class="button" aria-label={t('optPinUp', pin.entry)} disabled={index === 0} onClick={() => store.movePin(pin.entry, index - 1)}>
                ↑
              </button>
              <button type="button" class="button" aria-label={t('optPinDown', pin.entry)} disabled={index === own.length - 1} onClick={() => store.movePin(pin.entry, index + 1)}>
                ↓
              </button>
              <button type="button" class="button" onClick={() => setDraft(toDraft(pin))}>
                {t('optPinEdit')}
              </button>
              <button type="button" class="button" data-testid="unpin" onClick={() => store.unpin(pin.entry)}>
                {t('optUnpin')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form class="form" onSubmit={submit} data-testid="pin-form">
        <EntryPicker team={team} value={draft.entry} onChange={(entry) => setDraft({ ...draft, entry })} testId="pin-entry" label={t('optPinEntry')} />
        <label class="field">
          <span>{t('optPinNote')}</span>
          <input data-testid="pin-note-input" maxLength={200} value={draft.note} placeholder={t('optPinNotePlaceholder')} onInput={(event) => setDraft({ ...draft, note: event.currentTarget.value })} />
        </label>
        <div class="form__row">
          <label class="field">
            <span>{t('optPinOpenerKind')}</span>
            <select
              data-testid="pin-opener-kind"
              value={draft.kind}
              onChange={(event) => {
                const kind = event.currentTarget.value as OpenerKind | '';
                setDraft({ ...draft, kind, text: kind ? (team.openers[kind][0] ?? '') : '' });
              }}
            >
              <option value="">{t('optPinOpenerAutoOption')}</option>
              {OPENER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {openerKindLabel(kind)}
                </option>
              ))}
            </select>
          </label>
          {draft.kind && (
            <label class="field field--grow">
              <span>{t('optPinOpenerText')}</span>
              <select data-testid="pin-opener-text" value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })}>
                {[...new Set([...phrasings, draft.text].filter(Boolean))].map((text) => (
                  <option key={text} value={text}>
                    {text}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label class="field">
            <span>{t('optPinBranchLabel')}</span>
            <select data-testid="pin-branch" value={draft.branch} onChange={(event) => setDraft({ ...draft, branch: event.currentTarget.value as Branch })}>
              {(Object.keys(BRANCH_LABEL) as Branch[]).map((branch) => (
                <option key={branch} value={branch}>
                  {t(BRANCH_LABEL[branch])}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" class="button button--primary" data-testid="pin-save" disabled={!draft.entry}>
          {own.some((pin) => pin.entry === draft.entry) ? t('optPinUpdate') : t('optPinSave')}
        </button>
      </form>
    </section>
  );
}
