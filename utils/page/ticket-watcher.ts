import type { CaretMemory } from '../dom/editable';
import type { HelpdeskAdapter } from '../helpdesks';
import type { ComposerMode } from '../helpdesks/types';
import { E2E_BUILD } from '../build-mode';
import { traceTime, type Trace } from '../perf-trace';
import { sameTicketView, type TicketSnapshot } from '../ticket';
import type { EditableTracker } from './editable-tracker';
import { selectedTicketText } from './selected-text';

/**
 * DOM changes are read at once (a read costs a fraction of a millisecond), but at most once per
 * frame: an app that changes its DOM continuously is read 60 times a second at worst, and a ticket
 * switch right after a clock tick waits no longer than one frame.
 */
const MUTATION_THROTTLE_MS = 16;
/** Helpdesk apps often render after the page loads: look for one again at these delays while a panel listens. */
const DETECT_RETRY_MS = [500, 2_000, 5_000, 10_000];
/** How often a listening watcher checks that the observed root is still the page's (an app may replace it). */
const ROOT_CHECK_MS = 2_000;
/**
 * Attributes whose changes can show another ticket or reply box; other attribute churn (styles of
 * timestamps, typing indicators' data) is not observed at all.
 */
const OBSERVED_ATTRIBUTES = ['class', 'hidden', 'style', 'aria-hidden', 'aria-selected', 'aria-current', 'open', 'contenteditable', 'data-state'];

function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Reads the open ticket from the page (through the helpdesk adapter, or the counselor's text
 * selection). While someone listens (a panel is open for the tab), it reports every change: a new
 * selection at once, DOM changes in the adapter's root throttled; nothing is observed otherwise.
 */
export class TicketWatcher {
  /** A selection stays the ticket text until another selection or a ticket switch replaces it. */
  private selection: { text: string; ticketKey: string } | null = null;
  private adapter: HelpdeskAdapter | null = null;
  /** When the last reported reading started and ended (e2e build only, for the panel benchmark). */
  lastRead: Trace = {};
  /** While someone listens: looks at the page again now (root and ticket). */
  private recheck: (() => void) | null = null;

  /** @param detect finds the adapter for this page (a site profile or a built-in helpdesk), or null. */
  constructor(
    private readonly win: Window,
    private readonly tracker: EditableTracker,
    private readonly detect: () => HelpdeskAdapter | null,
  ) {}

  /** Forgets the adapter found so far (site profiles changed) and, while someone listens, reads the page again at once. */
  redetect(): void {
    this.adapter = null;
    this.recheck?.();
  }

  private currentAdapter(): HelpdeskAdapter | null {
    this.adapter ??= this.detect();
    return this.adapter;
  }

  /**
   * The ticket as it is on the page now. `selection: false` keeps the selection seen last instead
   * of asking the browser: right after the page changed its DOM, asking makes Chromium lay the page
   * out at once (milliseconds on a busy app) — and only a selectionchange event brings a new selection.
   */
  read({ selection = true }: { selection?: boolean } = {}): TicketSnapshot | null {
    const adapter = this.currentAdapter();
    const reading = adapter?.readTicket(this.win.document) ?? null;
    const pageKey = reading?.key ?? `page:${this.win.location.href}`;
    if (this.selection && this.selection.ticketKey !== pageKey) this.selection = null;
    if (selection) this.captureSelection(pageKey);
    const hasReplyBox = this.replyTarget() !== null || adapter?.openReplyBox !== undefined;
    const helpdesk = adapter ? { id: adapter.id, name: adapter.name } : null;

    if (this.selection && this.selection.ticketKey === pageKey) {
      return {
        key: reading ? reading.key : `${pageKey}#selection-${hashText(this.selection.text)}`,
        subject: reading?.subject ?? '',
        message: this.selection.text,
        requester: reading?.requester ?? null,
        channel: reading?.channel ?? null,
        source: 'selection',
        helpdesk,
        hasReplyBox,
      };
    }
    if (!reading) return null;
    return { ...reading, source: 'helpdesk', helpdesk, hasReplyBox };
  }

  /**
   * Where a reply goes: the helpdesk's own reply box, else the editable element last focused —
   * except in a helpdesk with internal notes, where an editor the adapter does not know as the
   * public reply box may be a note's.
   */
  replyTarget(): CaretMemory | null {
    const adapter = this.currentAdapter();
    const known = adapter?.findReplyBox(this.win.document) ?? null;
    const last = this.tracker.last;
    if (known) {
      if (last && (last.element === known || known.contains(last.element))) return last;
      return { element: known };
    }
    return adapter?.composerMode ? null : last;
  }

  /** Asks the helpdesk to show a reply box it hides until a click; true when it tried. */
  openReplyBox(): boolean {
    return this.currentAdapter()?.openReplyBox?.(this.win.document) ?? false;
  }

  /** The helpdesk (or site profile) that recognises this page, if any. */
  helpdesk(): { id: string; name: string } | null {
    const adapter = this.currentAdapter();
    return adapter && { id: adapter.id, name: adapter.name };
  }

  /** The open ticket's composer mode, in a helpdesk with internal notes (null: none open, or no notes). */
  composerMode(): ComposerMode | null {
    return this.currentAdapter()?.composerMode?.(this.win.document) ?? null;
  }

  /** Whether the helpdesk has a control that makes the composer a public reply. */
  canSwitchToReply(): boolean {
    return this.currentAdapter()?.switchToReply !== undefined;
  }

  /** Clicks the helpdesk's control that makes the composer a public reply; true when it clicked one. */
  switchToReply(): boolean {
    return this.currentAdapter()?.switchToReply?.(this.win.document) ?? false;
  }

  /**
   * Reports the ticket now and after every change until the returned function is called: the
   * counselor's selection and focus at once, DOM changes under the adapter's root throttled.
   */
  listen(onChange: (ticket: TicketSnapshot | null) => void): () => void {
    const stop = new AbortController();
    const { signal } = stop;
    const { win } = this;
    let reported: TicketSnapshot | null | undefined;
    const check = (selection: boolean) => {
      const readStart = E2E_BUILD ? traceTime() : 0;
      const ticket = this.read({ selection });
      if (reported !== undefined && sameTicketView(ticket, reported)) return;
      if (E2E_BUILD) this.lastRead = { readStart, readEnd: traceTime() };
      reported = ticket;
      onChange(ticket);
    };
    const checkSoon = throttle(() => check(false), MUTATION_THROTTLE_MS, signal);

    win.document.addEventListener('selectionchange', () => check(true), { signal });
    win.document.addEventListener('focusin', () => check(false), { signal });
    for (const type of ['popstate', 'hashchange']) win.addEventListener(type, checkSoon, { signal });

    let observedRoot: Element | null = null;
    const observer = new MutationObserver(checkSoon);
    // The root's own parent is watched too (its children only): an app that swaps the root element
    // itself is followed at once.
    /** Observes the adapter's root when it changed (found late, or replaced); true when it did. */
    const observeRoot = (): boolean => {
      const root = this.currentAdapter()?.root(win.document) ?? null;
      if (root === observedRoot) return false;
      observer.disconnect();
      parentObserver.disconnect();
      observedRoot = root;
      if (root) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
      if (root?.parentNode) parentObserver.observe(root.parentNode, { childList: true });
      return true;
    };
    const followRoot = () => {
      if (observeRoot()) checkSoon();
    };
    const parentObserver = new MutationObserver(followRoot);
    const timers = [...DETECT_RETRY_MS.map((delay) => win.setTimeout(followRoot, delay)), win.setInterval(followRoot, ROOT_CHECK_MS)];
    this.recheck = () => {
      observeRoot();
      check(true);
    };
    signal.addEventListener('abort', () => {
      this.recheck = null;
      observer.disconnect();
      parentObserver.disconnect();
      timers.forEach((timer) => {
        win.clearTimeout(timer);
        win.clearInterval(timer);
      });
    });
    observeRoot();
    check(true);
    return () => stop.abort();
  }

  private captureSelection(pageKey: string): void {
    const selected = selectedTicketText(this.win);
    if (selected) this.selection = { text: selected, ticketKey: pageKey };
  }
}

/** Runs `task` at once, then at most once per `intervalMs` while calls keep coming (the last call always gets its run). */
function throttle(task: () => void, intervalMs: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const release = () => {
    timer = undefined;
    if (!pending || signal.aborted) return;
    pending = false;
    task();
    timer = setTimeout(release, intervalMs);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (signal.aborted) return;
    if (timer !== undefined) {
      pending = true;
      return;
    }
    task();
    timer = setTimeout(release, intervalMs);
  };
}
