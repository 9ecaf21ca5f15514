interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Chrome: the toolbar button opens the side panel. Firefox shows its sidebar through its own UI. */
export function setupSidePanel(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('ReplyDeck: could not make the toolbar button open the side panel', error);
  });
}
