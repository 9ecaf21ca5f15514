import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * On tests/fixtures/in-house-tool/index.html read through a site profile (#inquiry → #rich-reply):
 * the panel shows the customer's question, ranks the number-exposure answer first, and 넣기 puts it
 * into the tool's rich reply box.
 */
export async function expectInHouseToolAnswered(page: Page, panel: Page): Promise<void> {
  await expect(panel.getByTestId('ticket-text')).toContainText('제 휴대폰 번호가 기사님한테 보이나요?');
  const top = panel.getByTestId('suggestion').first();
  await expect(top).toHaveAttribute('data-entry-id', 'q5');
  await top.getByTestId('insert').click();
  await expect(panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
  await expect(page.locator('#rich-reply')).toContainText('전화번호가 노출되지 않습니다.');
}
