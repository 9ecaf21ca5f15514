import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { FEED_PORT, onMessage, type FeedRequest, type FeedUpdate } from '../messaging';
import { traceOf, type Trace } from '../perf-trace';
import type { TicketSnapshot } from '../ticket';

export interface PageFeed {
  /** Asks the page to read its ticket again now (or reconnects when the connection was lost). */
  refresh(): void;
  close(): void;
}

export interface FeedHandlers {
  /** The page's open ticket, each time it changes (null: the page shows none). */
  onTicket(ticket: TicketSnapshot | null, trace?: Trace): void;
  /** No ReplyDeck content script answers in the tab (an unsupported page), or the page went away. */
  onUnreachable(): void;
}

/**
 * The panel's connection to its tab's content script: the page reads itself only while a panel is
 * connected, and sends every changed ticket straight here. A page that loads later (a reload, a
 * navigation, a content script started after "use on this site") announces itself and is connected.
 */
export function connectToPage(tabId: number, handlers: FeedHandlers): PageFeed {
  let port: Runtime.Port | null = null;
  let closed = false;

  function connect(): void {
    port?.disconnect();
    const current = browser.tabs.connect(tabId, { name: FEED_PORT, frameId: 0 });
    port = current;
    current.onMessage.addListener((message: unknown) => handlers.onTicket((message as FeedUpdate).ticket, traceOf(message)));
    current.onDisconnect.addListener(() => {
      if (port !== current) return;
      port = null;
      if (!closed) handlers.onUnreachable();
    });
  }

  const stopListening = onMessage('contentReady', ({ sender }) => {
    if (!closed && sender.tab?.id === tabId && (sender.frameId ?? 0) === 0) connect();
  });
  connect();

  return {
    refresh() {
      if (port) port.postMessage({ type: 'read' } satisfies FeedRequest);
      else connect();
    },
    close() {
      closed = true;
      stopListening();
      port?.disconnect();
      port = null;
    },
  };
}
