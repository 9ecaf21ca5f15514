import { expect, test } from './fixtures';

/**
 * 직접 지정: a helpdesk redesign renames the hook the built-in adapter reads messages by; the lead
 * clicks the customer's message and the reply box, saves, and the open tab works again at once.
 */
test('after a redesign breaks the built-in adapter, the lead points out the message and the reply box, and the profile is used at once', async ({
  extension,
  openWithPanel,
  fixturePages,
}) => {
  const { page, panel } = await openWithPanel(`${fixturePages.url}/helpdesks/zendesk.html`);
  await page.waitForFunction(() => window.fixtureReady === true);
  await expect(panel.getByTestId('ticket-text')).toContainText('30분째 호출 중인데');

  // The "redesign": Zendesk renders its conversation log anew with renamed hooks (omni-log-… →
  // conversation-log-…); nothing else changes.
  await page.evaluate(() => {
    for (const log of document.querySelectorAll('[data-test-id="omni-log-container"]')) {
      const redesigned = log.cloneNode(true) as Element;
      for (const item of [redesigned, ...redesigned.querySelectorAll('[data-test-id^="omni-log"]')]) {
        item.setAttribute('data-test-id', item.getAttribute('data-test-id')!.replace('omni-log', 'conversation-log'));
      }
      log.replaceWith(redesigned);
    }
  });
  await expect(panel.getByTestId('picker-hint')).toContainText('Zendesk 화면으로 보이지만 고객 메시지를 읽지 못했습니다');

  await panel.getByTestId('pick-start').click();
  await expect(panel.getByTestId('pick-waiting')).toContainText('고객의 최근 메시지를 클릭하세요');
  await page.bringToFront();
  // The page shows what to click; the lead's clicks do not reach the app.
  await expect(page.locator('replydeck-picker')).toHaveCount(1);
  await page.getByText('30분째 호출 중인데 기사 배정이 계속 안 돼요').first().click();
  await expect(panel.getByTestId('pick-waiting')).toContainText('답장 입력창을 클릭하세요');
  await page.locator('main#main_panes [contenteditable="true"]:visible').first().click();
  await expect(page.locator('replydeck-picker')).toHaveCount(0);

  await expect(panel.getByTestId('pick-reads-message')).toContainText('30분째 호출 중인데 기사 배정이 계속 안 돼요');
  await expect(panel.getByTestId('pick-reads-reply')).toHaveText('contenteditable');
  const messageSelector = await panel.getByTestId('pick-message-selector').inputValue();
  expect(messageSelector, 'no position-only selector when stable hooks exist').not.toMatch(/nth-of-type/);
  expect(await panel.getByTestId('pick-host').inputValue()).toBe(new URL(fixturePages.url).hostname);

  // A typo in the selector shows at once that it reads nothing; the proposal is put back.
  await panel.getByTestId('pick-message-selector').fill(`${messageSelector}.typo`);
  await expect(panel.getByTestId('pick-reads-message')).toHaveText('아무것도 찾지 못함');
  await panel.getByTestId('pick-message-selector').fill(messageSelector);
  await expect(panel.getByTestId('pick-reads-message')).toContainText('30분째 호출 중인데');

  await panel.getByTestId('pick-save').click();
  await expect(panel.getByTestId('pick-saved')).toContainText('이 탭에 바로 적용했습니다');
  const saved = await extension.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('siteProfiles')).siteProfiles);
  expect(saved).toEqual([expect.objectContaining({ host: new URL(fixturePages.url).hostname, messageSelector })]);

  // Used at once, without a reload: the ticket is read and the answer goes into the reply box.
  await expect(panel.getByTestId('ticket-source')).toHaveText(new URL(fixturePages.url).hostname);
  await expect(panel.getByTestId('ticket-text')).toContainText('30분째 호출 중인데 기사 배정이 계속 안 돼요');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q1');
  const lastLine = (await top.getByTestId('reply').inputValue()).trim().split('\n').at(-1)!;
  await top.getByTestId('insert').click();
  await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
  await expect.poll(() => page.evaluate(() => window.helpdeskFixture!.replyText())).toContain(lastLine);
});

test('a pick is cancelled with Escape and leaves the page as it was', async ({ openWithPanel, fixtures }) => {
  const { page, panel } = await openWithPanel(`${fixtures.url}/in-house-tool/index.html`);
  await panel.getByTestId('pick-start').click();
  await page.bringToFront();
  await expect(page.locator('replydeck-picker')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('replydeck-picker')).toHaveCount(0);
  await expect(panel.getByTestId('pick-waiting')).toHaveCount(0);
  await panel.getByTestId('pick-cancel').click();
  await expect(panel.getByTestId('profile-picker')).toHaveCount(0);
});

test('closing the panel mid-pick ends the pick: the page is left as it was', async ({ openWithPanel, fixtures }) => {
  const { page, panel } = await openWithPanel(`${fixtures.url}/in-house-tool/index.html`);
  await panel.getByTestId('pick-start').click();
  await expect(page.locator('replydeck-picker')).toHaveCount(1);
  await panel.close();
  await expect(page.locator('replydeck-picker')).toHaveCount(0);
  // The page's own clicks work again.
  await page.locator('#rich-reply').click();
  await expect(page.locator('#rich-reply')).toBeFocused();
});
