import { computed, signal } from '@preact/signals';
import type { InsertMode } from '../insert/caret';
import type { Suggestion } from '../match/matcher';
import type { InsertRequest, InsertResult, ShortcutOutcome } from '../messaging';
import type { Suggester } from '../suggest/suggester';
import type { TicketSnapshot } from '../ticket';
import type { FeedHandlers, PageFeed } from './page-feed';
import type { SiteAccessOutcome } from './site-access';

export interface Notice {
  tone: 'info' | 'success' | 'error';
  text: string;
  /** When set, the notice offers to copy this text instead (the reply that could not be inserted). */
  copyText?: string;
}

/** What the panel needs from the outside world; the side panel passes browser-backed versions. */
export interface PanelEnv {
  /** The one source of suggestions: the matcher with the counselor's clarify answers. */
  suggester: Suggester;
  connectToPage(tabId: number, handlers: FeedHandlers): PageFeed;
  insertReply(tabId: number, request: InsertRequest): Promise<InsertResult>;
  copyText(text: string): Promise<void>;
  /** Asks for permission to run on the tab's site ("use on this site"). */
  allowSite(tabId: number): Promise<SiteAccessOutcome>;
  /** Keeps the counselor's insert mode. */
  saveMode(mode: InsertMode): Promise<void>;
  /** Whether the keyboard shortcut was pressed in the tab while no panel was open (it opened this one). */
  takePendingShortcut(tabId: number): Promise<boolean>;
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
  needsChoice: '단축키로 넣기 전에 위의 질문에 답해 주세요.',
  nothingToInsert: '넣을 추천 답변이 없습니다.',
} as const;

export type PanelStore = ReturnType<typeof createPanelStore>;

/**
 * The panel's state: the watched tab's ticket (sent by its page), the suggestions for it — the
 * one place they come from, for 넣기 and the keyboard shortcut alike — and what happens in the
 * panel itself (notices, insert mode, an insert under way).
 */
export function createPanelStore(env: PanelEnv) {
  const tabId = signal<number | null>(null);
  const ticket = signal<TicketSnapshot | null>(null);
  /** null until the page answered (or was found not to run ReplyDeck). */
  const reachable = signal<boolean | null>(null);
  const notice = signal<Notice | null>(null);
  const inserting = signal(false);
  const mode = signal<InsertMode>('caret');
  /** Bumped when the counselor answers a clarify question: the suggester's answers are not signals. */
  const answers = signal(0);
  const result = computed(() => {
    answers.value;
    return env.suggester.suggest(ticket.value);
  });
  let feed: PageFeed | null = null;
  let shortcutPending = false;

  function showTicket(next: TicketSnapshot | null): void {
    if (next?.key !== ticket.value?.key) notice.value = null;
    ticket.value = next;
    reachable.value = true;
    if (shortcutPending && next) {
      shortcutPending = false;
      void insertTop();
    }
  }

  function watch(id: number): void {
    if (id === tabId.value) return;
    feed?.close();
    tabId.value = id;
    ticket.value = null;
    reachable.value = null;
    notice.value = null;
    shortcutPending = false;
    feed = env.connectToPage(id, {
      onTicket: showTicket,
      onUnreachable: () => {
        ticket.value = null;
        reachable.value = false;
      },
    });
    void env.takePendingShortcut(id).then((pending) => {
      if (!pending || tabId.value !== id) return;
      if (ticket.value) void insertTop();
      else shortcutPending = true;
    });
  }

  /** Answers the clarify question for the open ticket (and only for it). */
  function choose(entryId: string): void {
    const key = ticket.value?.key;
    if (!key) return;
    env.suggester.choose(key, entryId);
    answers.value++;
  }

  /** The suggester's clarify answers changed outside the panel's own choose() (restored from storage). */
  function answersChanged(): void {
    answers.value++;
  }

  function setMode(next: InsertMode): void {
    mode.value = next;
    void env.saveMode(next);
  }

  async function insert(suggestion: Suggestion): Promise<InsertResult | null> {
    const current = ticket.value;
    if (tabId.value === null || !current || inserting.value) return null;
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
        // The page sends the open ticket; its own suggestions (and question) follow from it.
        if (outcome.ticket) showTicket(outcome.ticket);
        feed?.refresh();
        notice.value = { tone: 'info', text: MESSAGES.stale };
      } else if (outcome.reason === 'no-reply-box') {
        notice.value = { tone: 'error', text: MESSAGES.noReplyBox, copyText: suggestion.reply };
      } else notice.value = { tone: 'error', text: `${MESSAGES.failed} (${outcome.detail})`, copyText: suggestion.reply };
      return outcome;
    } catch (error) {
      notice.value = { tone: 'error', text: MESSAGES.unreachable, copyText: suggestion.reply };
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      inserting.value = false;
    }
  }

  /** The keyboard shortcut: the top suggestion as the panel shows it, unless the guide's question is still open. */
  async function insertTop(): Promise<ShortcutOutcome> {
    if (!ticket.value) return { ok: false, reason: 'no-ticket' };
    const { suggestions, clarify } = result.value;
    if (clarify) {
      notice.value = { tone: 'info', text: MESSAGES.needsChoice };
      return { ok: false, reason: 'needs-choice' };
    }
    const [top] = suggestions;
    if (!top) {
      notice.value = { tone: 'info', text: MESSAGES.nothingToInsert };
      return { ok: false, reason: 'no-suggestion' };
    }
    return (await insert(top)) ?? { ok: false, reason: 'failed', detail: 'another insert is under way' };
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
      if (outcome === 'granted') feed?.refresh();
      else notice.value = { tone: 'error', text: outcome === 'denied' ? MESSAGES.siteDenied : MESSAGES.siteUnknown };
    } catch (error) {
      notice.value = { tone: 'error', text: `${MESSAGES.siteDenied} (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  return {
    tabId,
    ticket,
    reachable,
    result,
    notice,
    inserting,
    mode,
    watch,
    showTicket,
    choose,
    answersChanged,
    setMode,
    refresh: () => feed?.refresh(),
    insert,
    insertTop,
    copy,
    allowSite,
  };
}
