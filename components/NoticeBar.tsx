import type { PanelStore } from '@/utils/panel/panel-store';
import { t } from '@/utils/i18n/t';

export function NoticeBar({ store }: { store: PanelStore }) {
  const notice = store.notice.value;
  if (!notice) return null;
  return (
    <div class={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      {notice.switchAndInsert && (
        <button type="button" class="button button--primary" data-testid="notice-switch" onClick={() => void notice.switchAndInsert!()}>
          {t('noticeSwitchAndInsert')}
        </button>
      )}
      {notice.copyText !== undefined && (
        <button type="button" class="button" data-testid="notice-copy" onClick={() => store.copy(notice.copyText!)}>
          {t('noticeCopy')}
        </button>
      )}
    </div>
  );
}
