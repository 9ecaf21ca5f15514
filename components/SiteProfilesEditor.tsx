import { useState } from 'preact/hooks';
import type { SiteProfile } from '@/utils/profiles/site-profile';
import type { ProfilesStore } from '@/utils/profiles/profiles-store';

const EMPTY: SiteProfile = { host: '', messageSelector: '', replySelector: '', subjectSelector: '' };

const FIELDS: Array<{ key: keyof SiteProfile; label: string; hint: string }> = [
  { key: 'host', label: '호스트', hint: '예: desk.example.com 또는 *.example.com' },
  { key: 'messageSelector', label: '고객 메시지 CSS 선택자', hint: '여러 개면 마지막 것이 최신 메시지입니다. 예: .thread .customer .body' },
  { key: 'replySelector', label: '답장 입력창 CSS 선택자', hint: '예: textarea#reply, .editor [contenteditable]' },
  { key: 'subjectSelector', label: '제목 CSS 선택자 (선택)', hint: '예: h1.ticket-subject' },
];

/** Options page: team leads add CSS selectors for helpdesks ReplyDeck has no adapter for (the organization's, from policy, shown read only). */
export function SiteProfilesEditor({ store, organization = [] }: { store: ProfilesStore; organization?: SiteProfile[] }) {
  const [draft, setDraft] = useState<SiteProfile>(EMPTY);
  const problems = store.problems.value;

  async function submit(event: Event) {
    event.preventDefault();
    if (await store.add(draft)) setDraft(EMPTY);
  }

  return (
    <section class="card" aria-labelledby="profiles-title" data-testid="profiles-editor">
      <h2 id="profiles-title">사이트 프로필</h2>
      <p>
        ReplyDeck이 모르는 상담 도구(사내 도구 등)에서도 티켓을 읽고 답장을 넣을 수 있도록, 호스트별로 고객 메시지와 답장 입력창의 CSS
        선택자를 적어 두세요. 프로필은 같은 사이트의 기본 헬프데스크 인식보다 우선합니다. 저장할 때 브라우저가 그 사이트에 대한 권한을 묻습니다.
      </p>
      <form class="profile-form" onSubmit={submit} data-testid="profile-form" noValidate>
        {FIELDS.map(({ key, label, hint }) => (
          <label class="profile-form__field" key={key}>
            <span>{label}</span>
            <input
              name={key}
              value={draft[key] ?? ''}
              placeholder={hint}
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
        <button type="submit" class="button button--primary" data-testid="profile-save">
          저장
        </button>
      </form>
      {store.status.value && (
        <p class="notice" role="status" data-testid="profile-status">
          {store.status.value}
        </p>
      )}
      {organization.length > 0 && (
        <section aria-label="조직 정책의 프로필">
          <h3>조직 정책 (읽기 전용)</h3>
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
      <section aria-label="저장된 프로필">
        <h3>저장된 프로필</h3>
        {store.profiles.value.length === 0 ? (
          <p class="empty">아직 없습니다.</p>
        ) : (
          <ul class="profile-list">
            {store.profiles.value.map((profile) => (
              <li class="profile-list__item" data-testid="profile" key={profile.host}>
                <strong>{profile.host}</strong>
                <code>{profile.messageSelector}</code> → <code>{profile.replySelector}</code>
                {store.granted.value[profile.host] === false && (
                  <span class="profile-list__access" data-testid="profile-no-access">
                    권한 없음{' '}
                    <button type="button" class="button" data-testid="profile-request-access" onClick={() => store.requestAccess(profile.host)}>
                      권한 요청
                    </button>
                  </span>
                )}
                <button type="button" class="button button--quiet" onClick={() => store.remove(profile.host)}>
                  삭제
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
