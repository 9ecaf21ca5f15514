import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** axe-core's findings on the page, as "rule: targets" lines (empty when it finds nothing). */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe-core checked the page').toBeGreaterThan(10);
  return results.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the side panel, with suggestions and a clarify question, passes axe-core', async ({ openDeskWithPanel }) => {
  const { panel } = await openDeskWithPanel('/tickets/1051');
  await expect(panel.getByTestId('clarify')).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);
});

test('the options page, showing validation problems, passes axe-core', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('problem-host')).toBeVisible();
  expect(await axeViolations(options)).toEqual([]);
  await options.close();
});

test('the team lead\'s page and the panel with pinned answers and the mismatch report pass axe-core', async ({ extension, openDeskWithPanel }) => {
  await extension.serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ pins: [{ entry: 'dispatch-policy-faq/q1', note: '요금 안내 꼭', opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' } }, { entry: 'dispatch-policy-faq/q5' }] }),
  );
  const { panel } = await openDeskWithPanel('/tickets/1041');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-pinned', 'personal');
  await panel.getByTestId('report-mismatch').click();
  await expect(panel.getByTestId('mismatch-entry')).toBeVisible();
  expect(await axeViolations(panel)).toEqual([]);

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByTestId('pin-row')).toHaveCount(2);
  await options.getByTestId('check-text').fill('기사 배정이 왜 이렇게 안 돼요');
  await options.getByTestId('check-run').click();
  await expect(options.getByTestId('check-suggestion').first()).toBeVisible();
  expect(await axeViolations(options)).toEqual([]);
  await options.close();
});
