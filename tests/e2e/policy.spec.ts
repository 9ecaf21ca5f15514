import type { Page } from '@playwright/test';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension, tabIdOf } from '../../scripts/browser';
import { expect, test } from './fixtures';
import { openOptions, selectInquiry, TEAM_GUIDE_MARKDOWN } from './team';

/** Where Debian's Chromium reads machine policy at start. */
const POLICY_DIR = '/etc/chromium/policies/managed';

const ORG_NOTE = '조직 공지: 배정 지연은 AI 추천 요금까지 안내';
const PACK = {
  format: 'replydeck-team-pack',
  version: 1,
  name: '상담 본부',
  pins: [
    { entry: 'team-extra/q1', note: '번호 변경은 본인인증 먼저' },
    { entry: 'dispatch-policy-faq/q1', note: ORG_NOTE, opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' }, complaintBranch: true },
  ],
  guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN }],
};

/**
 * The extension under its own id (a copy of the e2e build elsewhere), with `teamPack` set for that
 * id by a machine policy file: only browsers started while the file exists, for this copy, read it.
 */
async function withPolicy(teamPack: unknown, run: (browser: ExtensionBrowser) => Promise<void>): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'replydeck-policy-'));
  const extensionDir = join(home, 'extension');
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const first = await launchWithExtension({ headless: true, extensionDir });
  const id = first.extensionId;
  await first.close();
  const file = join(POLICY_DIR, `replydeck-e2e-${id}.json`);
  await mkdir(POLICY_DIR, { recursive: true });
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: { teamPack } } } }));
  try {
    // Policy is read at browser start: start it again.
    const browser = await launchWithExtension({ headless: true, extensionDir });
    try {
      await run(browser);
    } finally {
      await browser.close();
    }
  } finally {
    await rm(file, { force: true });
    await rm(home, { recursive: true, force: true });
  }
}

async function panelFor(browser: ExtensionBrowser, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser.serviceWorker, page.url());
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return { page, panel };
}

test("a pack pushed by browser policy pins the organization's answers, adds its guide and site profile, read only", async ({ demoDesk, fixtures }) => {
  const profile = { host: 'localhost', messageSelector: '#inquiry', replySelector: '#rich-reply', subjectSelector: 'h1' };
  await withPolicy({ ...PACK, siteProfiles: [profile] }, async (browser) => {
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.managed.get('teamPack'))).toMatchObject({ teamPack: { name: '상담 본부' } });

    const { page: desk, panel } = await panelFor(browser, `${demoDesk.url}/tickets/1041`);
    const top = panel.getByTestId('suggestion').first();
    await expect(top).toHaveAttribute('data-entry-id', 'dispatch-policy-faq/q1');
    await expect(top).toHaveAttribute('data-pinned', 'organization');
    await expect(top.getByTestId('pin-note')).toHaveText(ORG_NOTE);
    const items = panel.locator('[data-testid=team-answers] [data-testid=team-answer]');
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))).toEqual(['team-extra/q1', 'dispatch-policy-faq/q1']);
    await top.getByTestId('insert').click();
    await expect(desk.locator('textarea[name="reply"]')).toHaveValue(/^오래 기다리시게 해서 정말 죄송합니다\.\n\n[\s\S]*AI 추천 요금의 경우/);

    // The organization's guide answers its own tickets.
    const { page: tool, panel: toolPanel } = await panelFor(browser, `${fixtures.url}/in-house-tool/index.html`);
    await selectInquiry(tool, '통신사 옮기면서 새 번호 받았어요. 앱에 등록된 휴대폰 번호는 어디서 바꾸나요?');
    await expect(toolPanel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'team-extra/q1');
    await selectInquiry(tool, '지난달에 이용한 대리운전 내역은 어디서 볼 수 있어요?');
    await expect(toolPanel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'team-extra/q6');

    // The organization's site profile reads the in-house tool with nothing selected.
    const { panel: profiled } = await panelFor(browser, `http://localhost:${new URL(fixtures.url).port}/in-house-tool/index.html`);
    await expect(profiled.getByTestId('ticket-text')).toContainText('문의 #A-77');
    await expect(profiled.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'dispatch-policy-faq/q5');

    // The lead sees them as the organization's and cannot change them.
    const options = await openOptions(await browser.context.newPage(), browser.extensionId);
    await expect(options.getByTestId('policy-active')).toContainText('상담 본부');
    await expect(options.getByTestId('organization-pins').locator('[data-entry]')).toHaveCount(2);
    await expect(options.locator('[data-testid=guide-row][data-guide-id=team-extra]')).toContainText('조직 정책 (읽기 전용)');
    await expect(options.locator('[data-testid=guide-row][data-guide-id=team-extra] [data-testid=remove-guide]')).toHaveCount(0);
    await expect(options.getByTestId('organization-profile')).toHaveText(/localhost/);
  });
});

test('a malformed policy pack is reported in the panel and ignored; everything else keeps working', async ({ demoDesk }) => {
  const broken = { ...PACK, pins: [{ entry: 'team-extra/q99', opener: { kind: '감사', text: '감사합니다' } }], guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN.replace('**A2.**', '**A8.**') }] };
  await withPolicy(broken, async (browser) => {
    const { page: desk, panel } = await panelFor(browser, `${demoDesk.url}/tickets/1041`);
    const error = panel.getByTestId('policy-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('pins[0].opener.kind');
    await expect(error).toContainText(/guides\[0\]\.markdown \(team-extra\): team-extra\.md: line \d+/);
    const top = panel.getByTestId('suggestion').first();
    await expect(top).toHaveAttribute('data-entry-id', 'q1');
    await expect(top).not.toHaveAttribute('data-pinned', /.+/);
    await expect(panel.getByTestId('team-answers')).toHaveCount(0);
    await top.getByTestId('insert').click();
    await expect(desk.locator('textarea[name="reply"]')).toHaveValue(/카카오 T 대리의 배정 정책은/);
  });
});
