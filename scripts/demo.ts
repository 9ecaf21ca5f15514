// `npm run demo`: builds the extension, serves the bundled demo helpdesk and opens Chromium with
// ReplyDeck loaded: the helpdesk in a window on the left, ReplyDeck's panel (bound to the helpdesk's
// tab) in a narrow window beside it on the right, sized to the screen. With --headless (or without a
// display) it walks the ticket queue instead, prints what the panel suggested for each ticket and
// writes screenshots to demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';
import { serveFolder } from './static-server';
import { TICKETS } from '../tests/fixtures/demo-helpdesk/tickets.js';

const DESK_DIR = resolve(import.meta.dirname, '../tests/fixtures/demo-helpdesk');
const OUTPUT_DIR = resolve(import.meta.dirname, '../demo-output');

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4173;

interface DemoTicket {
  id: string;
  subject: string;
  thread: Array<{ role: string; body: string }>;
}

interface Bounds {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The panel window's width (Chromium's own side panel is about as wide). */
const PANEL_WIDTH = 420;
/** The demo uses at most this much of a large screen, so that both windows stay close together. */
const MAX_AREA = { width: 1920, height: 1080 };
/**
 * For the headed demo: no notice bar about --no-sandbox (--test-type) and no bubble offering to
 * translate the Korean helpdesk.
 */
const DEMO_WINDOW = { args: ['--test-type'], preferences: { translate: { enabled: false } } };
/** Assumed when the screen's size cannot be read. */
const FALLBACK_AREA: Bounds = { left: 0, top: 0, width: 1600, height: 900 };

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the extension did not build');
}

/** A persistent context starts with one blank tab: the helpdesk takes it rather than opening a second one. */
async function blankPage(browser: ExtensionBrowser): Promise<Page> {
  return browser.context.pages().find((page) => page.url() === 'about:blank') ?? (await browser.context.newPage());
}

/** The screen's work area (without taskbars) of the monitor `page` is on, capped at MAX_AREA. */
async function screenArea(page: Page): Promise<Bounds> {
  const read = await page
    .evaluate(() => {
      const screen = window.screen as Screen & { availLeft?: number; availTop?: number };
      return { left: screen.availLeft ?? 0, top: screen.availTop ?? 0, width: screen.availWidth, height: screen.availHeight };
    })
    .catch(() => null);
  const area = read && read.width >= 800 && read.height >= 500 ? read : FALLBACK_AREA;
  return { ...area, width: Math.min(area.width, MAX_AREA.width), height: Math.min(area.height, MAX_AREA.height) };
}

/**
 * Opens the helpdesk in the browser's first window, moved to the left of the screen, and the panel
 * page bound to its tab in a popup window on the right (the real side panel only opens on a click
 * of the toolbar button). Both windows are placed from the extension's service worker.
 */
async function openSideBySide(browser: ExtensionBrowser, deskUrl: string): Promise<{ desk: Page; panel: Page }> {
  const desk = await blankPage(browser);
  const area = await screenArea(desk);
  const panelWidth = Math.min(PANEL_WIDTH, Math.round(area.width * 0.35));
  const deskBounds: Bounds = { ...area, width: area.width - panelWidth };
  const panelBounds: Bounds = { ...area, left: area.left + area.width - panelWidth, width: panelWidth };
  await desk.goto(deskUrl);
  const tabId = await tabIdOf(browser.serviceWorker, desk.url());
  const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`;
  await browser.serviceWorker.evaluate(
    async ({ tabId, deskBounds, panelBounds, panelUrl }) => {
      const { windowId } = await chrome.tabs.get(tabId);
      await chrome.windows.update(windowId, { state: 'normal' });
      await chrome.windows.update(windowId, deskBounds);
      await chrome.windows.create({ url: panelUrl, type: 'popup', focused: false, ...panelBounds });
      await chrome.windows.update(windowId, { focused: true });
    },
    { tabId, deskBounds, panelBounds, panelUrl },
  );
  const deadline = Date.now() + 10_000;
  let panel = browser.context.pages().find((page) => page.url() === panelUrl);
  while (!panel) {
    if (Date.now() > deadline) throw new Error('the panel window did not open');
    await new Promise((done) => setTimeout(done, 100));
    panel = browser.context.pages().find((page) => page.url() === panelUrl);
  }
  await panel.getByTestId('suggestion').first().waitFor({ timeout: 10_000 }).catch(() => {});
  return { desk, panel };
}

async function openPanel(browser: ExtensionBrowser, desk: Page): Promise<Page> {
  const tabId = await tabIdOf(browser.serviceWorker, desk.url());
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

async function describeSuggestions(panel: Page): Promise<string[]> {
  const cards = panel.getByTestId('suggestion');
  const lines: string[] = [];
  for (const card of await cards.all()) {
    const id = await card.getAttribute('data-entry-id');
    const question = await card.locator('.suggestion__question-text').innerText();
    const confidence = await card.locator('.suggestion__confidence').innerText();
    const opener = await card.getByTestId('opener-kind').innerText();
    lines.push(`  → ${id} ${confidence.padStart(4)}  ${question}  [감성표현: ${opener}]`);
  }
  if (lines.length === 0 && (await panel.getByTestId('no-match').isVisible())) lines.push('  → 추천 없음 (상담 가이드 밖의 문의)');
  return lines;
}

async function walkQueue(browser: ExtensionBrowser, baseUrl: string): Promise<void> {
  await rm(OUTPUT_DIR, { recursive: true, force: true });
  await mkdir(OUTPUT_DIR, { recursive: true });
  const desk = await blankPage(browser);
  await desk.goto(`${baseUrl}/tickets/${TICKETS[0]!.id}`);
  const panel = await openPanel(browser, desk);
  let unanswered = 0;

  for (const [index, ticket] of (TICKETS as DemoTicket[]).entries()) {
    await desk.locator(`[data-ticket-link="${ticket.id}"]`).click();
    const latest = ticket.thread.filter((message) => message.role === 'customer').at(-1)!;
    await panel.getByTestId('ticket-text').filter({ hasText: latest.body.split('\n')[0]! }).waitFor();
    // The panel may show the ticket while it is still loading the guides (티켓을 읽는 중입니다…).
    await panel.getByTestId('loading').waitFor({ state: 'hidden', timeout: 10_000 });
    await panel.waitForTimeout(100);
    const lines = await describeSuggestions(panel);
    if (lines.length === 0) unanswered++;
    console.log(`#${ticket.id} ${ticket.subject}\n${lines.join('\n') || '  → (패널이 아무것도 보여 주지 않음)'}`);
    await panel.screenshot({ path: `${OUTPUT_DIR}/${String(index + 1).padStart(2, '0')}-panel-${ticket.id}.png`, fullPage: true });
  }

  // Finish with the whole path once: insert the first ticket's top answer and show the helpdesk.
  await desk.locator(`[data-ticket-link="${TICKETS[0]!.id}"]`).click();
  await panel.getByTestId('suggestion').first().getByTestId('insert').click();
  await panel.getByTestId('notice').waitFor();
  await panel.screenshot({ path: `${OUTPUT_DIR}/${String(TICKETS.length + 1).padStart(2, '0')}-panel-after-insert.png`, fullPage: true });
  await desk.bringToFront();
  await desk.screenshot({ path: `${OUTPUT_DIR}/${String(TICKETS.length + 2).padStart(2, '0')}-helpdesk-after-insert.png` });
  console.log(`\nScreenshots: ${OUTPUT_DIR}`);
  if (unanswered > 0) throw new Error(`${unanswered} ticket(s) showed neither a suggestion nor a no-match message`);
}

async function main(): Promise<void> {
  build();
  const server = await serveFolder(DESK_DIR, { port });
  const deskUrl = `${server.url}/tickets/${TICKETS[0]!.id}`;
  console.log(`Demo helpdesk: ${deskUrl}`);
  // Headed, pages follow their window's size (a fixed viewport would clip a smaller window).
  const browser = await launchWithExtension({ headless, ...(!headless && { window: DEMO_WINDOW }) });
  try {
    if (headless) {
      await walkQueue(browser, server.url);
      return;
    }
    const { desk } = await openSideBySide(browser, deskUrl);
    const second = (TICKETS as DemoTicket[])[1]!;
    console.log(
      [
        '',
        'ReplyDeck demo is open: the demo helpdesk on the left, the ReplyDeck panel on the right.',
        `  1. The panel already shows the guide's answers for the open ticket (#${TICKETS[0]!.id}).`,
        `  2. In the helpdesk, click another ticket in the queue on the left, e.g. #${second.id} 「${second.subject}」:`,
        '     the panel follows it.',
        '  3. In the panel, click 넣기 on a suggestion: the reply goes into the helpdesk\'s reply box (복사 copies it).',
        '  Also: select some text in a customer message, and the panel suggests answers for that selection.',
        'The panel window stays bound to the helpdesk tab. The browser\'s own side panel opens from the ReplyDeck',
        'toolbar button (under the puzzle-piece icon at the top right of the helpdesk window).',
        'To stop: close the helpdesk window, or press Ctrl+C here.',
      ].join('\n'),
    );
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      desk.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
