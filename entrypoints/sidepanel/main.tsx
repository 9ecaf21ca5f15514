import { render } from 'preact';
import { App } from '@/components/App';
import { recordPanelTrace } from '@/tests/e2e-build/panel-hooks';
import { E2E_BUILD } from '@/utils/build-mode';
import { sendMessage } from '@/utils/messaging';
import { connectToBackground } from '@/utils/panel/background-link';
import { watchBoundTab } from '@/utils/panel/bound-tab';
import { copyToClipboard } from '@/utils/panel/clipboard';
import { createPanelStore } from '@/utils/panel/panel-store';
import { allowSite } from '@/utils/panel/site-access';
import { insertModeItem } from '@/utils/settings';
import '@/components/panel.css';

const store = createPanelStore({
  link: connectToBackground((view, trace) => {
    store.showView(view);
    if (E2E_BUILD) recordPanelTrace(view, trace);
  }),
  insertReply: (tabId, request) => sendMessage('insertReply', request, tabId),
  copyText: (text) => copyToClipboard(text),
  allowSite,
  saveMode: (mode) => insertModeItem.setValue(mode),
});

void insertModeItem.getValue().then((mode) => (store.mode.value = mode));
void watchBoundTab(location.search, (tabId) => store.watch(tabId));

render(<App store={store} />, document.getElementById('app')!);
