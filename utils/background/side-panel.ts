interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Firefox's sidebar (`sidebar_action`): one per window, opened only from a user action. */
export interface FirefoxSidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

interface ToolbarButton {
  onClicked: { addListener(listener: () => void): void };
}

/** Firefox's sidebar API, where the browser has one (Chrome has `chrome.sidePanel` instead). */
export function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (globalThis as { browser?: { sidebarAction?: FirefoxSidebarAction } }).browser?.sidebarAction;
}

/** The toolbar button opens the panel: Chrome's side panel by its own behaviour, Firefox's sidebar on click. */
export function setupSidePanel(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('ReplyDeck: could not make the toolbar button open the side panel', error);
    });
    return;
  }
  const sidebar = firefoxSidebar();
  if (!sidebar) return;
  const browser = (globalThis as { browser?: { action?: ToolbarButton; browserAction?: ToolbarButton } }).browser;
  // The click is the user action Firefox asks for: toggle at once, before anything awaits.
  (browser?.action ?? browser?.browserAction)?.onClicked.addListener(() => {
    sidebar.toggle().catch((error: unknown) => console.error('ReplyDeck: could not open the sidebar', error));
  });
}
