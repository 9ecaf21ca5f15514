import { expect, test } from './fixtures';

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
    await expect(panel.getByTestId('ticket-text')).toContainText('제 휴대폰 번호가 기사님한테 보이나요?');
    const top = panel.getByTestId('suggestion').first();
    await expect(top).toHaveAttribute('data-entry-id', 'q5');
    await top.getByTestId('insert').click();
    await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
    await expect(page.locator('#rich-reply')).toContainText('전화번호가 노출되지 않습니다.');
  } finally {
    await options.getByRole('button', { name: '삭제' }).click();
    await expect(options.getByTestId('profile')).toHaveCount(0);
    await options.close();
  }
});
