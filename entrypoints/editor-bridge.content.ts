import { CONTENT_SCRIPT_MATCHES } from '@/utils/helpdesks/hosts';
import { installEditorBridge } from '@/utils/insert/page-api-bridge';

// Runs in the page's own JavaScript world, where editors' public APIs live (see page-api-bridge.ts).
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    installEditorBridge(window);
  },
});
