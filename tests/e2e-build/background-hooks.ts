/**
 * Hooks the e2e tests drive in the background of the e2e build only (`npm run build:e2e`); the
 * shipped build has none (utils/build-mode.ts, tests/unit/shipped-build.test.ts).
 */
export interface BackgroundTestHooks {
  /** The keyboard shortcut's own handler: browser shortcuts cannot be pressed from automation. */
  runShortcut(tabId?: number): Promise<unknown>;
}

export function exposeTestHooks(hooks: BackgroundTestHooks): void {
  (globalThis as { replydeckTest?: BackgroundTestHooks }).replydeckTest = hooks;
}
