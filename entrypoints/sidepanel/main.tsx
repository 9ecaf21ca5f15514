import { render } from 'preact';
import { App } from '@/components/App';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { recordPanelTrace } from '@/tests/e2e-build/panel-hooks';
import { E2E_BUILD } from '@/utils/build-mode';
import { createMatcher } from '@/utils/match/matcher';
import { sendMessage } from '@/utils/messaging';
import { watchBoundTab } from '@/utils/panel/bound-tab';
import { copyToClipboard } from '@/utils/panel/clipboard';
import { connectToPage } from '@/utils/panel/page-feed';
import { createPanelStore } from '@/utils/panel/panel-store';
import { listenForShortcut } from '@/utils/panel/shortcut-listener';
import { allowSite } from '@/utils/panel/site-access';
import { clarifyChoicesItem, insertModeItem } from '@/utils/settings';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createSuggester } from '@/utils/suggest/suggester';
import '@/components/panel.css';

const choices = new ClarifyChoices(200, (entries) => void clarifyChoicesItem.setValue(entries));
const store = createPanelStore({
  suggester: createSuggester(createMatcher(BUILTIN_KNOWLEDGE), choices),
  connectToPage: (tabId, handlers) => {
    if (!E2E_BUILD) return connectToPage(tabId, handlers);
    return connectToPage(tabId, {
      ...handlers,
      onTicket(ticket, trace) {
        recordPanelTrace(ticket, trace);
        handlers.onTicket(ticket);
      },
    });
  },
  insertReply: (tabId, request) => sendMessage('insertReply', request, tabId),
  copyText: (text) => copyToClipboard(text),
  allowSite,
  saveMode: (mode) => insertModeItem.setValue(mode),
  takePendingShortcut: (tabId) => sendMessage('takePendingShortcut', tabId).catch(() => false),
});

listenForShortcut(() => store.tabId.value, () => store.insertTop());
void insertModeItem.getValue().then((mode) => (store.mode.value = mode));
void clarifyChoicesItem.getValue().then((entries) => {
  choices.restore(entries);
  store.answersChanged();
});
void watchBoundTab(location.search, (tabId) => store.watch(tabId));

render(<App store={store} />, document.getElementById('app')!);
