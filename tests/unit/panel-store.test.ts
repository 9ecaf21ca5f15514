import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import type { InsertResult } from '@/utils/messaging';
import type { FeedHandlers, PageFeed } from '@/utils/panel/page-feed';
import { createPanelStore, type PanelEnv, type PanelStore } from '@/utils/panel/panel-store';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { createSuggester } from '@/utils/suggest/suggester';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { mergeTeamState } from '@/utils/team/team-state';
import { teamSuggester } from '@/utils/team/team-source';
import type { TicketSnapshot } from '@/utils/ticket';
import { ticket } from './support/tickets';
import { NO_PERSONAL_DATA } from './support/team';


const WRONG_NUMBER = ticket('demo:1', '멀티콜로 불렀는데 전화번호를 잘못 입력했어요');
const CANCEL_A = ticket('demo:3', '대리 호출 취소할 수 있나요?');
const CANCEL_B = ticket('demo:4', '대리 호출 취소 되나요?');

/** The tab's page as the panel sees it (page-feed.ts): its open ticket, sent when it changes or when asked. */
function fakePage() {
  const tickets = new Map<number, TicketSnapshot>();
  const feeds = new Map<number, FeedHandlers>();
  return {
    connectToPage(tabId: number, handlers: FeedHandlers): PageFeed {
      feeds.set(tabId, handlers);
      const send = () => {
        const open = tickets.get(tabId);
        if (open) handlers.onTicket(open);
        else handlers.onUnreachable();
      };
      send();
      return { refresh: send, close: () => feeds.delete(tabId) };
    },
    /** The page shows another ticket; the panel hears of it at once unless `report` is false. */
    open(tabId: number, next: TicketSnapshot, report = true) {
      tickets.set(tabId, next);
      if (report) feeds.get(tabId)?.onTicket(next);
    },
  };
}

function storeWith(overrides: Partial<PanelEnv>, page: TicketSnapshot | null = WRONG_NUMBER) {
  const pages = fakePage();
  const env: PanelEnv = {
    suggester: createSuggester(createMatcher(BUILTIN_KNOWLEDGE), new ClarifyChoices()),
    connectToPage: pages.connectToPage,
    insertReply: vi.fn(async (): Promise<InsertResult> => ({ ok: true, target: 'textarea' })),
    copyText: vi.fn(async () => {}),
    allowSite: vi.fn(async () => 'granted' as const),
    saveMode: vi.fn(async () => {}),
    takePendingShortcut: vi.fn(async () => false),
    recordUsage: vi.fn(),
    saveFeedback: vi.fn(async () => {}),
    ...overrides,
  };
  if (page) pages.open(7, page);
  const store = createPanelStore(env);
  store.watch(7);
  return { store, env, pages };
}

const ids = (store: PanelStore) => store.result.value.suggestions.map((suggestion) => suggestion.entry.id);

describe('panel store', () => {
  it("shows its tab's ticket and the suggestions for it", () => {
    const { store } = storeWith({});
    expect(store.reachable.value).toBe(true);
    expect(ids(store)[0]).toBe('q4');
  });

  it('follows another tab, and forgets the first one', () => {
    const { store, pages } = storeWith({});
    pages.open(8, CANCEL_A);
    store.watch(8);
    expect(store.ticket.value?.key).toBe('demo:3');
    pages.open(7, CANCEL_B);
    expect(store.ticket.value?.key).toBe('demo:3');
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
    const { store, pages } = storeWith({}, CANCEL_A);
    expect(store.result.value.clarify?.question).toBe('혹시, 기사가 배정되었습니까?');
    expect(ids(store).slice(0, 2)).toEqual(['q2', 'q3']);
    store.choose('q3');
    expect(store.result.value.clarify).toBeNull();
    expect(ids(store)).toEqual(['q3']);
    pages.open(7, CANCEL_B);
    expect(store.result.value.clarify).not.toBeNull();
  });

  it('a clarify answer on ticket A never narrows ticket B after a stale insert is refused', async () => {
    // A: the counselor answers the question with Q3. The helpdesk switches to B, and Insert is
    // clicked on A's card before the panel heard of the switch: the page refuses (stale).
    const { store, pages } = storeWith({ insertReply: async () => ({ ok: false, reason: 'stale-ticket', ticket: CANCEL_B }) }, CANCEL_A);
    store.choose('q3');
    pages.open(7, CANCEL_B, false);
    await store.insert(store.result.value.suggestions[0]!);
    expect(store.notice.value?.text).toContain('다른 티켓');
    expect(store.ticket.value?.key).toBe('demo:4');
    expect(store.result.value.clarify?.question).toBe('혹시, 기사가 배정되었습니까?');
    expect(ids(store).slice(0, 2)).toEqual(['q2', 'q3']);
  });

  it('inserts the top suggestion for the keyboard shortcut, or says why not', async () => {
    const { store, env, pages } = storeWith({}, CANCEL_A);
    expect(await store.insertTop()).toEqual({ ok: false, reason: 'needs-choice' });
    expect(env.insertReply).not.toHaveBeenCalled();
    store.choose('q2');
    expect(await store.insertTop()).toEqual({ ok: true, target: 'textarea' });
    expect(env.insertReply).toHaveBeenCalledWith(7, expect.objectContaining({ ticketKey: 'demo:3', text: store.result.value.suggestions[0]!.reply }));
    pages.open(7, ticket('demo:9', '오늘 날씨 어때요?'));
    expect(await store.insertTop()).toEqual({ ok: false, reason: 'no-suggestion' });
  });

  it('inserts once the page answers when the shortcut opened the panel', async () => {
    const { env, pages } = storeWith({ takePendingShortcut: vi.fn(async () => true) }, null);
    await Promise.resolve();
    expect(env.insertReply).not.toHaveBeenCalled();
    pages.open(7, WRONG_NUMBER);
    await vi.waitFor(() => expect(env.insertReply).toHaveBeenCalledTimes(1));
  });

  it('waits for the team’s pins before the shortcut inserts, then inserts the pinned answer', async () => {
    const { store, env } = storeWith({ suggester: undefined, takePendingShortcut: vi.fn(async () => true) }, WRONG_NUMBER);
    await Promise.resolve();
    expect(store.ready.value).toBe(false);
    expect(store.result.value.suggestions).toEqual([]);
    expect(env.insertReply).not.toHaveBeenCalled();
    const pinned = { entry: 'dispatch-policy-faq/q4', opener: { kind: '사과' as const, text: '불편을 겪으시게 해 드려 진심으로 사과드립니다.' }, note: '번호 재확인 안내' };
    const state = mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, pins: [pinned] });
    const choices = new ClarifyChoices();
    store.setTeam(state, { suggester: teamSuggester(state, choices) });
    await vi.waitFor(() => expect(env.insertReply).toHaveBeenCalledTimes(1));
    const sent = vi.mocked(env.insertReply).mock.calls[0]![1].text;
    expect(sent.startsWith('불편을 겪으시게 해 드려 진심으로 사과드립니다.\n\n')).toBe(true);
    expect(store.result.value.suggestions[0]?.pin).toEqual({ origin: 'personal', note: '번호 재확인 안내' });
  });

  it('counts suggestions once per ticket, and what the counselor inserts, copies and answers', async () => {
    const { store, env, pages } = storeWith({}, WRONG_NUMBER);
    const [top] = store.result.value.suggestions;
    const qualified = (id: string) => `dispatch-policy-faq/${id}`;
    const firstShown = store.result.value.suggestions.map((suggestion) => qualified(suggestion.entry.id));
    store.refresh();
    pages.open(7, WRONG_NUMBER);
    await store.insert(top!, 1);
    await store.copy(top!.reply, { entry: top!.entry, rank: 2 });
    pages.open(7, CANCEL_A);
    store.choose('q3');
    expect(vi.mocked(env.recordUsage).mock.calls.map(([event]) => event)).toEqual([
      { type: 'suggested', entries: firstShown },
      { type: 'inserted', entry: qualified(top!.entry.id), rank: 1 },
      { type: 'copied', entry: qualified(top!.entry.id), rank: 2 },
      { type: 'suggested', entries: [qualified('q2'), qualified('q3')] },
      { type: 'clarified', entry: qualified('q3') },
    ]);
  });

  it('keeps a 추천이 맞지 않아요 report with the ticket text, the right entry and what was suggested', async () => {
    const { store, env } = storeWith({}, CANCEL_A);
    await store.reportMismatch('dispatch-policy-faq/q3');
    expect(env.saveFeedback).toHaveBeenCalledWith({ text: '대리 호출 취소할 수 있나요?', expect: ['dispatch-policy-faq/q3'], suggested: ['dispatch-policy-faq/q2', 'dispatch-policy-faq/q3'], at: expect.any(String) });
    await store.reportMismatch(null);
    expect(vi.mocked(env.saveFeedback).mock.calls[1]![0].expect).toEqual([]);
  });

  it('says so when the tab has no content script', () => {
    const { store } = storeWith({}, null);
    expect(store.reachable.value).toBe(false);
    expect(store.result.value.suggestions).toEqual([]);
  });
});
