import type { HelpdeskAdapter } from '../helpdesks';
import { sameTicketView, type TicketSnapshot } from '../ticket';
import type { CaretMemory } from '../dom/editable';
import type { EditableTracker } from './editable-tracker';
import { selectedTicketText } from './selected-text';

/** DOM churn in a busy helpdesk comes in bursts; read the ticket at most once per interval. */
const SETTLE_MS = 80;
/** Helpdesk apps often render after the page loads: look for one again at these delays, then stop. */
const DETECT_RETRY_MS = [500, 2_000, 5_000, 10_000];

function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Reads the open ticket from the page (through the helpdesk adapter, or the counselor's text
 * selection) and reports when what the panel should show changes.
 */
export class TicketWatcher {
  /** A selection stays the ticket text until another selection or a ticket switch replaces it. */
  private selection: { text: string; ticketKey: string } | null = null;
  private reported: TicketSnapshot | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private adapter: HelpdeskAdapter | null = null;
  private signal: AbortSignal | null = null;

  /** @param detect finds the adapter for this page (a built-in helpdesk or a site profile), or null. */
  constructor(
    private readonly win: Window,
    private readonly detect: () => HelpdeskAdapter | null,
    private readonly tracker: EditableTracker,
    private readonly onChange: (ticket: TicketSnapshot | null) => void,
  ) {}

  /** Starts watching; the first reading is reported too, so a panel opened earlier learns of the page. */
  start(signal: AbortSignal): void {
    this.signal = signal;
    const schedule = () => this.schedule();
    const { document: doc } = this.win;
    for (const type of ['selectionchange', 'focusin']) doc.addEventListener(type, schedule, { signal });
    for (const type of ['popstate', 'hashchange']) this.win.addEventListener(type, schedule, { signal });
    const retries = DETECT_RETRY_MS.map((delay) => setTimeout(() => this.attach(signal), delay));
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      retries.forEach(clearTimeout);
    });
    this.attach(signal);
    this.schedule();
  }

  /** Looks for the page's adapter again now (e.g. once site profiles have loaded). */
  detectAgain(): void {
    if (this.signal) this.attach(this.signal);
  }

  /** The adapter of this page, once found; only then is the DOM observed (other pages cost nothing). */
  private attach(signal: AbortSignal): void {
    if (this.adapter || signal.aborted) return;
    this.adapter = this.detect();
    if (!this.adapter) return;
    const observer = new MutationObserver(() => this.schedule());
    observer.observe(this.win.document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    signal.addEventListener('abort', () => observer.disconnect());
    this.schedule();
  }

  /** The ticket as it is on the page now. */
  read(): TicketSnapshot | null {
    const reading = this.adapter?.readTicket(this.win.document) ?? null;
    const pageKey = reading?.key ?? `page:${this.win.location.href}`;
    this.captureSelection(pageKey);
    const hasReplyBox = this.replyTarget() !== null || this.adapter?.openReplyBox !== undefined;
    const helpdesk = this.adapter?.id ?? null;

    if (this.selection && this.selection.ticketKey === pageKey) {
      return {
        key: reading ? reading.key : `${pageKey}#selection-${hashText(this.selection.text)}`,
        subject: reading?.subject ?? '',
        message: this.selection.text,
        requester: reading?.requester ?? null,
        source: 'selection',
        helpdesk,
        hasReplyBox,
      };
    }
    if (!reading) return null;
    return { ...reading, source: 'helpdesk', helpdesk, hasReplyBox };
  }

  /** Where a reply goes: the helpdesk's own reply box, else the editable element last focused. */
  replyTarget(): CaretMemory | null {
    const known = this.adapter?.findReplyBox(this.win.document) ?? null;
    const last = this.tracker.last;
    if (known) {
      if (last && (last.element === known || known.contains(last.element))) return last;
      return { element: known };
    }
    return last;
  }

  /** Asks the helpdesk to show a reply box it hides until a click; true when it tried. */
  openReplyBox(): boolean {
    return this.adapter?.openReplyBox?.(this.win.document) ?? false;
  }

  private captureSelection(pageKey: string): void {
    if (this.selection && this.selection.ticketKey !== pageKey) this.selection = null;
    const selected = selectedTicketText(this.win);
    if (selected) this.selection = { text: selected, ticketKey: pageKey };
  }

  private schedule(): void {
    // Not a reset-on-every-event debounce: a page that never stops mutating must still be read.
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.check();
    }, SETTLE_MS);
  }

  private check(): void {
    const ticket = this.read();
    if (sameTicketView(ticket, this.reported)) return;
    this.reported = ticket;
    this.onChange(ticket);
  }
}
