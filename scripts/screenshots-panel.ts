// `npm run screenshots:panel`: renders the side panel in each state a counselor can meet (the states
// tests/e2e/panel-states.spec.ts checks) to tests/screenshots/panel-<state>.png, from the e2e build,
// at 400 px — and once more in English and in the dark theme.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PANEL_STATES } from '../tests/e2e/panel-states';
import { FIXTURE_PAGES_DIR } from './build-fixture-pages';
import { launchWithExtension } from './browser';
import { serveFolder } from './static-server';

const OUTPUT_DIR = resolve(import.meta.dirname, '../tests/screenshots');
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

async function main(): Promise<void> {
  if (spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' }).status !== 0) throw new Error('the extension did not build');
  if (spawnSync('npx', ['tsx', 'scripts/build-fixture-pages.ts'], { stdio: 'inherit' }).status !== 0) throw new Error('the fixture pages did not build');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const desk = await serveFolder(join(FIXTURES, 'demo-helpdesk'));
  const fixtures = await serveFolder(FIXTURES);
  const otherHost = await serveFolder(FIXTURES, { host: '127.0.0.2' });
  const fixturePages = await serveFolder(FIXTURE_PAGES_DIR);
  try {
    for (const variant of [{ suffix: '', locale: 'ko-KR', dark: false }, { suffix: '-en', locale: 'en-US', dark: false }, { suffix: '-dark', locale: 'ko-KR', dark: true }]) {
      const browser = await launchWithExtension({ headless: true, locale: variant.locale });
      try {
        const states = variant.suffix === '' ? PANEL_STATES : PANEL_STATES.filter((state) => state.name === 'suggestions');
        for (const state of states) {
          const panel = await browser.context.newPage();
          await panel.setViewportSize({ width: 400, height: 900 });
          if (variant.dark) await panel.emulateMedia({ colorScheme: 'dark' });
          await state.open({ browser, desk, fixtures, otherHost, fixturePages }, panel);
          await panel.getByTestId(state.testId).first().waitFor();
          await panel.screenshot({ path: join(OUTPUT_DIR, `panel-${state.name}${variant.suffix}.png`), fullPage: true });
          for (const page of browser.context.pages()) await page.close();
        }
      } finally {
        await browser.close();
      }
    }
    console.log(`Screenshots: ${OUTPUT_DIR}`);
  } finally {
    await Promise.all([desk.close(), fixtures.close(), otherHost.close(), fixturePages.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
