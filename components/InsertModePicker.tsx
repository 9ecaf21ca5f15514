import type { InsertMode } from '@/utils/insert/caret';
import type { PanelStore } from '@/utils/panel/panel-store';
import { t } from '@/utils/i18n/t';

const MODES: Array<{ mode: InsertMode; label: string }> = [
  { mode: 'caret', label: t('insertModeCaret') },
  { mode: 'replace', label: t('insertModeReplace') },
  { mode: 'append', label: t('insertModeAppend') },
];

/** Where 넣기 puts the reply: at the caret (default), over the whole draft, or after it. */
export function InsertModePicker({ store }: { store: PanelStore }) {
  return (
    <label class="insert-mode">
      {t('insertModeLabel')}
      <select
        data-testid="insert-mode"
        value={store.mode.value}
        onChange={(event) => store.setMode((event.currentTarget as HTMLSelectElement).value as InsertMode)}
      >
        {MODES.map(({ mode, label }) => (
          <option key={mode} value={mode}>{label}</option>
        ))}
      </select>
    </label>
  );
}
