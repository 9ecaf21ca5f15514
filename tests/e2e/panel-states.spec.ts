import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import { serveFolder } from '../../scripts/static-server';
import { expect, test } from './fixtures';
import { PANEL_STATES } from './panel-states';

for (const state of PANEL_STATES) {
  test(`panel state "${state.name}": shown, readable at 320 px, no serious axe finding`, async ({ extension, demoDesk, fixtures, fixturePages }) => {
    const otherHost = await serveFolder(resolve(import.meta.dirname, '../fixtures'), { host: '127.0.0.2' });
    const before = new Set(extension.context.pages());
    const panel = await extension.context.newPage();
    try {
      await panel.setViewportSize({ width: 320, height: 900 });
      await state.open({ browser: extension, desk: demoDesk, fixtures, otherHost, fixturePages }, panel);
      await expect(panel.getByTestId(state.testId).first()).toBeVisible();
      // Measured and scanned once the guides are loaded too (the search and the team list render then).
      await expect(panel.getByTestId('loading')).toHaveCount(0);
      // Nothing wider than the panel: no element reaches past its right edge at 320 px.
      expect(await panel.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((node) => node.getBoundingClientRect().right)))).toBeLessThanOrEqual(320);
      const results = await new AxeBuilder({ page: panel }).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    } finally {
      // Each state in tabs of its own: a later state must not find this one's page.
      for (const page of extension.context.pages()) if (!before.has(page)) await page.close();
      await otherHost.close();
    }
  });
}
