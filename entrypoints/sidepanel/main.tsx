import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { recordPanelTrace } from '@/tests/e2e-build/panel-hooks';
import { E2E_BUILD } from '@/utils/build-mode';
import { sendMessage } from '@/utils/messaging';
import { watchBoundTab } from '@/utils/panel/bound-tab';
import { copyToClipboard } from '@/utils/panel/clipboard';
import { connectToPage } from '@/utils/panel/page-feed';
import { createPanelStore } from '@/utils/panel/panel-store';
import { createProfilePicker } from '@/utils/panel/profile-picker';
import { siteProfilesItem } from '@/utils/profiles/storage';
import { listenForShortcut } from '@/utils/panel/shortcut-listener';
import { allowSite } from '@/utils/panel/site-access';
import { clarifyChoicesItem, insertModeItem } from '@/utils/settings';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createEntrySearch } from '@/utils/suggest/entry-search';
import { createExplainer } from '@/utils/match/explain';
import { t } from '@/utils/i18n/t';
import { addFeedback, feedbackItem } from '@/utils/team/feedback';
import { followTeamState, teamSuggester } from '@/utils/team/team-source';
import { createUsageRecorder } from '@/utils/team/usage';
import '@/components/panel.css';
import { errorText } from '@/utils/error-text';

const choices = new ClarifyChoices(200, (entries) => void clarifyChoicesItem.setValue(entries));
const store = createPanelStore({
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
  recordUsage: createUsageRecorder(),
  saveFeedback: async (feedback) => feedbackItem.setValue(addFeedback(await feedbackItem.getValue(), feedback)),
});

// The team's guides, phrasings and pins (policy and personal): the suggester is rebuilt when they change.
followTeamState(
  (state) => store.setTeam(state, { suggester: teamSuggester(state, choices), search: createEntrySearch(state.knowledge), explain: createExplainer(state.knowledge) }),
  (error) => store.showError(t('panelTeamUnreadable', errorText(error))),
);

// 직접 지정: the lead points at the page's message and reply box when ReplyDeck finds none.
const picker = createProfilePicker(
  {
    pageStatus: (tabId) => sendMessage('pageStatus', undefined, tabId),
    pick: (tabId, role, prompt) => sendMessage('pickElement', { role, prompt }, tabId),
    cancelPick: (tabId) => sendMessage('cancelPick', undefined, tabId),
    check: (tabId, profile) => sendMessage('checkSiteProfile', profile, tabId),
    profiles: siteProfilesItem,
  },
  () => store.tabId.value,
);
effect(() => {
  const ticket = store.ticket.value;
  const unread = store.reachable.value && (!ticket?.hasReplyBox || (ticket.source === 'helpdesk' && !ticket.message.trim()));
  if (unread) void picker.refreshStatus();
});

listenForShortcut(() => store.tabId.value, () => store.insertTop());
void insertModeItem.getValue().then((mode) => (store.mode.value = mode));
void clarifyChoicesItem.getValue().then((entries) => {
  choices.restore(entries);
  store.answersChanged();
});
void watchBoundTab(location.search, (tabId) => store.watch(tabId));

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App store={store} picker={picker} />, document.getElementById('app')!);
