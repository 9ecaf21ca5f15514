import { expect, test } from './fixtures';

test('the keyboard shortcut is declared and inserts the top suggestion at the caret', async ({ extension, openDeskWithPanel }) => {
  const commands = await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest().commands);
  expect(commands?.['insert-top-suggestion']).toMatchObject({ suggested_key: { default: 'Alt+Shift+R' } });

  const { desk, tabId } = await openDeskWithPanel('/tickets/1045');
  await desk.bringToFront();
  const box = desk.locator('textarea[name="reply"]');
  await box.click();
  await desk.keyboard.type('고객님, ');

  // Automation cannot press browser-level shortcuts, so the command's own handler is run directly.
  const outcome = await extension.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { replydeckShortcut: (tabId: number) => Promise<unknown> }).replydeckShortcut(id),
    tabId,
  );
  expect(outcome).toMatchObject({ ok: true });
  await expect(box).toHaveValue(/^고객님, 걱정되셨을 마음 충분히 이해합니다\.\n\n개인 정보 보호를 위해/);
});

test('the shortcut inserts nothing while the guide needs the counselor to choose', async ({ extension, openDeskWithPanel }) => {
  const { desk, tabId } = await openDeskWithPanel('/tickets/1051');
  const outcome = await extension.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { replydeckShortcut: (tabId: number) => Promise<unknown> }).replydeckShortcut(id),
    tabId,
  );
  expect(outcome).toEqual({ ok: false, reason: 'needs-choice' });
  await expect(desk.locator('textarea[name="reply"]')).toHaveValue('');
});
