// Builds the editor fixture pages (tests/fixtures/editors/*.html) with the real editor libraries
// from npm into .output/editor-fixtures, for the insertion e2e tests.
import { cpSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

// Imported by the e2e fixtures for the output path only; building happens when run as a script.

const ROOT = resolve(import.meta.dirname, '../tests/fixtures/editors');
export const EDITOR_FIXTURES_DIR = resolve(import.meta.dirname, '../.output/editor-fixtures');

export async function buildEditorFixtures(): Promise<void> {
  const pages = readdirSync(ROOT).filter((file) => file.endsWith('.html'));
  await build({
    root: ROOT,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: EDITOR_FIXTURES_DIR,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), resolve(ROOT, page)])) },
    },
  });
  // CKEditor 4 loads its plugins, skins and languages at run time from its own folder.
  cpSync(resolve(import.meta.dirname, '../node_modules/ckeditor4'), resolve(EDITOR_FIXTURES_DIR, 'vendor/ckeditor4'), { recursive: true });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildEditorFixtures();
  console.log(`editor fixtures built in ${EDITOR_FIXTURES_DIR}`);
}
