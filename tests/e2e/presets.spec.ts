import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Front and Channel Talk ship as editable site-profile presets, not built-in helpdesks (nothing
 * public shows their pages' structure). A lead starts from the preset on the options page, checks
 * it against the open tab, points it at their site, and it reads and inserts like an adapter would.
 * The fixtures are our model of each product's documented data, not a copy of its page.
 */
const PRESETS = ['front', 'channeltalk'].map((id) => ({
  id,
  first: (JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/presets/${id}.expect.json`), 'utf8')) as { tickets: Array<{ text: string; entry: string }> }).tickets[0]!,
}));

for (const { id, first } of PRESETS) {
  test(`${id}: the preset, checked in the open tab and saved for the site, reads the customer's message and inserts the answer`, async ({
    extension,
    openWithPanel,
    fixturePages,
  }) => {
    const { page, panel } = await openWithPanel(`${fixturePages.url}/presets/${id}.html`);
    await page.waitForFunction(() => window.fixtureReady === true);
    await expect(panel.getByTestId('no-ticket')).toBeVisible();
    const hostname = new URL(fixturePages.url).hostname;

    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const form = options.getByTestId('profile-form');
    await options.getByTestId('profile-preset').selectOption(id);
    await expect(form.locator('input[name="messageSelector"]')).not.toHaveValue('');
    await form.locator('input[name="host"]').fill(hostname);
    await options.getByTestId('profile-check').click();
    const check = options.getByTestId('profile-tab-check');
    await expect(check).toHaveCount(1);
    await expect(check.getByTestId('pick-reads-message')).toContainText(first.text);
    await options.getByTestId('profile-save').click();
    await expect(options.getByTestId('profile')).toHaveCount(1);
    await options.close();

    await expect(panel.getByTestId('ticket-source')).toHaveText(hostname);
    await expect(panel.getByTestId('ticket-text')).toContainText(first.text);
    if (id === 'front') {
      // Front shows its reply draft after Reply; a site profile has no Reply opener of its own.
      await page.bringToFront();
      await page.locator('main [data-testid="reply-button"]').first().click();
    }
    const top = panel.getByTestId('suggestion').first();
    await expect(top).toHaveAttribute('data-entry-id', first.entry);
    const lastLine = (await top.getByTestId('reply').inputValue()).trim().split('\n').at(-1)!;
    await top.getByTestId('insert').click();
    await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
    const inserted = await page.evaluate(() => window.helpdeskFixture!.replyText());
    expect(inserted.split(lastLine), 'inserted exactly once').toHaveLength(2);
  });
}

test('a saved profile is edited in place: the form takes it, saving replaces it, and the open tab follows at once', async ({ extension, openWithPanel, fixtures }) => {
  const { panel } = await openWithPanel(`${fixtures.url}/in-house-tool/index.html`);
  const hostname = new URL(fixtures.url).hostname;
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const form = options.getByTestId('profile-form');
  await form.locator('input[name="host"]').fill(hostname);
  // A first try reads the page's heading, not the customer's message.
  await form.locator('input[name="messageSelector"]').fill('h1');
  await form.locator('input[name="replySelector"]').fill('#rich-reply');
  await options.getByTestId('profile-save').click();
  await expect(panel.getByTestId('ticket-source')).toHaveText(hostname);
  await expect(panel.getByTestId('ticket-text')).toHaveText('문의 #A-77');

  // The same site on another port is the same site: one profile each, edited rather than doubled.
  await form.locator('input[name="host"]').fill(`${hostname}:8731`);
  await form.locator('input[name="messageSelector"]').fill('#inquiry');
  await form.locator('input[name="replySelector"]').fill('#rich-reply');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('problem-host')).toContainText(`이미 ${hostname} 프로필이 있습니다`);

  await options.getByTestId('profile-edit').click();
  await expect(options.getByTestId('profile-editing')).toContainText(hostname);
  await expect(form.locator('input[name="messageSelector"]')).toHaveValue('h1');
  await options.getByTestId('profile-check').click();
  await expect(options.getByTestId('profile-tab-check').getByTestId('pick-reads-message')).toContainText('1개 찾음 · 문의 #A-77');
  await form.locator('input[name="messageSelector"]').fill('#inquiry');
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profile')).toHaveCount(1);
  await expect(options.getByTestId('profile').locator('code').first()).toHaveText('#inquiry');
  await expect(panel.getByTestId('ticket-text')).toContainText('제 휴대폰 번호가 기사님한테 보이나요');
  await options.close();
});
