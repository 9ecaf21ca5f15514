// `npm run demo`: builds the extension, serves the bundled demo helpdesk and opens Chromium with
// ReplyDeck loaded. With --headless (or without a display) it walks the ticket queue instead,
// prints what the panel suggested for each ticket and writes screenshots to demo-output/.
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

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the extension did not build');
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
  const desk = await browser.context.newPage();
  await desk.goto(`${baseUrl}/tickets/${TICKETS[0]!.id}`);
  const panel = await openPanel(browser, desk);
  let unanswered = 0;

  for (const [index, ticket] of (TICKETS as DemoTicket[]).entries()) {
    await desk.locator(`[data-ticket-link="${ticket.id}"]`).click();
    const latest = ticket.thread.filter((message) => message.role === 'customer').at(-1)!;
    await panel.getByTestId('ticket-text').filter({ hasText: latest.body.split('\n')[0]! }).waitFor();
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
  console.log(`Demo helpdesk: ${server.url}/tickets/${TICKETS[0]!.id}`);
  const browser = await launchWithExtension({ headless });
  try {
    if (headless) {
      await walkQueue(browser, server.url);
      return;
    }
    const desk = await browser.context.newPage();
    await desk.goto(`${server.url}/tickets/${TICKETS[0]!.id}`);
    await openPanel(browser, desk);
    await desk.bringToFront();
    console.log('Chromium is open with ReplyDeck. Click the ReplyDeck toolbar button to open the side panel');
    console.log('(a panel tab bound to the helpdesk tab is open too). Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
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
