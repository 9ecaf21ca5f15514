import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { FEED_PORT, onMessage, PANEL_PORT, sendMessage, type FeedRequest, type FeedUpdate, type PanelRequest, type PanelUpdate, type PanelView } from '../messaging';
import { E2E_BUILD } from '../build-mode';
import { addTrace, traceOf, traceTime, type Trace } from '../perf-trace';
import type { Suggester } from '../suggest/suggester';
import type { TicketSnapshot } from '../ticket';

/** A tab's content script, connected while at least one panel watches the tab. */
interface Feed {
  port: Runtime.Port;
  /** The last ticket it sent; undefined until it answered (then it runs there). */
  ticket?: TicketSnapshot | null;
}

/**
 * The background's hub between panels and pages. A panel connects and says which tab it watches;
 * the hub connects to that tab's content script (which then, and only then, reads the page), turns
 * each ticket it sends into suggestions through the one suggester, and sends the panel its view.
 * When the last panel of a tab goes, the feed is closed and the page stops reading.
 */
export function setupPanelHub(suggester: Suggester) {
  const watchers = new Map<Runtime.Port, number | null>();
  const feeds = new Map<number, Feed>();

  const panelsOf = (tabId: number) => [...watchers].filter(([, watched]) => watched === tabId).map(([port]) => port);

  function viewOf(tabId: number): PanelView {
    const feed = feeds.get(tabId);
    const ticket = feed?.ticket ?? null;
    return { tabId, reachable: feed?.ticket !== undefined, ticket, ...suggester.suggest(ticket) };
  }

  function publish(tabId: number, trace?: Trace): void {
    const hubReceived = E2E_BUILD ? traceTime() : 0;
    const update: PanelUpdate = { type: 'view', view: viewOf(tabId) };
    if (E2E_BUILD) addTrace(update, trace, { hubReceived, hubSent: traceTime() });
    for (const port of panelsOf(tabId)) port.postMessage(update);
  }

  function connectFeed(tabId: number): void {
    feeds.get(tabId)?.port.disconnect();
    const port = browser.tabs.connect(tabId, { name: FEED_PORT, frameId: 0 });
    const feed: Feed = { port };
    feeds.set(tabId, feed);
    port.onMessage.addListener((message: unknown) => {
      feed.ticket = (message as FeedUpdate).ticket;
      publish(tabId, traceOf(message));
    });
    port.onDisconnect.addListener(() => {
      if (feeds.get(tabId) !== feed) return;
      // No content script there (an unsupported page), or the page went away; a new page announces itself.
      feeds.delete(tabId);
      publish(tabId);
    });
  }

  function release(tabId: number): void {
    if (panelsOf(tabId).length > 0) return;
    feeds.get(tabId)?.port.disconnect();
    feeds.delete(tabId);
  }

  function onPanelRequest(port: Runtime.Port, request: PanelRequest): void {
    const tabId = watchers.get(port) ?? null;
    if (request.type === 'watch') {
      watchers.set(port, request.tabId);
      if (tabId !== null && tabId !== request.tabId) release(tabId);
      if (feeds.has(request.tabId)) port.postMessage({ type: 'view', view: viewOf(request.tabId) } satisfies PanelUpdate);
      else connectFeed(request.tabId);
    } else if (tabId === null) {
      return;
    } else if (request.type === 'choose') {
      suggester.choose(request.ticketKey, request.entryId);
      publish(tabId);
    } else if (request.type === 'refresh') {
      const feed = feeds.get(tabId);
      if (feed) feed.port.postMessage({ type: 'read' } satisfies FeedRequest);
      else connectFeed(tabId);
    }
  }

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    watchers.set(port, null);
    port.onMessage.addListener((request: unknown) => onPanelRequest(port, request as PanelRequest));
    port.onDisconnect.addListener(() => {
      const tabId = watchers.get(port);
      watchers.delete(port);
      if (tabId !== undefined && tabId !== null) release(tabId);
    });
  });

  // A page loaded (or got a fresh content script after an update) in a tab a panel watches.
  onMessage('contentReady', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0 && panelsOf(tabId).length > 0) connectFeed(tabId);
  });

  return {
    /** The open ticket of a tab: the feed's latest when a panel watches it, else read now. */
    async ticketOf(tabId: number): Promise<TicketSnapshot | null> {
      const feed = feeds.get(tabId);
      if (feed?.ticket !== undefined) return feed.ticket;
      return sendMessage('getTicket', undefined, tabId);
    },
  };
}

export type PanelHub = ReturnType<typeof setupPanelHub>;
