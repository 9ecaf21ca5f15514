import { installEditorBridge } from '@/utils/insert/page-api-bridge';

// Runs in the page's own JavaScript world, where editors' public APIs live (see page-api-bridge.ts).
// Not a declared content script: the background injects it into a frame when an insertion needs it.
export default defineUnlistedScript(() => {
  installEditorBridge(window);
});
