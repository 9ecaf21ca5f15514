import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/browser';
import { tabIdOf } from '../../scripts/browser';
import type { RunningServer } from '../../scripts/static-server';

/** Where the states are staged: the extension, the demo desk, the fixture pages, and a loopback host outside the e2e build's permissions. */
export interface StateStage {
  browser: ExtensionBrowser;
  desk: RunningServer;
  fixtures: RunningServer;
  otherHost: RunningServer;
  /** The bundled helpdesk and editor fixture pages (scripts/build-fixture-pages.ts). */
  fixturePages: RunningServer;
}

export interface PanelState {
  name: string;
  /** What shows the state is there. */
  testId: string;
  open(stage: StateStage, panel: Page): Promise<void>;
}

async function bind(stage: StateStage, panel: Page, url: string, then?: (page: Page) => Promise<void>): Promise<void> {
  const page = await stage.browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(stage.browser.serviceWorker, page.url());
  await panel.goto(`chrome-extension://${stage.browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await then?.(page);
}

function selecting(text: string) {
  return (page: Page) =>
    page.locator('#inquiry').evaluate((paragraph, inquiry) => {
      paragraph.textContent = inquiry;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, text);
}

/** Every state of the panel a counselor can meet, staged the way it happens. */
export const PANEL_STATES: PanelState[] = [
  { name: 'suggestions', testId: 'suggestion', open: (stage, panel) => bind(stage, panel, `${stage.desk.url}/tickets/1041`) },
  {
    name: 'clarify',
    testId: 'clarify',
    open: (stage, panel) => bind(stage, panel, `${stage.desk.url}/tickets/1051`),
  },
  {
    name: 'two-questions',
    testId: 'combined-reply',
    open: (stage, panel) => bind(stage, panel, `${stage.fixtures.url}/in-house-tool/index.html`, selecting('멀티콜로 친구 불렀는데 전화번호를 잘못 입력했어요. 그리고 기사님과 통화하면 제 번호가 노출되나요?')),
  },
  { name: 'nothing-fits', testId: 'no-match', open: (stage, panel) => bind(stage, panel, `${stage.desk.url}/tickets/1047`) },
  { name: 'no-ticket', testId: 'no-ticket', open: (stage, panel) => bind(stage, panel, `${stage.fixtures.url}/in-house-tool/index.html`) },
  { name: 'unsupported-site', testId: 'unreachable', open: (stage, panel) => bind(stage, panel, `${stage.otherHost.url}/in-house-tool/index.html`) },
  { name: 'no-reply-box', testId: 'no-reply-box-hint', open: (stage, panel) => bind(stage, panel, `${stage.desk.url}/tickets/1049`) },
  {
    name: 'escalate',
    testId: 'escalate',
    open: (stage, panel) => bind(stage, panel, `${stage.fixtures.url}/in-house-tool/index.html`, selecting('대리기사님이 운전하다가 사고가 났어요. 차가 긁혔는데 어떻게 해야 하나요?')),
  },
  {
    name: 'note-mode',
    testId: 'notice-switch',
    open: (stage, panel) =>
      bind(stage, panel, `${stage.fixturePages.url}/helpdesks/zendesk.html`, async (page) => {
        await page.waitForFunction(() => window.fixtureReady === true);
        await panel.getByTestId('suggestion').first().waitFor();
        const { note } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/helpdesks/zendesk.expect.json'), 'utf8')) as { note: { enter: string[] } };
        for (const selector of note.enter) await page.locator(selector).first().click();
        await panel.getByTestId('suggestion').first().getByTestId('insert').click();
      }),
  },
  {
    name: 'point-and-click',
    testId: 'pick-check',
    open: (stage, panel) =>
      bind(stage, panel, `${stage.fixtures.url}/in-house-tool/index.html`, async (page) => {
        await panel.getByTestId('pick-start').click();
        await panel.getByTestId('pick-waiting').waitFor();
        await page.locator('#inquiry').click();
        await panel.getByText('페이지에서 답장 입력창을 클릭하세요.').waitFor();
        await page.locator('#rich-reply').click();
      }),
  },
  {
    name: 'error',
    testId: 'notice',
    open: async (stage, panel) => {
      await bind(stage, panel, `${stage.desk.url}/tickets/1049`);
      await panel.getByTestId('suggestion').first().getByTestId('insert').click();
    },
  },
];
