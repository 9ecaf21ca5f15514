import type { PolicyState } from '@/utils/team/policy';

/**
 * The organization's policy pushed a team pack that does not check out: it is ignored, and IT should
 * know why. The panel names the first few problems; the lead's page all of them.
 */
export function PolicyError({ policy, most = Number.POSITIVE_INFINITY }: { policy: PolicyState | undefined; most?: number }) {
  if (policy?.state !== 'invalid') return null;
  return (
    <div class="notice notice--error" role="alert" data-testid="policy-error">
      <div>
        <p class="notice__title">조직 정책의 팀 팩에 문제가 있어 적용하지 않았습니다. 나머지 기능은 그대로 동작합니다. IT 담당자에게 알려 주세요.</p>
        <ul class="notice__details">
          {policy.problems.slice(0, most).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {policy.problems.length > most && <li>외 {policy.problems.length - most}건</li>}
        </ul>
      </div>
    </div>
  );
}
