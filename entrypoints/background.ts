import { setupInsertShortcut } from '@/utils/background/insert-shortcut';
import { setupContentScriptReinjection } from '@/utils/background/reinject';
import { setupSidePanel } from '@/utils/background/side-panel';
import { setupSiteAccessCleanup } from '@/utils/site-access';

export default defineBackground(() => {
  setupSidePanel();
  setupInsertShortcut();
  setupContentScriptReinjection();
  setupSiteAccessCleanup();
});
