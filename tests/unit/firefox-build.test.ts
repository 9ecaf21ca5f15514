import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Firefox build (`npm run build:firefox`, .output/firefox-mv3) is a sidebar: no Chrome-only
 * permission, the panel as `sidebar_action`, the same optional host permissions as Chrome for
 * "use on this site", and the gecko id Firefox's policies and sync storage use. `npm test` builds
 * it first (and runs web-ext lint on it).
 */
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const FIREFOX = join(OUTPUT, 'firefox-mv3');
const CHROME = join(OUTPUT, 'chrome-mv3');

interface FirefoxManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  sidebar_action?: { default_panel?: string };
  side_panel?: unknown;
  action?: unknown;
  background?: { scripts?: string[]; service_worker?: string };
  storage?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
}

function manifestOf(dir: string, command: string): FirefoxManifest {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}: run "${command}" first (npm test does)`);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as FirefoxManifest;
}

describe('the Firefox build', () => {
  const manifest = manifestOf(FIREFOX, 'npm run build:firefox');

  it('asks for no Chrome-only permission', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'scripting', 'activeTab', 'clipboardWrite']));
  });

  it('shows the side panel page as its sidebar, opened by the toolbar button from an event page', () => {
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(existsSync(join(FIREFOX, 'sidepanel.html'))).toBe(true);
    expect(manifest.action).toBeDefined();
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(manifest.background?.service_worker).toBeUndefined();
  });

  it('keeps the optional host permissions "use on this site" asks for, one site at a time', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toContain('https://*.zendesk.com/*');
  });

  it('carries the gecko id, the data it collects (none) and no Chromium managed-storage schema key', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('replydeck@replydeck.app');
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(manifest.storage).toBeUndefined();
  });

  it('bundles no assignment of raw HTML (Preact’s dangerouslySetInnerHTML sink is removed for Firefox)', () => {
    const chunks = readdirSync(join(FIREFOX, 'chunks')).map((file) => readFileSync(join(FIREFOX, 'chunks', file), 'utf8'));
    expect(chunks.filter((text) => /\.innerHTML=\w+\.__html/.test(text))).toEqual([]);
  });
});

describe('the Chrome build beside it', () => {
  it('still has its side panel', () => {
    const chrome = manifestOf(CHROME, 'npm run build');
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});
