import type { InsertMode } from '@/utils/insert/caret';
import type { PanelStore } from '@/utils/panel/panel-store';

const MODES: Array<{ mode: InsertMode; label: string }> = [
  { mode: 'caret', label: '커서 위치에' },
  { mode: 'replace', label: '초안을 바꿔서' },
  { mode: 'append', label: '초안 뒤에' },
];

/** Where 넣기 puts the reply: at the caret (default), over the whole draft, or after it. */
export function InsertModePicker({ store }: { store: PanelStore }) {
  return (
    <label class="insert-mode">
      넣는 위치
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
