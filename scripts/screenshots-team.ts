// `npm run screenshots:team`: renders the team lead's options page and the panel with pinned answers
// to PNG (tests/screenshots/), from the e2e build with a sample team's data. The README shows them.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, tabIdOf } from './browser';
import { serveFolder } from './static-server';

const OUTPUT_DIR = resolve(import.meta.dirname, '../tests/screenshots');
const DESK_DIR = resolve(import.meta.dirname, '../tests/fixtures/demo-helpdesk');
const TEAM_GUIDE = resolve(import.meta.dirname, '../tests/data/guides/account-faq.md');

const PINS = [
  { entry: 'dispatch-policy-faq/q1', note: '배정 지연 문의는 AI 추천 요금 안내까지 꼭 포함', opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' }, complaintBranch: true },
  { entry: 'team-extra/q1', note: '번호 변경은 본인인증 먼저 안내' },
  { entry: 'dispatch-policy-faq/q5' },
];

async function main(): Promise<void> {
  if (spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' }).status !== 0) throw new Error('the extension did not build');
  await mkdir(OUTPUT_DIR, { recursive: true });
  const markdown = await readFile(TEAM_GUIDE, 'utf8');
  const desk = await serveFolder(DESK_DIR);
  const browser = await launchWithExtension({ headless: true });
  try {
    await browser.serviceWorker.evaluate(
      async ({ pins, markdown: guide }) => {
        await chrome.storage.sync.set({ pins, examples: [{ entry: 'team-extra/q1', text: '폰 바꿨는데 카카오T 번호는 어디서 고쳐요' }] });
        // The guide is larger than a sync item: the options page keeps it on this browser (and says so).
        await chrome.storage.local.set({ guides: [{ id: 'team-extra', markdown: guide }] });
      },
      { pins: PINS, markdown },
    );

    const page = await browser.context.newPage();
    await page.goto(`${desk.url}/tickets/1041`);
    const tabId = await tabIdOf(browser.serviceWorker, page.url());
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 1100 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('suggestion').first().waitFor();
    await panel.getByTestId('suggestion').first().getByTestId('copy').click();
    await panel.screenshot({ path: join(OUTPUT_DIR, 'panel-team-pins.png'), fullPage: true });

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('pin-row').first().waitFor();
    await options.getByTestId('pins-editor').screenshot({ path: join(OUTPUT_DIR, 'options-pins.png') });
    await options.getByTestId('guides-editor').screenshot({ path: join(OUTPUT_DIR, 'options-guides.png') });

    const pack = join(tmpdir(), 'replydeck-sample-pack.json');
    await writeFile(
      pack,
      JSON.stringify({ format: 'replydeck-team-pack', version: 1, name: '상담 1팀', pins: [{ entry: 'dispatch-policy-faq/q4', note: '멀티콜은 받는 분 번호 재확인' }, { ...PINS[0], note: '이번 주: 요금 안내 필수' }], openers: { 사과: ['이용에 불편을 드려 정말 죄송합니다.'] } }),
    );
    await options.getByTestId('import-file').setInputFiles(pack);
    await options.getByTestId('import-plan').waitFor();
    await options.getByTestId('pack-transfer').screenshot({ path: join(OUTPUT_DIR, 'options-import.png') });
    await options.getByTestId('usage').screenshot({ path: join(OUTPUT_DIR, 'options-usage.png') });

    // A site profile for the demo desk, checked against its open tab before it is saved.
    const form = options.getByTestId('profile-form');
    await form.locator('input[name="host"]').fill(new URL(desk.url).hostname);
    await form.locator('input[name="messageSelector"]').fill('.message[data-author-role="customer"] .message__body');
    await form.locator('input[name="replySelector"]').fill('form.reply-composer textarea[name="reply"]');
    await options.getByTestId('profile-check').click();
    await options.getByTestId('profile-tab-check').first().waitFor();
    await options.getByTestId('profiles-editor').screenshot({ path: join(OUTPUT_DIR, 'options-profiles.png') });
    console.log(`Screenshots: ${OUTPUT_DIR}`);
  } finally {
    await browser.close();
    await desk.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
