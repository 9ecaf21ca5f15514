// Builds the fixture pages that need a bundler — editor pages (tests/fixtures/editors/*.html) and
// helpdesk pages (tests/fixtures/helpdesks/*.html), made with the real editor libraries from npm —
// into .output/fixture-pages, for the e2e tests.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../tests/fixtures');
const FOLDERS = ['editors', 'helpdesks', 'presets'];
export const FIXTURE_PAGES_DIR = resolve(import.meta.dirname, '../.output/fixture-pages');

async function buildFixturePages(): Promise<void> {
  const pages = FOLDERS.flatMap((folder) =>
    existsSync(resolve(ROOT, folder))
      ? readdirSync(resolve(ROOT, folder))
          .filter((file) => file.endsWith('.html'))
          .map((file) => `${folder}/${file}`)
      : [],
  );
  await build({
    root: ROOT,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: FIXTURE_PAGES_DIR,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), resolve(ROOT, page)])) },
    },
  });
  // CKEditor 4 loads its plugins, skins and languages at run time from its own folder.
  cpSync(resolve(import.meta.dirname, '../node_modules/ckeditor4'), resolve(FIXTURE_PAGES_DIR, 'vendor/ckeditor4'), { recursive: true });
}

// Imported by the e2e fixtures for the output path only; building happens when run as a script.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildFixturePages();
  console.log(`fixture pages built in ${FIXTURE_PAGES_DIR}`);
}
