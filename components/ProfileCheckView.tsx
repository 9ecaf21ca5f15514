import { t } from '@/utils/i18n/t';
import type { ProfileCheck } from '@/utils/messaging';

/** What a site profile's selectors read on a page right now: the latest customer message and the reply box. */
export function ProfileCheckView({ check }: { check: ProfileCheck }) {
  let message: string;
  if (check.invalid.includes('messageSelector')) message = t('pickInvalid');
  else if (check.messages === 0) message = t('pickFindsNothing');
  else message = `${t('pickMatches', check.messages)} · ${check.message || t('pickEmptyText')}`;
  return (
    <dl class="picker__check" data-testid="pick-check">
      <dt>{t('pickReadsMessage')}</dt>
      <dd data-testid="pick-reads-message">{message}</dd>
      <dt>{t('pickReadsReply')}</dt>
      <dd data-testid="pick-reads-reply">{check.invalid.includes('replySelector') ? t('pickInvalid') : (check.replyBox ?? t('pickFindsNothing'))}</dd>
    </dl>
  );
}
