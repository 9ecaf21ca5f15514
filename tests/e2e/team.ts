import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from './fixtures';

/** A development guide used as a team's own guide (tests/data/guides). */
export const TEAM_GUIDE_FILE = resolve(import.meta.dirname, '../data/guides/account-faq.md');
export const TEAM_GUIDE_MARKDOWN = readFileSync(TEAM_GUIDE_FILE, 'utf8');

export async function openOptions(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('pins-editor')).toBeVisible();
  return page;
}

interface PinDraft {
  entry: string;
  note?: string;
  opener?: { kind: string; text: string };
  branch?: 'auto' | 'always' | 'never';
}

/** Pins an entry through the options page's form, as a lead does. */
export async function pinThroughOptions(options: Page, pin: PinDraft): Promise<void> {
  const form = options.getByTestId('pin-form');
  await form.getByTestId('pin-entry').selectOption(pin.entry);
  if (pin.note) await form.getByTestId('pin-note-input').fill(pin.note);
  if (pin.opener) {
    await form.getByTestId('pin-opener-kind').selectOption(pin.opener.kind);
    await form.getByTestId('pin-opener-text').selectOption(pin.opener.text);
  }
  if (pin.branch) await form.getByTestId('pin-branch').selectOption(pin.branch);
  await form.getByTestId('pin-save').click();
  await expect(options.locator(`[data-testid=pin-row][data-pin-entry="${pin.entry}"]`)).toBeVisible();
}

export async function pinRows(options: Page): Promise<string[]> {
  return options.getByTestId('pin-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pin-entry') ?? ''));
}

/** Makes the in-house tool's inquiry say `text` and selects it: the panel's ticket on a page without an adapter. */
export async function selectInquiry(page: Page, text: string): Promise<void> {
  await page.locator('#inquiry').evaluate((paragraph, inquiry) => {
    paragraph.textContent = inquiry;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}
