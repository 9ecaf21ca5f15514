// `npm run bench:panel [-- --trials 40 --cpu-seconds 60 --no-build --verbose]`: how fast the built extension
// follows the counselor, measured from outside in Chromium, side by side with a do-nothing extension
// (tests/bench/floor-extension: selection → regular expression → list item), and what the content
// script costs on a busy page. Figures, not assertions.
//
// 1. Selection, and ticket switch → new suggestions in the panel's DOM: p50/p95 for ReplyDeck and the
//    floor, trials interleaved, on the demo helpdesk; ReplyDeck's time split by stage (e2e-build trace).
// 2. Content-script CPU time per minute on the demo desk churning like a busy single-page app
//    (clock texts every second, a typing indicator every 300 ms, a presence list every 200 ms),
//    without and with a panel open: V8's sampling profiler, samples in the extension's code.
//    `--cpu-only --extension DIR` profiles another build (an older version, say) the same way.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser';
import { serveFolder } from './static-server';
import { TICKETS as DEMO_TICKETS } from '../tests/fixtures/demo-helpdesk/tickets.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TRIALS = option('--trials', 40);
/** Another build to profile on the busy page (e.g. an older version), with `--cpu-only`. */
const EXTENSION_DIR = args.includes('--extension') ? resolve(args[args.indexOf('--extension') + 1]!) : undefined;
const CPU_SECONDS = option('--cpu-seconds', 60);
const DESK_DIR = resolve(import.meta.dirname, '../tests/fixtures/demo-helpdesk');
const FLOOR_DIR = resolve(import.meta.dirname, '../tests/bench/floor-extension');
const TICKETS = ['1041', '1045', '1043', '1046', '1044', '1048'];

interface Subject {
  name: string;
  browser: ExtensionBrowser;
  desk: Page;
  panel: Page;
}

/** Opens the demo desk and the extension's panel page in a window of its own, both visible, as a side panel would be. */
async function open(name: string, browser: ExtensionBrowser, deskUrl: string, panelPath: (tabId: number) => string): Promise<Subject> {
  const desk = await browser.context.newPage();
  await desk.goto(deskUrl);
  await desk.locator('article.ticket-view').waitFor();
  const tabId = await tabIdOf(browser.serviceWorker, desk.url());
  const opened = browser.context.waitForEvent('page');
  await browser.serviceWorker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 900 }), `chrome-extension://${browser.extensionId}/${panelPath(tabId)}`);
  const panel = await opened;
  await panel.waitForLoadState();
  await desk.bringToFront();
  return { name, browser, desk, panel };
}

/**
 * Arms the panel to note when it first shows `expected` as the customer's message (the whole of it
 * for a selection, its first line for a ticket switch), with the suggestions rendered in the same pass.
 */
async function arm(panel: Page, expected: string, whole: boolean): Promise<void> {
  await panel.evaluate(({ text, exact }) => {
    const page = window as unknown as { bench?: { observer?: MutationObserver; seen?: number } };
    page.bench ??= {};
    const bench = page.bench;
    bench.observer?.disconnect();
    bench.seen = undefined;
    // No named helper functions in here: the page runs this source as it is.
    const want = text.replace(/\s+/g, ' ').trim();
    bench.observer = new MutationObserver(() => {
      if (bench.seen !== undefined) return;
      const shownText = (document.querySelector('[data-testid="ticket-text"] .ticket__message') ?? document.querySelector('[data-testid="ticket-text"]'))?.textContent ?? '';
      const message = shownText.replace(/\s+/g, ' ').trim();
      const rendered = document.querySelector('[data-testid="suggestion"], [data-testid="no-match"]') !== null;
      if (rendered && (exact ? message === want : message.includes(want))) bench.seen = performance.timeOrigin + performance.now();
    });
    bench.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, { text: expected, exact: whole });
}

async function seenAt(panel: Page): Promise<number> {
  const handle = await panel.waitForFunction(() => (window as unknown as { bench: { seen?: number } }).bench.seen, undefined, { timeout: 5_000, polling: 20 });
  return (await handle.jsonValue()) as number;
}

const LATEST_MESSAGE = 'article.ticket-view:not([hidden]) .message[data-author-role="customer"] .message__body';

/** The first `length` characters of the open ticket's latest customer message. */
function prefix(desk: Page, length: number): Promise<string> {
  return desk.evaluate(({ chars, selector }) => {
    const bodies = document.querySelectorAll(selector);
    return (bodies[bodies.length - 1]?.firstChild?.textContent ?? '').slice(0, chars);
  }, { chars: length, selector: LATEST_MESSAGE });
}

/** Selects the first `length` characters of the open ticket's latest customer message; returns when. */
function select(desk: Page, length: number): Promise<{ at: number }> {
  return desk.evaluate((chars) => {
    const bodies = document.querySelectorAll('article.ticket-view:not([hidden]) .message[data-author-role="customer"] .message__body');
    const body = bodies[bodies.length - 1]!;
    const node = body.firstChild!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(chars, node.textContent!.length));
    const at = performance.timeOrigin + performance.now();
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return { at };
  }, length);
}

/** Opens a ticket by clicking its queue link; returns when. */
function switchTo(desk: Page, id: string): Promise<{ at: number }> {
  return desk.evaluate((ticketId) => {
    const at = performance.timeOrigin + performance.now();
    document.querySelector<HTMLAnchorElement>(`[data-ticket-link="${ticketId}"]`)!.click();
    return { at };
  }, id);
}

/** Prefix lengths of the first ticket's message that end in a letter: each selection differs from the one before, spaces aside. */
const SELECTION_LENGTHS = Array.from(firstLineOf(TICKETS[0]!), (_, index) => index + 1).filter((length) => length >= 10 && firstLineOf(TICKETS[0]!)[length - 1] !== ' ');

/** The first line of a demo ticket's latest customer message: what the panel shows once it followed the switch. */
function firstLineOf(id: string): string {
  const ticket = DEMO_TICKETS.find((each) => each.id === id)!;
  return ticket.thread.filter((message) => message.role === 'customer').at(-1)!.body.split('\n')[0]!;
}

const STAGES = ['event', 'read', 'to panel', 'match + render'] as const;

/** ReplyDeck's own split of one trial, from the trace its e2e build carries along. */
async function stagesOf(panel: Page, start: number, seen: number): Promise<number[] | null> {
  const trace = await panel.evaluate(() => (globalThis as { replydeckTest?: { lastView?: { trace: Record<string, number> } } }).replydeckTest?.lastView?.trace);
  if (!trace?.readStart) return null;
  const { readStart, readEnd, pageSent, panelReceived } = trace as Record<string, number>;
  return [readStart! - start, readEnd! - readStart!, panelReceived! - pageSent!, seen - panelReceived!];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function measureFollowing(replydeck: Subject, floor: Subject): Promise<void> {
  const times = new Map<string, number[]>();
  const stages = new Map<string, number[][]>();
  const record = (key: string, value: number) => times.set(key, [...(times.get(key) ?? []), value]);

  for (const scenario of ['selection', 'ticket switch'] as const) {
    for (let trial = 0; trial < TRIALS + 3; trial++) {
      for (const subject of trial % 2 === 0 ? [replydeck, floor] : [floor, replydeck]) {
        let action: { at: number };
        if (scenario === 'selection') {
          // A different stretch of the message each time, so that every selection is news.
          const length = SELECTION_LENGTHS[trial % SELECTION_LENGTHS.length]!;
          await arm(subject.panel, await prefix(subject.desk, length), true);
          action = await select(subject.desk, length);
        } else {
          const next = TICKETS[(trial + 1) % TICKETS.length]!;
          await arm(subject.panel, firstLineOf(next), false);
          action = await switchTo(subject.desk, next);
        }
        const seen = await seenAt(subject.panel).catch(async (error: unknown) => {
          const shown = await subject.panel.locator('[data-testid="ticket-text"]').textContent().catch(() => null);
          throw new Error(`${subject.name}, ${scenario}, trial ${trial}: the panel never showed the change (it shows: ${shown})`, { cause: error });
        });
        await subject.panel.waitForTimeout(40); // let both sides settle before the next trial
        if (trial < 3) continue; // warm-up
        record(`${subject.name}:${scenario}`, seen - action.at);
        if (subject === replydeck) {
          const split = await stagesOf(replydeck.panel, action.at, seen);
          if (split) stages.set(scenario, [...(stages.get(scenario) ?? []), split]);
        }
      }
    }
  }

  console.log(`\nSelection or ticket switch → new suggestions in the panel's DOM (${TRIALS} trials each, interleaved, Chromium headless)`);
  console.log('scenario        extension    p50        p95        ratio to floor (p50 / p95)');
  for (const scenario of ['selection', 'ticket switch']) {
    const ours = times.get(`ReplyDeck:${scenario}`)!;
    const base = times.get(`floor:${scenario}`)!;
    console.log(`${scenario.padEnd(15)} floor        ${ms(percentile(base, 50)).padStart(9)}  ${ms(percentile(base, 95)).padStart(9)}`);
    console.log(
      `${''.padEnd(15)} ReplyDeck    ${ms(percentile(ours, 50)).padStart(9)}  ${ms(percentile(ours, 95)).padStart(9)}  ${(percentile(ours, 50) / percentile(base, 50)).toFixed(2)} / ${(percentile(ours, 95) / percentile(base, 95)).toFixed(2)}`,
    );
  }
  console.log('targets: ReplyDeck ≤ 1.25 × the floor at p50 and p95, and p95 ≤ 100 ms');
  if (args.includes('--verbose')) for (const [key, values] of times) console.log(key, [...values].sort((a, b) => a - b).map((value) => value.toFixed(1)).join(' '));
  console.log("\nWhere ReplyDeck's time goes (medians of the traced trials; clocks of different processes, so ±1 ms per stage):");
  for (const [scenario, splits] of stages) {
    console.log(`${scenario.padEnd(15)} ${STAGES.map((stage, index) => `${stage} ${ms(percentile(splits.map((split) => split[index]!), 50))}`).join(' · ')}`);
  }
}

/** Makes the demo desk churn like a busy single-page app: clocks, a typing indicator, a presence list. */
async function startChurn(desk: Page): Promise<void> {
  await desk.evaluate(() => {
    let tick = 0;
    const host = document.getElementById('ticket-host')!;
    const queue = document.getElementById('queue')!;
    const presence = document.createElement('ul');
    presence.className = 'presence';
    queue.after(presence);
    setInterval(() => {
      tick++;
      // Relative times on every message, inside the conversation.
      for (const message of host.querySelectorAll('.message')) {
        let clock = message.querySelector('.bench-clock');
        if (!clock) {
          clock = document.createElement('time');
          clock.className = 'bench-clock';
          message.append(clock);
        }
        clock.textContent = `${tick}초 전`;
      }
    }, 1_000);
    setInterval(() => {
      let typing = host.querySelector('.typing-indicator');
      if (!typing) {
        typing = document.createElement('div');
        typing.className = 'typing-indicator';
        typing.textContent = '고객이 입력 중…';
        host.append(typing);
      }
      typing.classList.toggle('is-visible');
      typing.setAttribute('data-dots', String(tick % 4));
    }, 300);
    setInterval(() => {
      const items = Array.from({ length: 12 }, (_, index) => {
        const item = document.createElement('li');
        item.textContent = `상담사 ${index + 1} · ${(tick + index) % 3 === 0 ? '상담 중' : '대기'}`;
        return item;
      });
      presence.replaceChildren(...items);
    }, 200);
  });
}

/** CPU time spent in the extension's code on the page during `seconds`, scaled to a minute. */
async function contentScriptCpuPerMinute(subject: Subject, seconds: number): Promise<{ extension: number; all: number }> {
  const session = await subject.browser.context.newCDPSession(subject.desk);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
  await subject.desk.waitForTimeout(seconds * 1_000);
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** The script a sample's time belongs to: its own frame's, or the nearest caller's with a URL (native work counts for its caller). */
  const scriptOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url;
      if (url) return url;
    }
    return '';
  };
  let extension = 0;
  let all = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const micros = deltas[index + 1] ?? 0;
    const name = byId.get(id)?.callFrame.functionName;
    if (name !== '(idle)' && name !== '(program)') all += micros;
    if (scriptOf(id).startsWith(`chrome-extension://${subject.browser.extensionId}/`)) extension += micros;
  });
  const perMinute = (micros: number) => micros / 1_000 / (seconds / 60);
  return { extension: perMinute(extension), all: perMinute(all) };
}

async function measureBusyPage(deskUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: true, extensionDir: EXTENSION_DIR });
  try {
    const subject = await open('ReplyDeck', browser, deskUrl, (tabId) => `sidepanel.html?tabId=${tabId}`);
    await startChurn(subject.desk);
    await subject.panel.close();
    await subject.desk.waitForTimeout(1_000);
    const closed = await contentScriptCpuPerMinute(subject, CPU_SECONDS);
    const tabId = await tabIdOf(browser.serviceWorker, subject.desk.url());
    const opened = browser.context.waitForEvent('page');
    await browser.serviceWorker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 900 }), `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const panel = await opened;
    await panel.getByTestId('ticket-text').waitFor();
    await subject.desk.bringToFront();
    const withPanel = await contentScriptCpuPerMinute(subject, CPU_SECONDS);
    console.log(`\nContent-script CPU on a busy page (clocks 1/s, typing indicator 3/s, presence list 5/s; ${CPU_SECONDS} s each, V8 sampling profiler):`);
    console.log(`panel closed: ReplyDeck's content script ${ms(closed.extension)} of CPU per minute (all JavaScript on the page: ${ms(closed.all)})`);
    console.log(`panel open:   ReplyDeck's content script ${ms(withPanel.extension)} of CPU per minute (all JavaScript on the page: ${ms(withPanel.all)})`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    const built = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the e2e build failed');
  }
  const server = await serveFolder(DESK_DIR);
  const deskUrl = `${server.url}/tickets/${TICKETS[0]}`;
  if (args.includes('--cpu-only')) {
    await measureBusyPage(deskUrl);
    await server.close();
    return;
  }
  const ours = await launchWithExtension({ headless: true });
  const theirs = await launchWithExtension({ headless: true, extensionDir: FLOOR_DIR });
  try {
    const replydeck = await open('ReplyDeck', ours, deskUrl, (tabId) => `sidepanel.html?tabId=${tabId}`);
    const floor = await open('floor', theirs, deskUrl, () => 'panel.html');
    await replydeck.panel.getByTestId('ticket-text').waitFor();
    await measureFollowing(replydeck, floor);
  } finally {
    await ours.close();
    await theirs.close();
  }
  await measureBusyPage(deskUrl);
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
