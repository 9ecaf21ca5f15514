import type { LeadStore } from '@/utils/options/lead-store';
import type { ProfilesStore } from '@/utils/profiles/profiles-store';
import { PolicyError } from '../PolicyError';
import { SiteProfilesEditor } from '../SiteProfilesEditor';
import { ExamplesEditor } from './ExamplesEditor';
import { GuidesEditor } from './GuidesEditor';
import { OpenersEditor } from './OpenersEditor';
import { PackTransfer } from './PackTransfer';
import { PinsEditor } from './PinsEditor';
import { TicketCheck } from './TicketCheck';
import { UsageTable } from './UsageTable';

const PART_LABEL = { pins: '고정 답변', openers: '감성표현 문구', siteProfiles: '사이트 프로필', guides: '상담 가이드', examples: '예시 문장' } as const;

function Status({ store }: { store: LeadStore }) {
  const status = store.status.value;
  if (!status) return null;
  return (
    <div class={`notice notice--${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="lead-status">
      <div>
        <p class="notice__title">{status.text}</p>
        {status.details && (
          <ul class="notice__details">
            {status.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The lead's settings page: one section per thing a lead steers. */
export function LeadPage({ store, profiles }: { store: LeadStore; profiles: ProfilesStore }) {
  const policy = store.team.value.policy;
  const nav: Array<[string, string]> = [
    ['pins-title', '팀 추천'],
    ['openers-title', '감성표현'],
    ['guides-title', '가이드'],
    ['examples-title', '예시 문장'],
    ['profiles-title', '사이트 프로필'],
    ['check-title', '티켓으로 확인'],
    ['pack-title', '팀 팩'],
    ['usage-title', '사용 현황'],
  ];
  return (
    <main class="lead">
      <header class="lead__header">
        <h1 class="panel__title">ReplyDeck 팀 설정</h1>
        <nav aria-label="설정 항목">
          {nav.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      {policy.state === 'ok' && (
        <p class="hint" data-testid="policy-active">
          조직 정책으로 팀 팩{policy.pack.name ? ` 「${policy.pack.name}」` : ''}이 적용되어 있습니다. 조직의 고정 답변과 가이드는 여기서 바꿀 수 없습니다.
        </p>
      )}
      <PolicyError policy={policy} />
      {store.team.value.problems.map((problem) => (
        <p key={problem} class="hint">
          {problem}
        </p>
      ))}
      {store.localOnly.value.length > 0 && (
        <p class="hint" data-testid="local-only">
          {store.localOnly.value.map((part) => PART_LABEL[part]).join(', ')}: 브라우저 동기화 용량을 넘어 이 브라우저에만 저장되어 있습니다. 다른 브라우저에는 팀 팩 파일로 옮기세요.
        </p>
      )}
      <div class="lead__sticky">
        <Status store={store} />
      </div>
      <PinsEditor store={store} />
      <OpenersEditor store={store} />
      <GuidesEditor store={store} />
      <ExamplesEditor store={store} />
      <SiteProfilesEditor store={profiles} organization={store.team.value.siteProfiles.filter((profile) => profile.origin === 'organization')} />
      <TicketCheck store={store} />
      <PackTransfer store={store} />
      <UsageTable store={store} />
    </main>
  );
}
