import { computed, effect, signal } from '@preact/signals';
import type { FaqEntry } from '@/knowledge/faq-types';
import type { InsertMode } from '../insert/caret';
import type { InsertRequest, InsertResult, ShortcutOutcome } from '../messaging';
import { NOTHING, type Suggester } from '../suggest/suggester';
import type { Feedback } from '../team/feedback';
import { OPENERS } from '@/knowledge/openers';
import { t } from '../i18n/t';
import { openerFor } from '../compose-reply';
import type { Explainer, ExcerptPart } from '../match/explain';
import type { EntrySearch } from '../suggest/entry-search';
import { teamAnswers, type TeamAnswer } from '../team/pins';
import { type Composable, combinedView, composerView, type ComposerView, type Draft } from './composer';
import { qualifiedId, type TeamState } from '../team/team-state';
import type { ChosenRank, UsageEvent } from '../team/usage';
import { ticketQueryText, type TicketSnapshot } from '../ticket';
import type { FeedHandlers, PageFeed } from './page-feed';
import type { SiteAccessOutcome } from './site-access';
import { errorText } from '../error-text';

export interface Notice {
  tone: 'info' | 'success' | 'error';
  text: string;
  /** When set, the notice offers to copy this text instead (the reply that could not be inserted). */
  copyText?: string;
  /** When set, the notice offers to insert the reply after making the helpdesk's composer a public reply. */
  switchAndInsert?: () => Promise<unknown>;
}

/** What the panel needs from the outside world; the side panel passes browser-backed versions. */
export interface PanelEnv {
  /** The one source of suggestions, when known up front; the side panel sets it once the team's guides and pins are loaded (`setTeam`). */
  suggester?: Suggester;
  /** Counts what the counselor did with an entry, on this browser only. */
  recordUsage(event: UsageEvent): void;
  /** Keeps a 추천이 맞지 않아요 report for the lead's export. */
  saveFeedback(feedback: Feedback): Promise<void>;
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


/** What the panel works with once the team's guides and pins are loaded. */
export interface TeamTools {
  suggester: Suggester;
  search?: EntrySearch;
  explain?: Explainer;
}

/** What 넣기 and 복사 act on: a suggestion card or an item of the 팀 추천 list. */
export interface Answer {
  entry: FaqEntry;
  reply: string;
}

/** Tickets remembered as already counted for `suggested`: a ticket re-read is not counted again. */
const COUNTED_TICKETS = 500;

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
  /** Null while the team's guides and pins load: nothing is suggested (or inserted by the shortcut) without them. */
  const suggester = signal<Suggester | null>(env.suggester ?? null);
  const team = signal<TeamState | null>(null);
  const teamList = computed<TeamAnswer[]>(() => (team.value ? teamAnswers(team.value) : []));
  const result = computed(() => {
    answers.value;
    return suggester.value?.suggest(ticket.value) ?? NOTHING;
  });
  /** The counselor's changes per answer, for the open ticket only (dropped on a switch to another). */
  const drafts = signal<Record<string, Draft>>({});
  /** An answer the counselor found by search or in the list of all answers. */
  const picked = signal<FaqEntry | null>(null);
  const searcher = signal<EntrySearch | null>(null);
  const explainer = signal<Explainer | null>(null);
  const query = signal('');
  const found = computed(() => searcher.value?.(query.value) ?? []);
  const openers = computed(() => team.value?.openers ?? OPENERS);
  const counted = new Set<string>();
  effect(() => {
    const key = ticket.value?.key;
    const shown = result.value.suggestions.map((suggestion) => qualifiedId(suggestion.entry));
    if (!key || shown.length === 0 || counted.has(key)) return;
    counted.add(key);
    if (counted.size > COUNTED_TICKETS) counted.delete(counted.values().next().value!);
    env.recordUsage({ type: 'suggested', entries: shown });
  });
  let feed: PageFeed | null = null;
  let shortcutPending = false;

  function showTicket(next: TicketSnapshot | null): void {
    if (next?.key !== ticket.value?.key) {
      notice.value = null;
      drafts.value = {};
    }
    ticket.value = next;
    reachable.value = true;
    if (shortcutPending && next && suggester.value) {
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
      if (ticket.value && suggester.value) void insertTop();
      else shortcutPending = true;
    });
  }

  /** Answers the clarify question for the open ticket (and only for it). */
  function choose(entryId: string): void {
    const key = ticket.value?.key;
    if (!key) return;
    suggester.value?.choose(key, entryId);
    answers.value++;
    const entry = result.value.suggestions.find((suggestion) => suggestion.entry.id === entryId)?.entry;
    if (entry) env.recordUsage({ type: 'clarified', entry: qualifiedId(entry) });
  }

  /** The team's guides, phrasings and pins changed (loaded, edited by the lead, pushed by policy). */
  function setTeam(state: TeamState, tools: TeamTools): void {
    team.value = state;
    suggester.value = tools.suggester;
    searcher.value = tools.search ?? null;
    explainer.value = tools.explain ?? null;
    if (shortcutPending && ticket.value) {
      shortcutPending = false;
      void insertTop();
    }
  }

  /** Something outside the ticket went wrong (the team's data could not be read): said, and the panel goes on. */
  function showError(text: string): void {
    notice.value = { tone: 'error', text };
  }

  /** 추천이 맞지 않아요: the entry that should have come (null: none in the guides), for the lead's evaluation export. */
  async function reportMismatch(expected: string | null): Promise<void> {
    const current = ticket.value;
    if (!current) return;
    try {
      await env.saveFeedback({
        text: ticketQueryText(current),
        expect: expected ? [expected] : [],
        suggested: result.value.suggestions.map((suggestion) => qualifiedId(suggestion.entry)),
        at: new Date().toISOString(),
      });
      notice.value = { tone: 'success', text: t('msgFeedbackSaved') };
    } catch (error) {
      notice.value = { tone: 'error', text: `${t('msgFeedbackFailed')} (${errorText(error)})` };
    }
  }

  /** The composer of an answer (`key`: its entry id, or `combined` for the reply to two questions). */
  function compose(key: string, item: Composable): ComposerView {
    return composerView(item, drafts.value[key] ?? {}, openers.value);
  }

  /** The reply to both questions a ticket asks, under one opener; null for a one-question ticket. */
  const combined = computed<{ items: Composable[]; view: ComposerView } | null>(() => {
    const { questions, suggestions } = result.value;
    const items = questions.map((id) => suggestions.find((suggestion) => suggestion.entry.id === id)).filter((item) => item !== undefined);
    if (items.length < 2) return null;
    return { items, view: combinedView(items, drafts.value.combined ?? {}, openers.value) };
  });

  function changeDraft(key: string, change: Draft): void {
    const before = drafts.value[key] ?? {};
    // A new opener or branch composes the reply again: an edit of the old text would no longer match it.
    const next = 'text' in change ? { ...before, ...change } : { ...before, ...change, text: undefined };
    if (change.kind && !change.opener) next.opener = undefined;
    drafts.value = { ...drafts.value, [key]: next };
  }

  function resetDraft(key: string): void {
    const { [key]: _dropped, ...rest } = drafts.value;
    drafts.value = rest;
  }

  /** An answer found by search or browsing, composed like a suggestion (the ticket's tone when the guide allows it). */
  function pickedAnswer(): Composable | null {
    const entry = picked.value;
    if (!entry) return null;
    const tone = result.value.suggestions[0]?.opener.kind ?? entry.empathy.kinds[0] ?? '호응';
    return { entry, opener: openerFor(entry, tone, openers.value), branches: [], omit: [] };
  }

  /** The ticket's words that tie it to an entry (empty when the ticket shares none, or before the guides load). */
  function why(entry: FaqEntry): ExcerptPart[] {
    const current = ticket.value;
    return current && explainer.value ? explainer.value(ticketQueryText(current), entry) : [];
  }

  function pick(entry: FaqEntry | null): void {
    picked.value = entry;
  }

  function search(text: string): void {
    query.value = text;
  }

  /** The suggester's clarify answers changed outside the panel's own choose() (restored from storage). */
  function answersChanged(): void {
    answers.value++;
  }

  function setMode(next: InsertMode): void {
    mode.value = next;
    void env.saveMode(next);
  }

  /** Inserts an answer; `rank` says where it came from, for the usage table. */
  async function insert(answer: Answer, rank: ChosenRank = 1, switchToReply = false): Promise<InsertResult | null> {
    const current = ticket.value;
    if (tabId.value === null || !current || inserting.value) return null;
    inserting.value = true;
    try {
      const outcome = await env.insertReply(tabId.value, {
        ticketKey: current.key,
        text: answer.reply,
        mode: mode.value,
        requestId: crypto.randomUUID(),
        ...(switchToReply && { switchToReply }),
      });
      if (outcome.ok) {
        notice.value = { tone: 'success', text: t('msgInserted') };
        env.recordUsage({ type: 'inserted', entry: qualifiedId(answer.entry), rank });
      } else if (outcome.reason === 'stale-ticket') {
        // The page sends the open ticket; its own suggestions (and question) follow from it.
        if (outcome.ticket) showTicket(outcome.ticket);
        feed?.refresh();
        notice.value = { tone: 'info', text: t('msgStale') };
      } else if (outcome.reason === 'note-mode') {
        notice.value = {
          tone: 'error',
          text: t(outcome.canSwitch ? 'msgNoteMode' : outcome.noteHasText ? 'msgNoteModeHasText' : 'msgNoteModeNoSwitch'),
          copyText: answer.reply,
          ...(outcome.canSwitch && !switchToReply && { switchAndInsert: () => insert(answer, rank, true) }),
        };
      } else if (outcome.reason === 'no-reply-box') {
        notice.value = { tone: 'error', text: t('msgNoReplyBox'), copyText: answer.reply };
      } else notice.value = { tone: 'error', text: `${t('msgFailed')} (${outcome.detail})`, copyText: answer.reply };
      return outcome;
    } catch (error) {
      notice.value = { tone: 'error', text: t('msgUnreachable'), copyText: answer.reply };
      return { ok: false, reason: 'failed', detail: errorText(error) };
    } finally {
      inserting.value = false;
    }
  }

  /** The keyboard shortcut: the first answer as the panel shows it (the reply to both questions when there are two), as edited, unless the guide's question is still open. */
  async function insertTop(): Promise<ShortcutOutcome> {
    if (!ticket.value) return { ok: false, reason: 'no-ticket' };
    const { suggestions, clarify } = result.value;
    if (clarify) {
      notice.value = { tone: 'info', text: t('msgNeedsChoice') };
      return { ok: false, reason: 'needs-choice' };
    }
    const [top] = suggestions;
    if (!top) {
      notice.value = { tone: 'info', text: t('msgNothingToInsert') };
      return { ok: false, reason: 'no-suggestion' };
    }
    const both = combined.value;
    const reply = both ? both.view.text : compose(top.entry.id, top).text;
    return (await insert({ entry: top.entry, reply }, 1)) ?? { ok: false, reason: 'failed', detail: 'another insert is under way' };
  }

  /** Copies text to the clipboard and says so (`done`: what the notice says it was); true when it was copied. */
  async function copyWithNotice(text: string, done: 'msgCopied' | 'msgTypeCopied'): Promise<boolean> {
    try {
      await env.copyText(text);
      notice.value = { tone: 'success', text: t(done) };
      return true;
    } catch {
      notice.value = { tone: 'error', text: t('msgCopyFailed') };
      return false;
    }
  }

  /** Copies a reply; `from` names the answer it came from (its entry and rank), counted for the usage table. */
  async function copy(text: string, from?: { entry: FaqEntry; rank: ChosenRank }): Promise<void> {
    if ((await copyWithNotice(text, 'msgCopied')) && from) env.recordUsage({ type: 'copied', entry: qualifiedId(from.entry), rank: from.rank });
  }

  /** Copies the consultation-type path (대리_고객 ▶ 호출/운행 ▶ 호출정책 ▶ 멀티호출) for the helpdesk's category field. */
  async function copyType(path: string): Promise<void> {
    await copyWithNotice(path, 'msgTypeCopied');
  }

  async function allowSite(): Promise<void> {
    if (tabId.value === null) return;
    try {
      const outcome = await env.allowSite(tabId.value);
      if (outcome === 'granted') feed?.refresh();
      else notice.value = { tone: 'error', text: outcome === 'denied' ? t('msgSiteDenied') : t('msgSiteUnknown') };
    } catch (error) {
      notice.value = { tone: 'error', text: `${t('msgSiteDenied')} (${errorText(error)})` };
    }
  }

  return {
    tabId,
    ticket,
    reachable,
    result,
    team,
    teamList,
    drafts,
    combined,
    picked,
    query,
    found,
    compose,
    changeDraft,
    resetDraft,
    pickedAnswer,
    pick,
    search,
    why,
    ready: computed(() => suggester.value !== null),
    notice,
    inserting,
    mode,
    watch,
    showTicket,
    choose,
    answersChanged,
    setTeam,
    showError,
    reportMismatch,
    setMode,
    refresh: () => feed?.refresh(),
    insert,
    insertTop,
    copy,
    copyType,
    allowSite,
  };
}
