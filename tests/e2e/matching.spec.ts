import { expect, test } from './fixtures';

test('an upset customer gets an apology opener and the complaint branch', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1041');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q1');
  await expect(top.getByTestId('opener-kind')).toHaveText('사과');
  await expect(top.getByTestId('consultation-type')).toHaveText('대리_고객 ▶ 호출/운행 ▶ 호출정책 ▶ 기타');

  await top.getByTestId('insert').click();
  const reply = await desk.locator('textarea[name="reply"]').inputValue();
  expect(reply.startsWith('먼저, 서비스 이용에 불편을 드려 죄송합니다. 기사 배정이 되지 않아, 문의해 주셨는데요.\n\n')).toBe(true);
  expect(reply).toContain('너무 낮은 요금으로 호출 시에는 배정이 어려울 수도 있습니다.');
});

test('a plain question gets a plain opener', async ({ openDeskWithPanel }) => {
  const { panel } = await openDeskWithPanel('/tickets/1044');
  await expect(panel.getByTestId('suggestion').first().getByTestId('opener-kind')).toHaveText('호응');
});

test("a cancel ticket that does not say whether a driver is assigned shows the guide's question as two choices", async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1051');
  const clarify = panel.getByTestId('clarify');
  await expect(clarify).toContainText('혹시, 기사가 배정되었습니까?');
  await expect(clarify.getByTestId('clarify-option')).toHaveText(['네, 배정되었어요', '아직 호출 중이에요']);
  await expect(panel.getByTestId('suggestion')).toHaveCount(2);

  await clarify.getByRole('button', { name: '아직 호출 중이에요' }).click();
  await expect(panel.getByTestId('clarify')).toHaveCount(0);
  await expect(panel.getByTestId('suggestion')).toHaveCount(1);
  const only = panel.getByTestId('suggestion');
  await expect(only).toHaveAttribute('data-entry-id', 'q3');
  await only.getByTestId('insert').click();
  await expect(desk.locator('textarea[name="reply"]')).toHaveValue(/호출 중 화면에서 '호출 취소' 버튼을 눌러 취소해 주시기 바랍니다\.$/);

  // Another ticket asks again.
  await desk.locator('[data-ticket-link="1042"]').click();
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q2');
  await expect(panel.getByTestId('clarify')).toHaveCount(0);
});
