import { useMemo, useState } from 'preact/hooks';
import type { FaqEntry } from '@/knowledge/faq-types';
import type { PanelStore } from '@/utils/panel/panel-store';
import { Composer } from './Composer';
import { entryTitle } from './EntryOptions';
import { t } from '@/utils/i18n/t';

/** An entry to open in the composer: a result of the search, or an item of the list of all answers. */
function EntryButton({ entry, testId, onPick }: { entry: FaqEntry; testId: string; onPick(entry: FaqEntry): void }) {
  return (
    <li>
      <button type="button" class="find__result" data-testid={testId} data-entry-id={entry.id} data-search-stop onClick={() => onPick(entry)}>
        {entryTitle(entry)}
      </button>
    </li>
  );
}

/** ↓/↑ move between the search box and the results (and the results of the list of all answers). */
function moveFocus(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const here = event.currentTarget as HTMLElement;
  const stops = [...here.querySelectorAll<HTMLElement>('[data-search-stop]')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * For when the counselor knows better than the matcher: a search over every loaded guide (the
 * matcher's own Korean-aware index), and every answer by guide and consultation type. A picked
 * answer opens in a composer like a suggestion.
 */
export function FindAnswer({ store, searchRef }: { store: PanelStore; searchRef: { current: HTMLInputElement | null } }) {
  const team = store.team.value;
  const picked = store.picked.value;
  const answer = store.pickedAnswer();
  const found = store.found.value;
  const [browsing, setBrowsing] = useState(false);
  // The list of all answers changes with the guides only, not with every ticket.
  const byGuide = useMemo(
    () =>
      (team?.guides ?? []).map((guide) => {
        const entries = team!.knowledge.entries.filter((entry) => entry.guide === guide.id);
        const types = [...new Set(entries.map((entry) => entry.typePath.join(' ▶ ')))];
        return { guide, types: types.map((type) => ({ type, entries: entries.filter((entry) => entry.typePath.join(' ▶ ') === type) })) };
      }),
    [team],
  );
  if (!team) return null;
  return (
    <section class="find" aria-label={t('findTitle')} onKeyDown={moveFocus}>
      <label class="find__label" for="answer-search">
        {t('findTitle')} <kbd>/</kbd>
      </label>
      <input
        id="answer-search"
        ref={searchRef}
        type="search"
        class="find__input"
        data-testid="search"
        data-search-stop
        placeholder={t('findPlaceholder')}
        value={store.query.value}
        onInput={(event) => store.search(event.currentTarget.value)}
      />
      {store.query.value.trim() !== '' && (
        <ul class="find__results" data-testid="search-results" aria-label={t('findResults')}>
          {found.length === 0 && <li class="find__none">{t('findNone')}</li>}
          {found.map((entry) => (
            <EntryButton key={entry.id} entry={entry} testId="search-result" onPick={store.pick} />
          ))}
        </ul>
      )}
      {picked && answer && (
        <div class="suggestion" data-testid="picked-answer" data-entry-id={picked.id}>
          <div class="suggestion__head">
            <h2 class="suggestion__question">{entryTitle(picked)}</h2>
            <button type="button" class="button button--quiet" onClick={() => store.pick(null)}>
              {t('close')}
            </button>
          </div>
          <Composer
            store={store}
            draftKey={`picked:${picked.id}`}
            entry={picked}
            view={store.compose(`picked:${picked.id}`, answer)}
            rank="search"
            consultationType={picked.typePath.length > 0 ? picked.typePath.join(' ▶ ') : null}
          />
        </div>
      )}
      <details class="browse" data-testid="browse" onToggle={(event) => setBrowsing(event.currentTarget.open)}>
        <summary>{t('browseAll')}</summary>
        {/* Built only while open: the panel re-renders on every ticket, the list is for the rare look. */}
        {browsing && byGuide.map(({ guide, types }) => (
          <div key={guide.id} class="browse__guide">
            <h3 class="browse__title">{guide.document.title}</h3>
            {types.map(({ type, entries }) => (
              <div key={type}>
                {type && <p class="browse__type">{type}</p>}
                <ul class="browse__entries">
                  {entries.map((entry) => (
                    <EntryButton key={entry.id} entry={entry} testId="browse-entry" onPick={store.pick} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </details>
    </section>
  );
}
