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
