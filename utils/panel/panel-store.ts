import { computed, signal } from '@preact/signals';
import type { InsertMode } from '../insert/caret';
import type { Suggestion } from '../match/matcher';
import type { InsertRequest, InsertResult, PanelView } from '../messaging';
import type { BackgroundLink } from './background-link';
import type { SiteAccessOutcome } from './site-access';

export interface Notice {
  tone: 'info' | 'success' | 'error';
  text: string;
  /** When set, the notice offers to copy this text instead (the reply that could not be inserted). */
  copyText?: string;
}

/** What the panel needs from the outside world; the side panel passes browser-backed versions. */
export interface PanelEnv {
  link: BackgroundLink;
  insertReply(tabId: number, request: InsertRequest): Promise<InsertResult>;
  copyText(text: string): Promise<void>;
  /** Asks for permission to run on the tab's site ("use on this site"). */
  allowSite(tabId: number): Promise<SiteAccessOutcome>;
  /** Keeps the counselor's insert mode, which the keyboard shortcut uses too. */
  saveMode(mode: InsertMode): Promise<void>;
}

const MESSAGES = {
  unreachable: '이 탭의 페이지를 읽을 수 없습니다. 지원하는 헬프데스크를 열거나, 페이지를 새로 고친 뒤 다시 시도하세요.',
  inserted: '답장 입력창에 넣었습니다.',
  stale: '그 사이 다른 티켓이 열려 넣지 않았습니다. 지금 열린 티켓에 맞춰 추천을 새로 고쳤습니다.',
  noReplyBox: '답장 입력창을 찾지 못했습니다. 답장 입력창을 한 번 클릭한 뒤 다시 넣거나, 복사해서 붙여 넣으세요.',
  failed: '답장을 넣지 못했습니다. 복사해서 붙여 넣으세요.',
  copied: '답변을 복사했습니다. 답장 입력창에 붙여 넣으세요.',
  copyFailed: '클립보드에 복사하지 못했습니다. 답변을 직접 선택해 복사하세요.',
  siteDenied: '이 사이트에 대한 권한을 받지 못했습니다. 다시 누르면 다시 묻습니다.',
  siteUnknown: '이 탭의 주소를 알 수 없습니다. 툴바의 ReplyDeck 버튼으로 패널을 연 뒤 다시 눌러 주세요.',
} as const;

export type PanelStore = ReturnType<typeof createPanelStore>;

/**
 * The panel's state: the view the background sends for the watched tab (ticket, suggestions, the
 * clarify question) and what happens in the panel itself (notices, insert mode, an insert under way).
 */
export function createPanelStore(env: PanelEnv) {
  const tabId = signal<number | null>(null);
  const view = signal<PanelView | null>(null);
  const notice = signal<Notice | null>(null);
  const inserting = signal(false);
  const mode = signal<InsertMode>('caret');
  const ticket = computed(() => view.value?.ticket ?? null);
  /** null until the background answered for this tab. */
  const reachable = computed(() => view.value?.reachable ?? null);
  const result = computed(() => ({ suggestions: view.value?.suggestions ?? [], clarify: view.value?.clarify ?? null }));

  function watch(id: number): void {
    if (id === tabId.value) return;
    tabId.value = id;
    view.value = null;
    notice.value = null;
    env.link.watch(id);
  }

  function showView(next: PanelView): void {
    if (next.tabId !== tabId.value) return;
    if (next.ticket?.key !== view.value?.ticket?.key) notice.value = null;
    view.value = next;
  }

  /** Answers the clarify question for the open ticket; the background sends the chosen answer. */
  function choose(entryId: string): void {
    const key = ticket.value?.key;
    if (key) env.link.choose(key, entryId);
  }

  function setMode(next: InsertMode): void {
    mode.value = next;
    void env.saveMode(next);
  }

  async function insert(suggestion: Suggestion): Promise<void> {
    const current = ticket.value;
    if (tabId.value === null || !current || inserting.value) return;
    inserting.value = true;
    try {
      const outcome = await env.insertReply(tabId.value, {
        ticketKey: current.key,
        text: suggestion.reply,
        mode: mode.value,
        requestId: crypto.randomUUID(),
      });
      if (outcome.ok) notice.value = { tone: 'success', text: MESSAGES.inserted };
      else if (outcome.reason === 'stale-ticket') {
        // The background sends the open ticket's own view (its own clarify question, if any).
        env.link.refresh();
        notice.value = { tone: 'info', text: MESSAGES.stale };
      } else if (outcome.reason === 'no-reply-box') {
        notice.value = { tone: 'error', text: MESSAGES.noReplyBox, copyText: suggestion.reply };
      } else notice.value = { tone: 'error', text: `${MESSAGES.failed} (${outcome.detail})`, copyText: suggestion.reply };
    } catch {
      notice.value = { tone: 'error', text: MESSAGES.unreachable, copyText: suggestion.reply };
    } finally {
      inserting.value = false;
    }
  }

  async function copy(text: string): Promise<void> {
    try {
      await env.copyText(text);
      notice.value = { tone: 'success', text: MESSAGES.copied };
    } catch {
      notice.value = { tone: 'error', text: MESSAGES.copyFailed };
    }
  }

  async function allowSite(): Promise<void> {
    if (tabId.value === null) return;
    try {
      const outcome = await env.allowSite(tabId.value);
      if (outcome === 'granted') env.link.refresh();
      else notice.value = { tone: 'error', text: outcome === 'denied' ? MESSAGES.siteDenied : MESSAGES.siteUnknown };
    } catch (error) {
      notice.value = { tone: 'error', text: `${MESSAGES.siteDenied} (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  return { tabId, view, ticket, reachable, result, notice, inserting, mode, watch, showView, choose, setMode, refresh: () => env.link.refresh(), insert, copy, allowSite };
}
