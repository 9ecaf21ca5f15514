// Registers the content script on sites allowed later ("use on this site", site profiles), injects
// it into their open tabs, and unregisters it when the permission is taken back: importing it sets it up.
import 'webext-dynamic-content-scripts';
import { setupEditorBridgeInjection } from '@/utils/background/editor-bridge';
import { createShortcutRunner, setupInsertShortcut } from '@/utils/background/insert-shortcut';
import { setupContentScriptReinjection } from '@/utils/background/reinject';
import { setupSidePanel } from '@/utils/background/side-panel';
import { E2E_BUILD } from '@/utils/build-mode';
import { exposeTestHooks } from '@/tests/e2e-build/background-hooks';

export default defineBackground(() => {
  const runShortcut = createShortcutRunner();
  setupSidePanel();
  setupInsertShortcut(runShortcut);
  setupEditorBridgeInjection();
  setupContentScriptReinjection();
  if (E2E_BUILD) exposeTestHooks({ runShortcut });
});
