import type { PanelStore } from '@/utils/panel/panel-store';

export function NoticeBar({ store }: { store: PanelStore }) {
  const notice = store.notice.value;
  if (!notice) return null;
  return (
    <div class={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      {notice.copyText !== undefined && (
        <button type="button" class="button" data-testid="notice-copy" onClick={() => store.copy(notice.copyText!)}>
          복사하기
        </button>
      )}
    </div>
  );
}
