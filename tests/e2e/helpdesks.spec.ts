import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

/** What tests/fixtures/helpdesks/<id>.expect.json says to do and expect (see shared/helpdesk-fixture.ts). */
interface Expectations {
  tickets: Array<{ open: string | null; key: string; text: string; entry: string }>;
  opensReply?: boolean;
  note?: { enter: string[]; switch: boolean; editor?: string };
}

const DIR = resolve(import.meta.dirname, '../fixtures/helpdesks');
const HELPDESKS = readdirSync(DIR)
  .filter((file) => file.endsWith('.expect.json'))
  .map((file) => ({ id: file.replace('.expect.json', ''), expect: JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as Expectations }));

/** A ticket switch must reach the panel within this long (the target). */
const SWITCH_FOLLOWED_MS = 500;

for (const { id, expect: expectations } of HELPDESKS) {
  test(`${id}: the panel reads each ticket, follows switches, and inserts into that ticket's reply box`, async ({ openWithPanel, fixturePages }) => {
    const { page, panel } = await openWithPanel(`${fixturePages.url}/helpdesks/${id}.html`);
    await page.waitForFunction(() => window.fixtureReady === true);
    const ticketText = panel.getByTestId('ticket-text');
    const composerMode = () => page.evaluate(() => window.helpdeskFixture!.composerMode());
    if (expectations.opensReply) expect(await composerMode(), 'no composer before Reply').toBe('closed');

    for (const [index, ticket] of expectations.tickets.entries()) {
      if (ticket.open) {
        await page.bringToFront();
        await page.locator(ticket.open).first().click();
        const switched = Date.now();
        await expect(ticketText).toContainText(ticket.text, { timeout: SWITCH_FOLLOWED_MS });
        test.info().annotations.push({ type: 'switch followed', description: `${ticket.key}: ${Date.now() - switched} ms` });
      } else {
        await expect(ticketText).toContainText(ticket.text);
      }
      const top = panel.getByTestId('suggestion').first();
      await expect(top, `ticket ${index + 1} (${ticket.key})`).toHaveAttribute('data-entry-id', ticket.entry);
      const reply = (await top.getByTestId('reply').inputValue()).trim();
      const lastLine = reply.split('\n').at(-1)!;

      await top.getByTestId('insert').click();
      await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
      await expect.poll(() => page.evaluate(() => window.helpdeskFixture!.replyText())).toContain(lastLine);
      const inserted = await page.evaluate(() => window.helpdeskFixture!.replyText());
      expect(inserted.split(lastLine), 'inserted exactly once').toHaveLength(2);
      expect(await composerMode(), 'inserted as a public reply').toBe('reply');
      // What the product would store for the reply carries the reply's paragraphs only.
      const html = await page.evaluate(() => window.helpdeskFixture!.replyHtml?.() ?? null);
      if (html !== null) expect(html, 'no inline style or wrapper span in the stored reply').not.toMatch(/\sstyle=|<span\b/i);
    }
  });

  const note = expectations.note;
  if (!note) continue;
  test(`${id}: nothing goes into an internal note; ${note.switch ? 'one click switches to a public reply and inserts' : 'the counselor is told to switch'}`, async ({ openWithPanel, fixturePages }) => {
    const { page, panel } = await openWithPanel(`${fixturePages.url}/helpdesks/${id}.html`);
    await page.waitForFunction(() => window.fixtureReady === true);
    const first = expectations.tickets[0]!;
    await expect(panel.getByTestId('ticket-text')).toContainText(first.text);
    await page.bringToFront();
    for (const selector of note.enter) await page.locator(selector).first().click();
    const composerMode = () => page.evaluate(() => window.helpdeskFixture!.composerMode());
    expect(await composerMode(), 'the agent made the composer a note').toBe('note');
    const noteText = () => page.evaluate(() => window.helpdeskFixture!.replyText());
    const noteBefore = await noteText();

    const top = panel.getByTestId('suggestion').first();
    await expect(top).toHaveAttribute('data-entry-id', first.entry);
    const lastLine = (await top.getByTestId('reply').inputValue()).trim().split('\n').at(-1)!;
    const switchAndInsert = panel.getByTestId('notice-switch');
    if (noteBefore.trim() !== '') {
      // The agent's own note is never made public by a switch: refused, with nothing to click.
      await top.getByTestId('insert').click();
      await expect(panel.getByTestId('notice')).toContainText('메모가 적혀 있어');
      await expect(switchAndInsert).toHaveCount(0);
      expect(await noteText(), 'the note is untouched').toBe(noteBefore);
      expect(note.editor, 'expect.json names the note editor to empty').toBeTruthy();
      await page.bringToFront();
      await page.locator(note.editor!).first().click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Delete');
      await expect.poll(noteText).toBe('');
    }
    await top.getByTestId('insert').click();
    await expect(panel.getByTestId('notice')).toContainText('내부 메모');
    expect(await noteText(), 'the note is untouched').toBe(noteBefore.trim() === '' ? noteBefore : '');
    expect(await composerMode()).toBe('note');

    if (!note.switch) {
      await expect(switchAndInsert).toHaveCount(0);
      return;
    }
    await switchAndInsert.click();
    await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
    expect(await composerMode(), 'switched to a public reply').toBe('reply');
    const inserted = await page.evaluate(() => window.helpdeskFixture!.replyText());
    expect(inserted.split(lastLine), 'inserted exactly once').toHaveLength(2);
  });
}
