import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import type { InsertResult } from '@/utils/messaging';
import type { BackgroundLink } from '@/utils/panel/background-link';
import { createPanelStore, type PanelEnv, type PanelStore } from '@/utils/panel/panel-store';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createSuggester } from '@/utils/suggest/suggester';
import type { TicketSnapshot } from '@/utils/ticket';

const ticket = (key: string, message: string): TicketSnapshot => ({
  key,
  subject: '',
  message,
  requester: null,
  channel: null,
  source: 'helpdesk',
  helpdesk: { id: 'demo', name: 'Demo Desk' },
  hasReplyBox: true,
});

const WRONG_NUMBER = ticket('demo:1', '멀티콜로 불렀는데 전화번호를 잘못 입력했어요');
const CANCEL_A = ticket('demo:3', '대리 호출 취소할 수 있나요?');
const CANCEL_B = ticket('demo:4', '대리 호출 취소 되나요?');

/**
 * The background as the panel sees it (panel-hub.ts): the page's open ticket per tab, turned into
 * views by the real suggester, sent when the panel watches, chooses or asks to refresh.
 */
function fakeBackground(suggester = createSuggester(createMatcher(BUILTIN_KNOWLEDGE), new ClarifyChoices())) {
  const pages = new Map<number, TicketSnapshot | null>();
  let store: PanelStore | null = null;
  let watched: number | null = null;
  const publish = () => {
    if (watched === null || !store) return;
    const open = pages.get(watched);
    store.showView({ tabId: watched, reachable: open !== undefined, ticket: open ?? null, ...suggester.suggest(open ?? null) });
  };
  const link: BackgroundLink = {
    watch: (tabId) => {
      watched = tabId;
      publish();
    },
    choose: (ticketKey, entryId) => {
      suggester.choose(ticketKey, entryId);
      publish();
    },
    refresh: publish,
  };
  return {
    link,
    attach: (panel: PanelStore) => (store = panel),
    /** The page shows another ticket; the feed has not reported it yet unless `report`. */
    open(tabId: number, next: TicketSnapshot | null, report = true) {
      pages.set(tabId, next);
      if (report) publish();
    },
  };
}

function storeWith(overrides: Partial<Omit<PanelEnv, 'link'>>, page: TicketSnapshot | null = WRONG_NUMBER) {
  const background = fakeBackground();
  const env: PanelEnv = {
    link: background.link,
    insertReply: vi.fn(async (): Promise<InsertResult> => ({ ok: true, target: 'textarea' })),
    copyText: vi.fn(async () => {}),
    allowSite: vi.fn(async () => 'granted' as const),
    saveMode: vi.fn(async () => {}),
    ...overrides,
  };
  const store = createPanelStore(env);
  background.attach(store);
  if (page) background.open(7, page, false);
  store.watch(7);
  return { store, env, background };
}

const ids = (store: PanelStore) => store.result.value.suggestions.map((suggestion) => suggestion.entry.id);

describe('panel store', () => {
  it("shows the background's view of its tab", () => {
    const { store } = storeWith({});
    expect(store.reachable.value).toBe(true);
    expect(ids(store)[0]).toBe('q4');
  });

  it('ignores views of another tab', () => {
    const { store } = storeWith({});
    store.showView({ tabId: 8, reachable: true, ticket: CANCEL_A, suggestions: [], clarify: null });
    expect(store.ticket.value?.key).toBe('demo:1');
  });

  it('sends the reply with the ticket key it was made for and the chosen insert mode, once even when clicked twice', async () => {
    const { store, env } = storeWith({});
    store.setMode('append');
    expect(env.saveMode).toHaveBeenCalledWith('append');
    const [top] = store.result.value.suggestions;
    await Promise.all([store.insert(top!), store.insert(top!)]);
    expect(env.insertReply).toHaveBeenCalledTimes(1);
    expect(env.insertReply).toHaveBeenCalledWith(7, { ticketKey: 'demo:1', text: top!.reply, mode: 'append', requestId: expect.any(String) });
    expect(store.notice.value).toMatchObject({ tone: 'success' });
  });

  it('offers to copy the reply when there is no reply box or the page cannot be reached', async () => {
    const { store, env } = storeWith({ insertReply: async () => ({ ok: false, reason: 'no-reply-box' }) });
    const [top] = store.result.value.suggestions;
    await store.insert(top!);
    expect(store.notice.value).toMatchObject({ tone: 'error', copyText: top!.reply });

    env.insertReply = async () => {
      throw new Error('Could not establish connection');
    };
    await store.insert(top!);
    expect(store.notice.value).toMatchObject({ tone: 'error', copyText: top!.reply });
    await store.copy(store.notice.value!.copyText!);
    expect(env.copyText).toHaveBeenCalledWith(top!.reply);
    expect(store.notice.value?.tone).toBe('success');
  });

  it("asks the guide's question for a cancel ticket without its state and keeps the chosen answer for that ticket", () => {
    const { store, background } = storeWith({}, CANCEL_A);
    expect(store.result.value.clarify?.question).toBe('혹시, 기사가 배정되었습니까?');
    expect(ids(store).slice(0, 2)).toEqual(['q2', 'q3']);
    store.choose('q3');
    expect(store.result.value.clarify).toBeNull();
    expect(ids(store)).toEqual(['q3']);
    background.open(7, CANCEL_B);
    expect(store.result.value.clarify).not.toBeNull();
  });

  it('a clarify answer on ticket A never narrows ticket B after a stale insert is refused', async () => {
    // A: the counselor answers the question with Q3. The helpdesk switches to B, and Insert is
    // clicked on A's card before the panel heard of the switch: the page refuses (stale).
    const { store, background } = storeWith({ insertReply: async () => ({ ok: false, reason: 'stale-ticket', ticket: CANCEL_B }) }, CANCEL_A);
    store.choose('q3');
    background.open(7, CANCEL_B, false);
    await store.insert(store.result.value.suggestions[0]!);
    expect(store.notice.value?.text).toContain('다른 티켓');
    expect(store.ticket.value?.key).toBe('demo:4');
    expect(store.result.value.clarify?.question).toBe('혹시, 기사가 배정되었습니까?');
    expect(ids(store).slice(0, 2)).toEqual(['q2', 'q3']);
  });

  it('says so when the tab has no content script', () => {
    const { store } = storeWith({}, null);
    expect(store.reachable.value).toBe(false);
    expect(store.result.value.suggestions).toEqual([]);
  });
});
