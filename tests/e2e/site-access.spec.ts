import { resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from '../../scripts/browser';
import { serveFolder } from '../../scripts/static-server';
import { openDesktop } from './desktop';
import { expect, test } from './fixtures';
import { expectInHouseToolAnswered } from './in-house-tool';

// 127.0.0.2 is loopback too, but outside every host permission of the e2e build: no content script
// runs there until someone grants it.
const OTHER_HOST = '127.0.0.2';

test('on a site without permission the panel offers "use on this site" and grants nothing by itself', async ({ extension, openWithPanel }) => {
  const other = await serveFolder(resolve(import.meta.dirname, '../fixtures'), { host: OTHER_HOST });
  try {
    const { panel } = await openWithPanel(`${other.url}/in-house-tool/index.html`);
    await expect(panel.getByTestId('unreachable')).toContainText('이 사이트에서 사용하도록 허용하세요');
    // Opened as a tab by automation, the panel has no activeTab grant and cannot see the site's
    // address, so it explains how to proceed instead of asking for a broad permission.
    await panel.getByTestId('allow-site').click();
    await expect(panel.getByTestId('notice')).toContainText('툴바의 ReplyDeck 버튼으로 패널을 연 뒤');
    const { granted, required } = await extension.serviceWorker.evaluate(async () => ({
      granted: (await chrome.permissions.getAll()).origins ?? [],
      required: chrome.runtime.getManifest().host_permissions ?? [],
    }));
    expect(granted.sort()).toEqual([...required].sort());
    expect(granted.some((origin) => origin.includes(OTHER_HOST) || origin.includes('*://*'))).toBe(false);
  } finally {
    await other.close();
  }
});

test('saving a site profile asks the browser for that host; once the lead allows it, ReplyDeck runs there', async () => {
  // The browser's own permission prompt is clicked for real: a headed Chromium on an X display.
  test.setTimeout(60_000);
  const desktop = await openDesktop();
  const site = await serveFolder(resolve(import.meta.dirname, '../fixtures'), { host: OTHER_HOST });
  const browser = await launchWithExtension({ headless: false, env: { DISPLAY: desktop.display } });
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const form = options.getByTestId('profile-form');
    await form.locator('input[name="host"]').fill(OTHER_HOST);
    await form.locator('input[name="messageSelector"]').fill('#inquiry');
    await form.locator('input[name="replySelector"]').fill('#rich-reply');
    await options.getByTestId('profile-save').click();
    // The prompt's default button is Deny; Tab moves to Allow.
    await options.waitForTimeout(1_500);
    desktop.pressKeys('Tab', 'Return');
    await expect(options.getByTestId('profile-status')).toContainText('바로 적용됩니다', { timeout: 10_000 });
    expect(await browser.serviceWorker.evaluate(async () => (await chrome.permissions.getAll()).origins)).toContain(`http://${OTHER_HOST}/*`);

    const page = await browser.context.newPage();
    await page.goto(`${site.url}/in-house-tool/index.html`);
    const tabId = await tabIdOf(browser.serviceWorker, page.url());
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect(panel.getByTestId('ticket-source')).toContainText(OTHER_HOST);
    await expectInHouseToolAnswered(page, panel);
  } finally {
    await browser.close();
    await site.close();
    await desktop.close();
  }
});
