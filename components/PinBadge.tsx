import type { PinMark } from '@/utils/team/pins';

const ORIGIN_LABEL = { organization: '조직 정책', personal: '내 고정' } as const;

/** 팀 추천: the lead pinned this answer (the organization's or this browser's), with the note for counselors. */
export function PinBadge({ pin }: { pin: PinMark }) {
  return (
    <p class="pin" data-testid="pin-badge">
      <span class="chip chip--pin">팀 추천</span>
      <span class="pin__origin">{ORIGIN_LABEL[pin.origin]}</span>
      {pin.note && (
        <span class="pin__note" data-testid="pin-note">
          {pin.note}
        </span>
      )}
    </p>
  );
}
