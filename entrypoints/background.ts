import { setupSidePanel } from '@/utils/background/side-panel';

export default defineBackground(() => {
  setupSidePanel();
});
