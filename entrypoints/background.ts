// Registers the content script on sites allowed later ("use on this site", site profiles), injects
// it into their open tabs, and unregisters it when the permission is taken back: importing it sets it up.
import 'webext-dynamic-content-scripts';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { setupEditorBridgeInjection } from '@/utils/background/editor-bridge';
import { createShortcutRunner, setupInsertShortcut } from '@/utils/background/insert-shortcut';
import { setupPanelHub } from '@/utils/background/panel-hub';
import { setupContentScriptReinjection } from '@/utils/background/reinject';
import { setupSidePanel } from '@/utils/background/side-panel';
import { E2E_BUILD } from '@/utils/build-mode';
import { createMatcher } from '@/utils/match/matcher';
import { clarifyChoicesItem } from '@/utils/settings';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createSuggester } from '@/utils/suggest/suggester';
import { exposeTestHooks } from '@/tests/e2e-build/background-hooks';

export default defineBackground(() => {
  const choices = new ClarifyChoices(200, (entries) => void clarifyChoicesItem.setValue(entries));
  void clarifyChoicesItem.getValue().then((entries) => choices.restore(entries));
  const suggester = createSuggester(createMatcher(BUILTIN_KNOWLEDGE), choices);
  const hub = setupPanelHub(suggester);
  const runShortcut = createShortcutRunner(hub, suggester);

  setupSidePanel();
  setupInsertShortcut(runShortcut);
  setupEditorBridgeInjection();
  setupContentScriptReinjection();
  if (E2E_BUILD) exposeTestHooks({ runShortcut });
});
