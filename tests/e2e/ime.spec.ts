import { expect, test } from './fixtures';

test('an insertion waits for the Korean syllable being composed to be committed', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1044');
  await desk.bringToFront();
  const box = desk.locator('textarea[name="reply"]');
  await box.click();
  const cdp = await desk.context().newCDPSession(desk);
  await cdp.send('Input.imeSetComposition', { text: '안', selectionStart: 1, selectionEnd: 1 });
  await expect.poll(() => box.evaluate((area: HTMLTextAreaElement) => area.value)).toBe('안');

  const top = panel.getByTestId('suggestion').first();
  const reply = (await top.getByTestId('reply').inputValue()).trim();
  await top.getByTestId('insert').click();
  await desk.waitForTimeout(400);
  await expect(box).toHaveValue('안');

  await cdp.send('Input.insertText', { text: '안' });
  await expect(box).toHaveValue(`안${reply}`);
  await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
});
