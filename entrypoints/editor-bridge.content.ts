import { installEditorBridge } from '@/utils/insert/page-api-bridge';

// Runs in the page's own JavaScript world, where editors' public APIs live (see page-api-bridge.ts).
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    installEditorBridge(window);
  },
});
