import { useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import type { SiteProfile } from '@/utils/profiles/site-profile';
import type { ProfilesStore } from '@/utils/profiles/profiles-store';
import { SITE_PROFILE_PRESETS } from '@/utils/profiles/presets';
import { ProfileCheckView } from './ProfileCheckView';

const EMPTY: SiteProfile = { host: '', messageSelector: '', replySelector: '', subjectSelector: '' };

const FIELDS: Array<{ key: keyof SiteProfile; label: MessageKey; hint: MessageKey }> = [
  { key: 'host', label: 'optProfileHost', hint: 'optProfileHostHint' },
  { key: 'messageSelector', label: 'optProfileMessage', hint: 'optProfileMessageHint' },
  { key: 'replySelector', label: 'optProfileReply', hint: 'optProfileReplyHint' },
  { key: 'subjectSelector', label: 'optProfileSubject', hint: 'optProfileSubjectHint' },
];

/** Options page: team leads add CSS selectors for helpdesks ReplyDeck has no adapter for (the organization's, from policy, shown read only). */
export function SiteProfilesEditor({ store, organization = [] }: { store: ProfilesStore; organization?: SiteProfile[] }) {
  const [draft, setDraft] = useState<SiteProfile>(EMPTY);
  const problems = store.problems.value;

  async function submit(event: Event) {
    event.preventDefault();
    if (await store.add(draft)) setDraft(EMPTY);
  }

  function edit(profile: SiteProfile | null) {
    store.edit(profile?.host ?? null);
    setDraft(profile ?? EMPTY);
  }

  function usePreset(id: string) {
    const preset = SITE_PROFILE_PRESETS.find((each) => each.id === id);
    if (preset) setDraft({ ...preset.profile });
  }

  const editing = store.editing.value;
  const checks = store.tabChecks.value;

  return (
    <section class="card" aria-labelledby="profiles-title" data-testid="profiles-editor">
      <h2 id="profiles-title">{t('optProfilesTitle')}</h2>
      <p>{t('optProfilesIntro')}</p>
      <form class="profile-form" onSubmit={submit} data-testid="profile-form" noValidate>
        {editing ? (
          <p class="profile-form__editing" data-testid="profile-editing">
            {t('optProfileEditing', editing)}
          </p>
        ) : (
          <label class="profile-form__field">
            <span>{t('optProfilePreset')}</span>
            <select data-testid="profile-preset" value="" onChange={(event) => usePreset((event.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('optProfilePresetNone')}</option>
              {SITE_PROFILE_PRESETS.map((preset) => (
                <option value={preset.id} key={preset.id}>
                  {preset.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {FIELDS.map(({ key, label, hint }) => (
          <label class="profile-form__field" key={key}>
            <span>{t(label)}</span>
            <input
              name={key}
              value={draft[key] ?? ''}
              placeholder={t(hint)}
              aria-invalid={problems[key] ? 'true' : undefined}
              aria-describedby={problems[key] ? `problem-${key}` : undefined}
              onInput={(event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value })}
            />
            {problems[key] && (
              <span class="profile-form__problem" id={`problem-${key}`} data-testid={`problem-${key}`}>
                {problems[key]}
              </span>
            )}
          </label>
        ))}
        <div class="profile-form__actions">
          <button type="submit" class="button button--primary" data-testid="profile-save">
            {t(editing ? 'optProfileSaveChanges' : 'optProfileSave')}
          </button>
          <button type="button" class="button" data-testid="profile-check" onClick={() => void store.checkInOpenTabs(draft)}>
            {t('optProfileCheckTabs')}
          </button>
          {editing && (
            <button type="button" class="button button--quiet" data-testid="profile-edit-cancel" onClick={() => edit(null)}>
              {t('optProfileEditCancel')}
            </button>
          )}
        </div>
      </form>
      {checks && (
        <section aria-label={t('optProfileCheckTabs')} data-testid="profile-tab-checks">
          {checks.length === 0 ? (
            <p class="empty">{t('optProfileNoOpenTabs')}</p>
          ) : (
            checks.map((tab) => (
              <div class="profile-tab-check" key={tab.url} data-testid="profile-tab-check">
                <strong>{tab.title || tab.url}</strong>
                {tab.check ? <ProfileCheckView check={tab.check} /> : <p class="empty">{t('optProfileTabNoReplyDeck')}</p>}
              </div>
            ))
          )}
        </section>
      )}
      {store.status.value && (
        <p class="notice" role="status" data-testid="profile-status">
          {store.status.value}
        </p>
      )}
      {organization.length > 0 && (
        <section aria-label={t('optProfilesOrganization')}>
          <h3>{t('optOrganizationReadOnly')}</h3>
          <ul class="profile-list">
            {organization.map((profile) => (
              <li class="profile-list__item" data-testid="organization-profile" key={profile.host}>
                <strong>{profile.host}</strong>
                <code>{profile.messageSelector}</code> → <code>{profile.replySelector}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={t('optProfilesSaved')}>
        <h3>{t('optProfilesSaved')}</h3>
        {store.profiles.value.length === 0 ? (
          <p class="empty">{t('optProfilesEmpty')}</p>
        ) : (
          <ul class="profile-list">
            {store.profiles.value.map((profile) => (
              <li class="profile-list__item" data-testid="profile" key={profile.host}>
                <strong>{profile.host}</strong>
                <code>{profile.messageSelector}</code> → <code>{profile.replySelector}</code>
                {store.granted.value[profile.host] === false && (
                  <span class="profile-list__access" data-testid="profile-no-access">
                    {t('optProfileNoAccess')}{' '}
                    <button type="button" class="button" data-testid="profile-request-access" onClick={() => store.requestAccess(profile.host)}>
                      {t('optProfileRequestAccess')}
                    </button>
                  </span>
                )}
                <button type="button" class="button button--quiet" data-testid="profile-edit" onClick={() => edit(profile)}>
                  {t('optProfileEdit')}
                </button>
                <button type="button" class="button button--quiet" onClick={() => store.remove(profile.host)}>
                  {t('optProfileDelete')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
