import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shipped extension (`npm run build`, .output/chrome-mv3) carries nothing for tests: no
 * loopback hosts, no demo adapter, no test hooks. The e2e build (`npm run build:e2e`) carries all
 * three, which shows that these checks look at the right things. `npm test` makes both builds first.
 */
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const SHIPPED = join(OUTPUT, 'chrome-mv3');
const E2E = join(OUTPUT, 'chrome-mv3-e2e');

const LOOPBACK = /\b(127\.0\.0\.1|localhost)\b/;
/** Strings only the test scaffolding has: the demo adapter's page marker and root, the test hooks, the benchmark's trace stages. */
const SCAFFOLDING = ['ReplyDeck Demo Desk', '#ticket-host', 'replydeckTest', 'pageSent', 'panelReceived'];

function build(dir: string) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run "npm run build" and "npm run build:e2e" first (npm test does)`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
  const files = (folder: string): string[] => readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : [join(folder, name)]));
  const bundles = files(dir)
    .filter((file) => /\.(js|html)$/.test(file))
    .map((file) => ({ file: file.slice(dir.length + 1), text: readFileSync(file, 'utf8') }));
  return { manifest, bundles };
}

const hostsOf = (manifest: chrome.runtime.ManifestV3) => [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];

describe('the shipped build', () => {
  const shipped = build(SHIPPED);

  it('names no loopback host in its manifest', () => {
    expect(hostsOf(shipped.manifest).filter((host) => LOOPBACK.test(host))).toEqual([]);
    expect(hostsOf(shipped.manifest)).toContain('https://*.zendesk.com/*');
  });

  it('bundles neither the demo adapter nor test hooks nor loopback hosts', () => {
    const found = shipped.bundles.flatMap(({ file, text }) => [...SCAFFOLDING.filter((marker) => text.includes(marker)), ...(LOOPBACK.test(text) ? ['loopback'] : [])].map((marker) => `${file}: ${marker}`));
    expect(found).toEqual([]);
  });

  it('carries the built-in guide once, as parsed data, in a chunk only the panel and the options page load', () => {
    const carriers = shipped.bundles.filter(({ text }) => text.includes('카카오 T 대리의 배정 정책은'));
    expect(carriers).toHaveLength(1);
    const chunk = carriers[0]!;
    expect(chunk.file).toMatch(/^chunks\/.*\.js$/);
    expect(chunk.text.split('카카오 T 대리의 배정 정책은').length).toBe(2);
    // Parsed, not raw markdown (the parser itself ships for guides a team lead adds).
    expect(chunk.text).not.toContain('**② 기본안내**카카오 T 대리의 배정 정책은');
    const loaders = shipped.bundles.filter(({ file, text }) => file.endsWith('.html') && text.includes(`/${chunk.file}`)).map(({ file }) => file);
    expect(loaders.sort()).toEqual(['options.html', 'sidepanel.html']);
    // fuse.js (the matcher's typo search) likewise, nowhere else: not in the background, not in the content script.
    expect(shipped.bundles.filter(({ text }) => text.includes('ignoreLocation')).map(({ file }) => file)).toEqual([chunk.file]);
  });
});

describe('the e2e build', () => {
  const e2e = build(E2E);

  it('adds loopback hosts, the demo adapter and the test hooks', () => {
    expect(hostsOf(e2e.manifest).filter((host) => LOOPBACK.test(host)).length).toBeGreaterThan(0);
    const text = e2e.bundles.map((bundle) => bundle.text).join('\n');
    expect(SCAFFOLDING.filter((marker) => !text.includes(marker))).toEqual([]);
  });
});
