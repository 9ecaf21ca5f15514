import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

/** Automation cannot press browser-level shortcuts: the e2e build's background exposes the command's own handler. */
function runShortcut(serviceWorker: Worker, tabId: number): Promise<unknown> {
  return serviceWorker.evaluate(
    (id) => (globalThis as unknown as { replydeckTest: { runShortcut: (tabId: number) => Promise<unknown> } }).replydeckTest.runShortcut(id),
    tabId,
  );
}

test('the keyboard shortcut is declared and inserts the top suggestion where the panel would: at the caret, or after the draft', async ({ extension, openDeskWithPanel }) => {
  const commands = await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest().commands);
  expect(commands?.['insert-top-suggestion']).toMatchObject({ suggested_key: { default: 'Alt+Shift+R' } });

  const { desk, panel, tabId } = await openDeskWithPanel('/tickets/1045');
  await panel.getByTestId('insert-mode').selectOption('caret');
  await desk.bringToFront();
  const box = desk.locator('textarea[name="reply"]');
  await box.click();
  await desk.keyboard.type('고객님, ');

  expect(await runShortcut(extension.serviceWorker, tabId)).toMatchObject({ ok: true });
  await expect(box).toHaveValue(/^고객님, 걱정되셨을 마음 충분히 이해합니다\.\n\n개인 정보 보호를 위해/);

  // The insert mode chosen in the panel applies to the shortcut too.
  await box.fill('초안입니다.');
  await panel.getByTestId('insert-mode').selectOption('append');
  await expect.poll(() => extension.serviceWorker.evaluate(() => chrome.storage.local.get('insertMode'))).toEqual({ insertMode: 'append' });
  expect(await runShortcut(extension.serviceWorker, tabId)).toMatchObject({ ok: true });
  await expect(box).toHaveValue(/^초안입니다\.\n\n걱정되셨을 마음/);
  await panel.getByTestId('insert-mode').selectOption('caret');
});

test('the shortcut waits for the answer to the guide\'s question, then inserts the answer the counselor chose in the panel', async ({ extension, openDeskWithPanel }) => {
  const { desk, panel, tabId } = await openDeskWithPanel('/tickets/1051');
  const box = desk.locator('textarea[name="reply"]');
  await expect(panel.getByTestId('clarify')).toBeVisible();
  expect(await runShortcut(extension.serviceWorker, tabId)).toEqual({ ok: false, reason: 'needs-choice' });
  await expect(box).toHaveValue('');

  await panel.locator('[data-testid="clarify-option"][data-entry-id="q3"]').click();
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q3');
  const reply = (await panel.getByTestId('suggestion').first().getByTestId('reply').inputValue()).trim();
  expect(await runShortcut(extension.serviceWorker, tabId)).toMatchObject({ ok: true });
  await expect(box).toHaveValue(reply);
});

test('the shortcut inserts the reply as the counselor edited it in the panel', async ({ extension, openDeskWithPanel }) => {
  const { desk, panel, tabId } = await openDeskWithPanel('/tickets/1045');
  const reply = panel.getByTestId('suggestion').first().getByTestId('reply');
  await reply.fill(`${await reply.inputValue()}\n\n추가 문의는 언제든 남겨 주세요.`);
  const box = desk.locator('textarea[name="reply"]');
  await box.fill('');
  expect(await runShortcut(extension.serviceWorker, tabId)).toMatchObject({ ok: true });
  await expect(box).toHaveValue(/개인 정보 보호를 위해[\s\S]*추가 문의는 언제든 남겨 주세요\.$/);
});
