import type { PinMark } from '@/utils/team/pins';
import { t } from '@/utils/i18n/t';

const ORIGIN_LABEL = { organization: 'pinOrganization', personal: 'pinPersonal' } as const;

/** 팀 추천: the lead pinned this answer (the organization's or this browser's), with the note for counselors. */
export function PinBadge({ pin }: { pin: PinMark }) {
  return (
    <p class="pin" data-testid="pin-badge">
      <span class="chip chip--pin">{t('pinTeam')}</span>
      <span class="pin__origin">{t(ORIGIN_LABEL[pin.origin])}</span>
      {pin.note && (
        <span class="pin__note" data-testid="pin-note">
          {pin.note}
        </span>
      )}
    </p>
  );
}
