import { expect, test } from './fixtures';

test('the panel can append after the draft or replace it instead of inserting at the caret', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1044');
  const box = desk.locator('textarea[name="reply"]');
  await box.fill('초안입니다.');
  await box.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
  const top = panel.getByTestId('suggestion').first();
  const reply = (await top.getByTestId('reply').inputValue()).trim();

  await panel.getByTestId('insert-mode').selectOption('append');
  await top.getByTestId('insert').click();
  await expect(box).toHaveValue(`초안입니다.\n\n${reply}`);

  await panel.getByTestId('insert-mode').selectOption('replace');
  await top.getByTestId('insert').click();
  await expect(box).toHaveValue(reply);
});

test('append and replace work in a rich editor too (CKEditor 5)', async ({ openWithPanel, fixturePages }) => {
  const { page, panel } = await openWithPanel(`${fixturePages.url}/editors/ckeditor5.html`);
  await page.waitForFunction(() => window.fixtureReady === true);
  await page.locator('#ticket').evaluate((ticket) => getSelection()!.selectAllChildren(ticket));
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q4');
  const reply = (await top.getByTestId('reply').inputValue()).trim();
  const state = () => page.evaluate(() => window.fixture!.text());

  await page.bringToFront();
  await page.locator('.ck-editor__editable').click();
  await page.keyboard.type('Draft');
  await page.keyboard.press('Home');
  await panel.getByTestId('insert-mode').selectOption('append');
  await top.getByTestId('insert').click();
  await expect.poll(state).toBe(`Draft\n${reply.replace(/\n+/g, '\n')}`);

  await panel.getByTestId('insert-mode').selectOption('replace');
  await top.getByTestId('insert').click();
  await expect.poll(state).toBe(reply.replace(/\n+/g, '\n'));
});
