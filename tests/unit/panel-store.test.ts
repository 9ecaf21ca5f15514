import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_KNOWLEDGE } from '@/knowledge/builtin';
import { createMatcher } from '@/utils/match/matcher';
import type { InsertResult } from '@/utils/messaging';
import { createPanelStore, type PanelEnv } from '@/utils/panel/panel-store';
import type { TicketSnapshot } from '@/utils/ticket';

const ticket = (key: string, message: string): TicketSnapshot => ({
  key,
  subject: '',
  message,
  requester: null,
  source: 'helpdesk',
  helpdesk: 'demo',
  hasReplyBox: true,
});

const WRONG_NUMBER = ticket('demo:1', '멀티콜로 불렀는데 전화번호를 잘못 입력했어요');

function storeWith(overrides: Partial<PanelEnv>) {
  const env: PanelEnv = {
    suggest: createMatcher(BUILTIN_KNOWLEDGE),
    getTicket: vi.fn(async () => WRONG_NUMBER),
    insertReply: vi.fn(async (): Promise<InsertResult> => ({ ok: true, target: 'textarea' })),
    copyText: vi.fn(async () => {}),
    allowSite: vi.fn(async () => 'granted' as const),
    ...overrides,
  };
  const store = createPanelStore(env);
  store.tabId.value = 7;
  return { store, env };
}

describe('panel store', () => {
  it('reads the ticket of its tab and ranks suggestions for it', async () => {
    const { store, env } = storeWith({});
    await store.refresh();
    expect(env.getTicket).toHaveBeenCalledWith(7);
    expect(store.result.value.suggestions[0]?.entry.id).toBe('q4');
  });

  it('sends the reply with the ticket key it was made for, once even when clicked twice', async () => {
    const { store, env } = storeWith({});
    await store.refresh();
    const [top] = store.result.value.suggestions;
    await Promise.all([store.insert(top!), store.insert(top!)]);
    expect(env.insertReply).toHaveBeenCalledTimes(1);
    expect(env.insertReply).toHaveBeenCalledWith(7, { ticketKey: 'demo:1', text: top!.reply, mode: 'caret', requestId: expect.any(String) });
    expect(store.notice.value).toMatchObject({ tone: 'success' });
  });

  it('shows the newly open ticket when the page refuses a stale reply', async () => {
    const other = ticket('demo:2', '제 번호가 기사님께 보이나요?');
    const { store } = storeWith({ insertReply: async () => ({ ok: false, reason: 'stale-ticket', ticket: other }) });
    await store.refresh();
    await store.insert(store.result.value.suggestions[0]!);
    expect(store.ticket.value?.key).toBe('demo:2');
    expect(store.notice.value?.text).toContain('다른 티켓');
  });

  it('offers to copy the reply when there is no reply box or the page cannot be reached', async () => {
    const { store, env } = storeWith({ insertReply: async () => ({ ok: false, reason: 'no-reply-box' }) });
    await store.refresh();
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

  it('asks the guide\'s question for a cancel ticket without its state and keeps the chosen answer', async () => {
    const { store } = storeWith({ getTicket: async () => ticket('demo:3', '대리 호출 취소할 수 있나요?') });
    await store.refresh();
    expect(store.result.value.clarify?.question).toBe('혹시, 기사가 배정되었습니까?');
    expect(store.result.value.suggestions.map((suggestion) => suggestion.entry.id).slice(0, 2)).toEqual(['q2', 'q3']);
    store.choose('q3');
    expect(store.result.value.clarify).toBeNull();
    expect(store.result.value.suggestions.map((suggestion) => suggestion.entry.id)).toEqual(['q3']);
    store.showTicket(ticket('demo:4', '대리 호출 취소 되나요?'));
    expect(store.result.value.clarify).not.toBeNull();
  });

  it('says so when the tab has no content script', async () => {
    const { store } = storeWith({ getTicket: async () => Promise.reject(new Error('no receiver')) });
    await store.refresh();
    expect(store.reachable.value).toBe(false);
    expect(store.result.value.suggestions).toEqual([]);
  });
});
