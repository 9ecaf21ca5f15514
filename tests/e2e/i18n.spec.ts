import { launchWithExtension, tabIdOf } from '../../scripts/browser';
import { expect, test } from './fixtures';

test('under an English browser the panel speaks English; the guide stays as written', async ({ demoDesk }) => {
  const browser = await launchWithExtension({ headless: true, locale: 'en-US' });
  try {
    const desk = await browser.context.newPage();
    await desk.goto(`${demoDesk.url}/tickets/1041`);
    const tabId = await tabIdOf(browser.serviceWorker, desk.url());
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const top = panel.getByTestId('suggestion').first();
    await expect(top.getByTestId('insert')).toHaveText('Insert');
    await expect(top.getByTestId('copy')).toHaveText('Copy');
    await expect(panel.getByText('Find an answer')).toBeVisible();
    await expect(panel.locator('html')).toHaveAttribute('lang', /^en/);
    // Guide content is the team's, in Korean.
    await expect(top.getByTestId('reply')).toHaveValue(/카카오 T 대리의 배정 정책은/);
    await top.getByTestId('insert').click();
    await expect(panel.getByTestId('notice')).toHaveText('Inserted into the reply box.');
    expect(await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().name)).toBe('ReplyDeck');
  } finally {
    await browser.close();
  }
});
