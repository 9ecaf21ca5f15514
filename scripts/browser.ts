import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The e2e build (`npm run build:e2e`: the extension plus loopback hosts, the demo adapter and test hooks) that the tests and the demo load. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3-e2e');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded, in a throwaway profile. Pages get a fixed
 * 1280×800 viewport; `window` is for a browser a person looks at (the demo): pages follow their
 * window's size instead, `window.args` are added to Chromium's arguments and `window.preferences`
 * seed the profile's preferences.
 */
export async function launchWithExtension(options: {
  headless: boolean;
  extensionDir?: string;
  env?: Record<string, string>;
  window?: { args?: string[]; preferences?: Record<string, unknown> };
  /** The browser's language (`ko-KR` unless said): the extension's UI follows it. */
  locale?: string;
}): Promise<ExtensionBrowser> {
  const locale = options.locale ?? 'ko-KR';
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}. Run "npm run build:e2e" first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'replydeck-profile-'));
  if (options.window?.preferences) {
    await mkdir(join(profile, 'Default'));
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(options.window.preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless,
    // Chromium on Linux takes its UI language (and so the extension's _locales) from LANGUAGE.
    env: { ...process.env, LANGUAGE: locale.split('-')[0]!, ...options.env } as Record<string, string>,
    viewport: options.window ? null : { width: 1280, height: 800 },
    locale,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--lang=${locale}`,
      ...(options.window?.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Chrome's id of the tab showing `urlPrefix`, asked from the extension's service worker. On a site
 * the extension has no permission for, tab URLs are hidden from it: then the active tab (the page
 * just opened) is taken.
 */
export async function tabIdOf(serviceWorker: Worker, urlPrefix: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    const shown = tabs.find((tab) => tab.url?.startsWith(prefix));
    if (shown) return shown.id ?? null;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.url === undefined ? (active?.id ?? null) : null;
  }, urlPrefix);
  if (id === null) throw new Error(`no tab shows ${urlPrefix}`);
  return id;
}
