import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { FEED_PORT, type FeedRequest, type FeedUpdate } from '../messaging';
import { E2E_BUILD } from '../build-mode';
import { addTrace, traceTime } from '../perf-trace';
import type { TicketWatcher } from './ticket-watcher';

/**
 * Serves the panels' feed connections (one per panel watching this tab): the watcher reads and
 * reports the ticket only while at least one is open, so a tab without a panel costs nothing but a
 * few event listeners. `onNoPanel` runs when the last panel goes away (a pick it started must end).
 */
export function serveFeed(watcher: TicketWatcher, signal: AbortSignal, onNoPanel: () => void = () => {}): void {
  const ports = new Set<Runtime.Port>();
  let stopListening: (() => void) | null = null;
  const send = (port: Runtime.Port, update: FeedUpdate) => {
    try {
      port.postMessage(update);
    } catch {
      ports.delete(port); // disconnected meanwhile
    }
  };

  const onConnect = (port: Runtime.Port) => {
    if (port.name !== FEED_PORT || signal.aborted) return;
    ports.add(port);
    port.onMessage.addListener((message: unknown) => {
      if ((message as FeedRequest).type === 'read') send(port, { type: 'ticket', ticket: watcher.read() });
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size > 0) return;
      stop();
      onNoPanel();
    });
    if (stopListening) send(port, { type: 'ticket', ticket: watcher.read() });
    else
      stopListening = watcher.listen((ticket) => {
        const update: FeedUpdate = { type: 'ticket', ticket };
        if (E2E_BUILD) addTrace(update, watcher.lastRead, { pageSent: traceTime() });
        for (const each of ports) send(each, update);
      });
  };
  const stop = () => {
    stopListening?.();
    stopListening = null;
  };

  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
    stop();
  });
}
