import { render } from 'preact';
import { App } from '@/components/App';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import { onMessage, sendMessage } from '@/utils/messaging';
import { onTabLoaded, watchBoundTab } from '@/utils/panel/bound-tab';
import { copyToClipboard } from '@/utils/panel/clipboard';
import { createPanelStore } from '@/utils/panel/panel-store';
import { allowSite } from '@/utils/site-access';
import '@/components/panel.css';

const store = createPanelStore({
  suggest: createMatcher(BUILTIN_KNOWLEDGE),
  getTicket: (tabId) => sendMessage('getTicket', undefined, tabId),
  insertReply: (tabId, request) => sendMessage('insertReply', request, tabId),
  copyText: (text) => copyToClipboard(text),
  allowSite,
});

onMessage('ticketChanged', ({ data, sender }) => {
  if (sender.tab?.id === store.tabId.value) store.showTicket(data);
});
onTabLoaded(() => store.tabId.value, () => void store.refresh());
void watchBoundTab(location.search, (tabId) => {
  store.tabId.value = tabId;
  void store.refresh();
});

render(<App store={store} />, document.getElementById('app')!);
