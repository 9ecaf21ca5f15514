import type { PolicyState } from '@/utils/team/policy';
import { t } from '@/utils/i18n/t';

/**
 * The organization's policy pushed a team pack that does not check out: it is ignored, and IT should
 * know why. The panel names the first few problems; the lead's page all of them.
 */
export function PolicyError({ policy, most = Number.POSITIVE_INFINITY }: { policy: PolicyState | undefined; most?: number }) {
  if (policy?.state !== 'invalid') return null;
  return (
    <div class="notice notice--error" role="alert" data-testid="policy-error">
      <div>
        <p class="notice__title">{t('policyError')}</p>
        <ul class="notice__details">
          {policy.problems.slice(0, most).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {policy.problems.length > most && <li>{t('policyMore', policy.problems.length - most)}</li>}
        </ul>
      </div>
    </div>
  );
}
