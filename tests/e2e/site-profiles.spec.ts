import { expect, test } from './fixtures';
import { expectInHouseToolAnswered } from './in-house-tool';

test('a site profile makes an unknown in-house tool work like a known helpdesk; a bad selector is not saved', async ({ extension, fixtures, openWithPanel }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const form = options.getByTestId('profile-form');
  const port = new URL(fixtures.url).port;

  await form.locator('input[name="host"]').fill('localhost');
  await form.locator('input[name="messageSelector"]').fill('#inquiry[');
  await form.locator('input[name="replySelector"]').fill('#rich-reply');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('problem-messageSelector')).toContainText('올바른 CSS 선택자가 아닙니다');
  await expect(options.getByTestId('profile-status')).toContainText('저장하지 않았습니다');
  await expect(options.getByTestId('profile')).toHaveCount(0);
  expect(await extension.serviceWorker.evaluate(() => chrome.storage.sync.get('siteProfiles'))).toEqual({});

  await form.locator('input[name="messageSelector"]').fill('#inquiry');
  await form.locator('input[name="subjectSelector"]').fill('h1');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profile')).toHaveCount(1);

  try {
    // No text is selected: the profile's selectors read the ticket and find the reply box.
    const { page, panel } = await openWithPanel(`http://localhost:${port}/in-house-tool/index.html`);
    await expect(panel.getByTestId('ticket-text')).toContainText('문의 #A-77');
    await expectInHouseToolAnswered(page, panel);
  } finally {
    await options.getByRole('button', { name: '삭제' }).click();
    await expect(options.getByTestId('profile')).toHaveCount(0);
    await options.close();
  }
});

test("a lead's site profile wins over the built-in helpdesk detection, in the open tab at once", async ({ extension, openDeskWithPanel, demoDesk }) => {
  const { panel } = await openDeskWithPanel('/tickets/1041');
  await expect(panel.getByTestId('ticket-source')).toContainText('Demo Desk');
  await expect(panel.getByTestId('ticket-text')).toContainText('30분째 호출 중인데');

  // The lead points ReplyDeck at the subject line instead (say, after a redesign of the desk).
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const form = options.getByTestId('profile-form');
  const host = new URL(demoDesk.url).hostname;
  await form.locator('input[name="host"]').fill(host);
  await form.locator('input[name="messageSelector"]').fill('.ticket-view__subject');
  await form.locator('input[name="replySelector"]').fill('textarea[name="reply"]');
  await options.getByTestId('profile-save').click();
  try {
    await expect(options.getByTestId('profile')).toHaveCount(1);
    await expect(panel.getByTestId('ticket-source')).toHaveText(host);
    await expect(panel.getByTestId('ticket-text')).not.toContainText('30분째 호출 중인데');
  } finally {
    await options.getByRole('button', { name: '삭제' }).click();
    await expect(options.getByTestId('profile')).toHaveCount(0);
    await options.close();
  }
  await expect(panel.getByTestId('ticket-source')).toContainText('Demo Desk');
});
