import { expect, test } from './fixtures';
import { selectInquiry } from './team';

const TWO_QUESTIONS = '멀티콜로 친구 불렀는데 전화번호를 잘못 입력했어요. 그리고 기사님과 통화하면 제 번호가 노출되나요?';

test('the opener picker, the complaint branch and an edit change what goes in; an edit survives a re-read and is dropped on a switch', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1041');
  const top = panel.getByTestId('suggestion').first();
  const reply = top.getByTestId('reply');
  const box = desk.locator('textarea[name="reply"]');
  // Screen readers hear what was suggested, politely, without the focus moving.
  await expect(panel.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
  await expect(panel.getByTestId('announcer')).toHaveText(/^추천 답변 \d+개\. 1순위: 기사 배정이 늦어지거나/);

  await top.getByTestId('opener-kind-select').selectOption('공감');
  await expect(top.getByTestId('opener-kind')).toHaveText('공감');
  const phrasing = top.getByTestId('opener-phrasing');
  await phrasing.selectOption('많이 당황하셨을 것 같습니다.');
  await expect(reply).toHaveValue(/^많이 당황하셨을 것 같습니다\.\n\n카카오 T 대리의 배정 정책은/);

  const branch = top.getByTestId('branch-toggle');
  const hadBranch = await branch.isChecked();
  await branch.setChecked(!hadBranch);
  if (hadBranch) await expect(reply).not.toHaveValue(/AI 추천 요금/);
  else await expect(reply).toHaveValue(/AI 추천 요금의 경우/);
  await branch.setChecked(true);
  await expect(reply).toHaveValue(/AI 추천 요금의 경우/);

  await reply.fill(`${await reply.inputValue()}\n\n추가로 확인이 필요하시면 말씀해 주세요.`);
  await expect(top.getByTestId('reset-draft')).toBeVisible();
  await panel.getByRole('button', { name: '새로 고침' }).click();
  await expect(reply).toHaveValue(/추가로 확인이 필요하시면 말씀해 주세요\.$/);

  await top.getByTestId('insert').click();
  await expect(box).toHaveValue(/^많이 당황하셨을 것 같습니다\.\n\n[\s\S]*AI 추천 요금의 경우[\s\S]*추가로 확인이 필요하시면 말씀해 주세요\.$/);

  // Another ticket: its own composer, without the edit; back on the first, the edit is gone too.
  await desk.locator('[data-ticket-link="1045"]').click();
  await expect(panel.getByTestId('suggestion').first().getByTestId('reply')).not.toHaveValue(/추가로 확인이 필요하시면/);
  await desk.locator('[data-ticket-link="1041"]').click();
  await expect(panel.getByTestId('suggestion').first().getByTestId('reply')).not.toHaveValue(/추가로 확인이 필요하시면/);
});

test('copying the consultation type, and the reason for a suggestion in the ticket’s own words', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1044');
  const top = panel.getByTestId('suggestion').first();
  await expect(top.getByTestId('why')).toContainText('Demo Desk');
  await expect(top.getByTestId('why-hit').first()).toBeVisible();
  expect(await top.getByTestId('why-hit').allInnerTexts()).toEqual(expect.arrayContaining(['멀티콜로']));
  await top.getByTestId('copy-type').click();
  await expect(panel.getByTestId('notice')).toContainText('상담 유형을 복사했습니다');
  const box = desk.locator('textarea[name="reply"]');
  await desk.bringToFront();
  await box.click();
  await desk.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue('대리_고객 ▶ 호출/운행 ▶ 호출정책 ▶ 멀티호출');
});

test('a question outside the matcher’s reach: search finds the answer, and it goes in', async ({ openDeskWithPanel }) => {
  const { desk, panel } = await openDeskWithPanel('/tickets/1047');
  await expect(panel.getByTestId('no-match')).toBeVisible();
  // Nothing fits: the search box has the focus, ready for typing.
  await expect(panel.getByTestId('search')).toBeFocused();
  await panel.keyboard.type('위탁콜');
  const result = panel.getByTestId('search-result').first();
  await expect(result).toHaveAttribute('data-entry-id', 'q6');
  await result.click();
  const picked = panel.getByTestId('picked-answer');
  await expect(picked).toHaveAttribute('data-entry-id', 'q6');
  await picked.getByTestId('insert').click();
  await expect(desk.locator('textarea[name="reply"]')).toHaveValue(/제휴/);

  // Every answer is also listed by guide and consultation type.
  await panel.getByTestId('browse').locator('summary').click();
  await expect(panel.getByTestId('browse-entry')).toHaveCount(6);
});

test('two questions in one ticket get one reply answering both under one opener', async ({ fixtures, openWithPanel }) => {
  const { page, panel } = await openWithPanel(`${fixtures.url}/in-house-tool/index.html`);
  await selectInquiry(page, TWO_QUESTIONS);
  const combined = panel.getByTestId('combined-reply');
  await expect(combined).toBeVisible();
  const text = await combined.getByTestId('reply').inputValue();
  const paragraphs = text.split('\n\n');
  expect(text).toContain('발신번호 표시 제한이 적용되어 전화번호가 노출되지 않습니다.');
  expect(text).toContain('전화번호 잘못 입력하셨다면');
  expect(paragraphs.filter((paragraph) => paragraph === paragraphs[0])).toHaveLength(1);
  const editor = page.locator('#rich-reply');
  await editor.click();
  await combined.getByTestId('insert').click();
  await expect(editor).toContainText('발신번호 표시 제한이 적용되어 전화번호가 노출되지 않습니다.');
});

test('keyboard only: reach the search with /, move between suggestions with ↓, pick an opener, edit, insert', async ({ openDeskWithPanel }) => {
  // The cancel ticket that does not tell its state: two cards to move between.
  const { desk, panel } = await openDeskWithPanel('/tickets/1051');
  await expect(panel.getByTestId('suggestion')).toHaveCount(2);
  await panel.bringToFront();
  await panel.locator('body').focus();
  await panel.keyboard.press('/');
  await expect(panel.getByTestId('search')).toBeFocused();
  await panel.keyboard.press('Escape');

  // Tab from the top of the panel reaches the first card's opener kind; choose 사과 with the keyboard.
  const top = panel.getByTestId('suggestion').first();
  await panel.getByRole('button', { name: '새로 고침' }).focus();
  for (let presses = 0; presses < 30 && !(await top.getByTestId('opener-kind-select').evaluate((node) => node === document.activeElement)); presses++) {
    await panel.keyboard.press('Tab');
  }
  await expect(top.getByTestId('opener-kind-select')).toBeFocused();
  await panel.keyboard.press('End');
  await expect(top.getByTestId('opener-kind')).toHaveText('사과');
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Tab');
  await expect(top.getByTestId('reply')).toBeFocused();
  await panel.keyboard.press('Control+End');
  await panel.keyboard.type(' 감사합니다.');
  await panel.keyboard.press('Tab');
  await expect(top.getByTestId('insert')).toBeFocused();
  await panel.keyboard.press('ArrowDown');
  await expect(panel.getByTestId('suggestion').nth(1).getByTestId('insert')).toBeFocused();
  await panel.keyboard.press('ArrowUp');
  await expect(top.getByTestId('insert')).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(desk.locator('textarea[name="reply"]')).toHaveValue(/^먼저, 서비스 이용에 불편을 드려 죄송합니다\.\n\n[\s\S]* 감사합니다\.$/);
});
