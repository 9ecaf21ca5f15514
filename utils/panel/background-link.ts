import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { PANEL_PORT, type PanelRequest, type PanelUpdate, type PanelView } from '../messaging';
import { traceOf, type Trace } from '../perf-trace';

/** Below Chrome's 30 s idle limit for a service worker: an open panel keeps the background awake. */
const KEEP_AWAKE_MS = 20_000;
const RECONNECT_MS = 100;

/** What the panel asks of the background (panel-hub.ts). */
export interface BackgroundLink {
  /** Show this tab's ticket and suggestions from now on. */
  watch(tabId: number): void;
  /** The counselor's answer to the clarify question, for this ticket only. */
  choose(ticketKey: string, entryId: string): void;
  /** Read the tab's ticket again now. */
  refresh(): void;
}

/**
 * The panel's connection to the background. If the service worker restarts, the connection drops;
 * it is made again and the watched tab named anew, so the panel never goes stale.
 */
export function connectToBackground(onView: (view: PanelView, trace?: Trace) => void): BackgroundLink {
  let port: Runtime.Port | null = null;
  let watched: number | null = null;
  const post = (request: PanelRequest) => port?.postMessage(request);

  function connect(): void {
    const current = browser.runtime.connect({ name: PANEL_PORT });
    port = current;
    current.onMessage.addListener((message: unknown) => onView((message as PanelUpdate).view, traceOf(message)));
    current.onDisconnect.addListener(() => {
      if (port === current) port = null;
      setTimeout(connect, RECONNECT_MS);
    });
    if (watched !== null) post({ type: 'watch', tabId: watched });
  }
  connect();
  setInterval(() => post({ type: 'ping' }), KEEP_AWAKE_MS);

  return {
    watch(tabId) {
      watched = tabId;
      post({ type: 'watch', tabId });
    },
    choose: (ticketKey, entryId) => post({ type: 'choose', ticketKey, entryId }),
    refresh: () => post({ type: 'refresh' }),
  };
}
