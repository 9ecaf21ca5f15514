import type { MessageKey } from '@/utils/i18n/messages';
import { t } from '@/utils/i18n/t';
import type { LeadStore } from '@/utils/options/lead-store';
import type { ProfilesStore } from '@/utils/profiles/profiles-store';
import type { PersonalData } from '@/utils/team/personal-storage';
import { PolicyError } from '../PolicyError';
import { SiteProfilesEditor } from '../SiteProfilesEditor';
import { ExamplesEditor } from './ExamplesEditor';
import { GuidesEditor } from './GuidesEditor';
import { OpenersEditor } from './OpenersEditor';
import { PackTransfer } from './PackTransfer';
import { PinsEditor } from './PinsEditor';
import { TicketCheck } from './TicketCheck';
import { UsageTable } from './UsageTable';

const PART_LABEL: Record<keyof PersonalData, MessageKey> = { pins: 'optPartPins', openers: 'optPartOpeners', siteProfiles: 'optPartSiteProfiles', guides: 'optPartGuides', examples: 'optPartExamples' };

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
    ['pins-title', t('optNavPins')],
    ['openers-title', t('optNavOpeners')],
    ['guides-title', t('optNavGuides')],
    ['examples-title', t('optNavExamples')],
    ['profiles-title', t('optNavProfiles')],
    ['check-title', t('optNavCheck')],
    ['pack-title', t('optNavPack')],
    ['usage-title', t('optNavUsage')],
  ];
  return (
    <main class="lead">
      <header class="lead__header">
        <h1 class="panel__title">{t('optionsTitle')}</h1>
        <nav aria-label={t('optNavLabel')}>
          {nav.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      {policy.state === 'ok' && (
        <p class="hint" data-testid="policy-active">
          {policy.pack.name ? t('optPolicyActiveNamed', policy.pack.name) : t('optPolicyActive')}
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
          {t('optLocalOnly', store.localOnly.value.map((part) => t(PART_LABEL[part])).join(', '))}
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
