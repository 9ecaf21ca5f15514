import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../../scripts/browser';
import { FIXTURE_PAGES_DIR } from '../../scripts/build-fixture-pages';
import { serveFolder, type RunningServer } from '../../scripts/static-server';

export const DEMO_DESK_DIR = resolve(import.meta.dirname, '../fixtures/demo-helpdesk');
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

interface WorkerFixtures {
  extension: ExtensionBrowser;
  demoDesk: RunningServer;
  /** Serves tests/fixtures as it is (pages other than the demo desk). */
  fixtures: RunningServer;
  /** Serves the built fixture pages (scripts/build-fixture-pages.ts): /editors/…, /helpdesks/…. */
  fixturePages: RunningServer;
}

interface TestFixtures {
  /** Every test starts with no pins, guides, profiles, usage, feedback or clarify answers left by another (the browser is shared per worker). */
  cleanSlate: undefined;
  /** Opens a page of the demo helpdesk and the side panel bound to its tab. */
  openDeskWithPanel(path?: string): Promise<{ desk: Page; panel: Page; tabId: number }>;
  /** Opens any URL and the side panel bound to its tab. */
  openWithPanel(url: string): Promise<{ page: Page; panel: Page; tabId: number }>;
}

/** What a team lead and the counselors' panels leave in storage (the insert mode and the answers to the guide's questions too). */
export async function resetTeamData(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const parts = ['pins', 'openers', 'guides', 'examples', 'siteProfiles'];
    await chrome.storage.sync.remove([...parts, ...parts.map((part) => `${part}$`)]);
    await chrome.storage.local.remove([...parts, ...parts.map((part) => `${part}$`), 'usage', 'usage$', 'feedback', 'feedback$', 'insertMode']);
    await chrome.storage.session.remove('clarifyChoices');
  });
}

/** A worker-scoped static server for one folder. */
function served(folder: string): [(args: object, use: (server: RunningServer) => Promise<void>) => Promise<void>, { scope: 'worker' }] {
  return [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const server = await serveFolder(folder);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extension: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const browser = await launchWithExtension({ headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  cleanSlate: [
    async ({ extension }, use) => {
      await resetTeamData(extension.serviceWorker);
      await use(undefined);
    },
    { auto: true },
  ],
  demoDesk: served(DEMO_DESK_DIR),
  fixtures: served(FIXTURES_DIR),
  fixturePages: served(FIXTURE_PAGES_DIR),
  openWithPanel: async ({ extension }, use) => {
    const opened: Page[] = [];
    await use(async (url) => {
      const page = await extension.context.newPage();
      opened.push(page);
      await page.goto(url);
      const tabId = await tabIdOf(extension.serviceWorker, page.url());
      const panel = await extension.context.newPage();
      opened.push(panel);
      await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html?tabId=${tabId}`);
      return { page, panel, tabId };
    });
    for (const page of opened) await page.close();
  },
  openDeskWithPanel: async ({ openWithPanel, demoDesk }, use) => {
    await use(async (path = '/tickets/1041') => {
      const { page: desk, panel, tabId } = await openWithPanel(`${demoDesk.url}${path}`);
      await desk.locator('article.ticket-view').waitFor();
      return { desk, panel, tabId };
    });
  },
});

export { expect };
