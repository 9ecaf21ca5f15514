import { expect, test } from './fixtures';

test('an open ticket is read, matched and its reply inserted into the reply box', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1041');
  await expect(panel.getByTestId('ticket-source')).toHaveText('Demo Desk · 채팅 · 김민지');
  await expect(panel.getByTestId('no-reply-box-hint')).toHaveCount(0);

  await expect(panel.getByTestId('ticket-text')).toContainText('30분째 호출 중인데 기사 배정이 안 됩니다.');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q1');

  const reply = (await top.getByTestId('reply').inputValue()).trim();
  expect(reply).toContain('가장 가까운 기사로 배정해 드립니다.');
  await top.getByTestId('insert').click();

  await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
  await expect(desk.locator('textarea[name="reply"]')).toHaveValue(reply);
});

test('switching tickets in the helpdesk updates the panel without a reload', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1041');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q1');

  await desk.locator('[data-ticket-link="1045"]').click();
  await expect(panel.getByTestId('ticket-text')).toContainText('제 전화번호가 노출되나요?');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q5');

  await desk.goBack();
  await expect(panel.getByTestId('ticket-text')).toContainText('30분째 호출 중인데');
});

test('the reply goes in at the caret the counselor left in the draft', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1044');
  const box = desk.locator('textarea[name="reply"]');
  await box.fill('안녕하세요.\n감사합니다.');
  await box.evaluate((area: HTMLTextAreaElement) => {
    area.focus();
    area.setSelectionRange(6, 6);
  });

  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q4');
  const reply = (await top.getByTestId('reply').inputValue()).trim();
  await top.getByTestId('insert').click();

  await expect(box).toHaveValue(`안녕하세요.${reply}\n감사합니다.`);
});

test('Copy puts the composed reply on the clipboard', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1046');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q6');
  const reply = (await top.getByTestId('reply').inputValue()).trim();

  await top.getByTestId('copy').click();
  await expect(panel.getByTestId('notice')).toContainText('복사했습니다');

  const box = desk.locator('textarea[name="reply"]');
  await desk.bringToFront();
  await box.click();
  await desk.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(reply);
});

test('a ticket without a reply box gets a clear message and a copy fallback', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1049');
  await expect(desk.locator('textarea')).toHaveCount(0);
  await expect(panel.getByTestId('ticket-text')).toContainText('기사 배정 전에 호출 취소는');
  // Said before any click, so the counselor can copy straight away.
  await expect(panel.getByTestId('no-reply-box-hint')).toBeVisible();
  await panel.getByTestId('suggestion').first().getByTestId('insert').click();
  const notice = panel.getByTestId('notice');
  await expect(notice).toContainText('답장 입력창을 찾지 못했습니다');
  await notice.getByTestId('notice-copy').click();
  await expect(notice).toContainText('복사했습니다');
});

test('a question outside the counseling guide gets no suggestion', async ({ openDeskWithPanel }) => {
  const { panel } = await openDeskWithPanel('/tickets/1047');
  await expect(panel.getByTestId('ticket-text')).toContainText('영수증');
  await expect(panel.getByTestId('no-match')).toBeVisible();
  await expect(panel.getByTestId('suggestion')).toHaveCount(0);
});
