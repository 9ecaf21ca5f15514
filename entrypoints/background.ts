import { setupInsertShortcut } from '@/utils/background/insert-shortcut';
import { setupSidePanel } from '@/utils/background/side-panel';

export default defineBackground(() => {
  setupSidePanel();
  setupInsertShortcut();
});
