import type { Worker } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/browser';
import { expect, test } from './fixtures';
import { openOptions, pinRows, pinThroughOptions, selectInquiry, TEAM_GUIDE_FILE } from './team';

const APOLOGY = '오래 기다리시게 해서 정말 죄송합니다.';
const NOTE = '배정 지연 문의는 AI 추천 요금 안내까지 꼭 포함';

function runShortcut(serviceWorker: Worker, tabId: number): Promise<unknown> {
  return serviceWorker.evaluate(
    (id) => (globalThis as unknown as { replydeckTest: { runShortcut: (tabId: number) => Promise<unknown> } }).replydeckTest.runShortcut(id),
    tabId,
  );
}


test("a lead's pin leads the panel with 팀 추천 and the note, in the lead's order, and goes in with the pinned opener and branch", async ({ extension, openDeskWithPanel }) => {
  const options = await openOptions(await extension.context.newPage(), extension.extensionId);
  await pinThroughOptions(options, { entry: 'dispatch-policy-faq/q5', note: '번호 노출 문의는 안심번호 안내' });
  await pinThroughOptions(options, { entry: 'dispatch-policy-faq/q1', note: NOTE, opener: { kind: '사과', text: APOLOGY }, branch: 'always' });
  expect(await pinRows(options)).toEqual(['dispatch-policy-faq/q5', 'dispatch-policy-faq/q1']);
  // Keyboard: ↑ on the row's handle moves it up, and the handle keeps focus for another move.
  await options.locator('[data-pin-entry="dispatch-policy-faq/q1"] [data-testid=pin-handle]').focus();
  await options.keyboard.press('ArrowUp');
  await expect.poll(() => pinRows(options)).toEqual(['dispatch-policy-faq/q1', 'dispatch-policy-faq/q5']);
  await expect(options.locator('[data-pin-entry="dispatch-policy-faq/q1"] [data-testid=pin-handle]')).toBeFocused();
  // Mouse: drag a row onto another's place.
  await options.locator('[data-pin-entry="dispatch-policy-faq/q5"]').dragTo(options.locator('[data-pin-entry="dispatch-policy-faq/q1"]'));
  await expect.poll(() => pinRows(options)).toEqual(['dispatch-policy-faq/q5', 'dispatch-policy-faq/q1']);
  await options.locator('[data-pin-entry="dispatch-policy-faq/q1"] [data-testid=pin-handle]').focus();
  await options.keyboard.press('ArrowUp');
  await expect.poll(() => pinRows(options)).toEqual(['dispatch-policy-faq/q1', 'dispatch-policy-faq/q5']);
  await options.close();

  const { desk, panel } = await openDeskWithPanel('/tickets/1041');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q1');
  await expect(top).toHaveAttribute('data-pinned', 'personal');
  await expect(top.getByTestId('pin-note')).toHaveText(NOTE);
  await expect(top.getByTestId('opener-kind')).toHaveText('사과');
  const items = panel.locator('[data-testid=team-answers] [data-testid=team-answer]');
  await expect(items).toHaveCount(2);
  expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))).toEqual(['q1', 'q5']);

  await top.getByTestId('insert').click();
  const box = desk.locator('textarea[name="reply"]');
  await expect(box).toHaveValue(new RegExp(`^${APOLOGY}\\n\\n카카오 T 대리의 배정 정책은`));
  await expect(box).toHaveValue(/AI 추천 요금의 경우/);

  // The team list inserts its answer whatever the ticket asks.
  await box.fill('');
  await items.nth(1).getByTestId('insert').click();
  await expect(box).toHaveValue(/발신번호 표시 제한/);

  // A pinned entry moves ahead of the matcher's own first choice: the cancel ticket that does not say whether a driver was assigned.
  await desk.locator('[data-ticket-link="1051"]').click();
  await expect(panel.getByTestId('clarify')).toBeVisible();
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q2');
  await extension.serviceWorker.evaluate(async () => {
    const { pins } = await chrome.storage.sync.get('pins');
    await chrome.storage.sync.set({ pins: [...(pins as object[]), { entry: 'dispatch-policy-faq/q3', note: '취소는 호출 중 화면에서' }] });
  });
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q3');
  await expect(panel.getByTestId('suggestion').first().getByTestId('pin-note')).toHaveText('취소는 호출 중 화면에서');
});

test('the keyboard shortcut inserts the pinned answer, composed as pinned', async ({ extension, openDeskWithPanel }) => {
  await extension.serviceWorker.evaluate(
    (pin) => chrome.storage.sync.set({ pins: [pin] }),
    { entry: 'dispatch-policy-faq/q1', opener: { kind: '공감', text: '많이 당황하셨을 것 같습니다.' }, complaintBranch: false },
  );
  const { desk, panel, tabId } = await openDeskWithPanel('/tickets/1041');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-pinned', 'personal');
  expect(await runShortcut(extension.serviceWorker, tabId)).toMatchObject({ ok: true });
  const box = desk.locator('textarea[name="reply"]');
  await expect(box).toHaveValue(/^많이 당황하셨을 것 같습니다\.\n\n카카오 T 대리의 배정 정책은/);
  await expect(box).not.toHaveValue(/AI 추천 요금/);
});

test('export → import into a fresh browser profile carries pins, guides and examples; a malformed pack changes nothing', async ({ extension }) => {
  const options = await openOptions(await extension.context.newPage(), extension.extensionId);
  // A team guide (larger than one sync item may hold: kept on this browser, and said so).
  await options.getByTestId('guide-id').fill('team-extra');
  await options.getByTestId('guide-file').setInputFiles(TEAM_GUIDE_FILE);
  await options.getByTestId('guide-save').click();
  await expect(options.locator('[data-testid=guide-row][data-guide-id=team-extra]')).toBeVisible();
  await expect(options.getByTestId('local-only')).toContainText('상담 가이드');
  await pinThroughOptions(options, { entry: 'team-extra/q1', note: '번호 변경은 본인인증 먼저' });
  await options.getByTestId('example-entry').selectOption('team-extra/q1');
  await options.getByTestId('example-text').fill('폰 바꿨는데 카카오T 번호는 어디서 고쳐요');
  await options.getByTestId('example-save').click();

  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-pack').click();
  const file = join(tmpdir(), `replydeck-pack-${Date.now()}.json`);
  await (await downloading).saveAs(file);
  const pack = JSON.parse(await readFile(file, 'utf8'));
  expect(pack).toMatchObject({ format: 'replydeck-team-pack', version: 1, pins: [{ entry: 'team-extra/q1' }], guides: [{ id: 'team-extra' }], examples: [{ entry: 'team-extra/q1' }] });
  await options.close();

  const fresh = await launchWithExtension({ headless: true });
  try {
    const other = await openOptions(await fresh.context.newPage(), fresh.extensionId);
    // A malformed pack: refused, every problem named, nothing changed.
    const broken = join(tmpdir(), `replydeck-broken-${Date.now()}.json`);
    await writeFile(broken, JSON.stringify({ ...pack, pins: [{ entry: 'team-extra/q1', opener: { kind: '감사', text: '감사합니다' } }] }));
    await other.getByTestId('import-file').setInputFiles(broken);
    await expect(other.getByTestId('lead-status')).toContainText('아무것도 바뀌지 않았습니다');
    await expect(other.getByTestId('lead-status')).toContainText('pins[0].opener.kind');
    await expect(other.getByTestId('import-plan')).toHaveCount(0);
    await expect(other.getByTestId('pin-row')).toHaveCount(0);

    await other.getByTestId('import-file').setInputFiles(file);
    const changes = other.getByTestId('import-change');
    await expect(changes).toHaveText([/추가 고정 답변 team-extra\/q1/, /추가 가이드 team-extra/, /추가 예시 문장 team-extra\/q1/]);
    await other.getByTestId('import-apply').click();
    await expect(other.getByTestId('lead-status')).toContainText('3건을 가져왔습니다');
    expect(await pinRows(other)).toEqual(['team-extra/q1']);
    await expect(other.locator('[data-testid=guide-row][data-guide-id=team-extra]')).toContainText('내 가이드');

    // The imported guide and pin work in that browser's panel.
    await other.getByTestId('check-text').fill('폰 번호가 바뀌었는데 앱에 등록된 번호는 어디서 바꾸나요?');
    await other.getByTestId('check-run').click();
    await expect(other.getByTestId('check-suggestion').first()).toHaveAttribute('data-entry-id', 'team-extra/q1');
    await expect(other.getByTestId('check-suggestion').first()).toContainText('팀 추천');
  } finally {
    await fresh.close();
  }
});

test("a counselor's 추천이 맞지 않아요 is exported by the lead as a labelled ticket line, personal data masked", async ({ extension, fixtures, openWithPanel }) => {
  const { page, panel } = await openWithPanel(`${fixtures.url}/in-house-tool/index.html`);
  await selectInquiry(page, '홍길동 고객입니다. 제 번호 010-1234-5678이 기사님한테 보이나요?');
  await expect(panel.getByTestId('suggestion').first()).toHaveAttribute('data-entry-id', 'q5');
  await panel.getByTestId('report-mismatch').click();
  await panel.getByTestId('mismatch-entry').selectOption('dispatch-policy-faq/q4');
  await panel.getByTestId('mismatch-save').click();
  await expect(panel.getByTestId('notice')).toContainText('기록했습니다');
  await panel.getByTestId('suggestion').first().getByTestId('copy').click();

  const options = await openOptions(await extension.context.newPage(), extension.extensionId);
  await expect(options.locator('[data-testid=usage-table] tr[data-entry="dispatch-policy-faq/q5"] td').nth(2)).toHaveText('1');
  await expect(options.getByTestId('feedback-mask')).toBeChecked();
  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-feedback').click();
  const lines = (await readFile(await (await downloading).path(), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toEqual([{ text: '[이름] 고객입니다. 제 번호 [전화번호]이 기사님한테 보이나요?', expect: ['dispatch-policy-faq/q4'] }]);
  await options.close();
});
