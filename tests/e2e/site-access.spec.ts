import { resolve } from 'node:path';
import { serveFolder } from '../../scripts/static-server';
import { expect, test } from './fixtures';

test('on a site without permission the panel offers "use on this site" and grants nothing by itself', async ({ extension, openWithPanel }) => {
  // 127.0.0.2 is loopback too, but outside the extension's host permissions: no content script runs there.
  const other = await serveFolder(resolve(import.meta.dirname, '../fixtures'), { host: '127.0.0.2' });
  try {
    const { panel } = await openWithPanel(`${other.url}/in-house-tool/index.html`);
    await expect(panel.getByTestId('unreachable')).toContainText('이 사이트에서 사용하도록 허용하세요');
    // Opened as a tab by automation, the panel has no activeTab grant and cannot see the site's
    // address, so it explains how to proceed instead of asking for a broad permission.
    await panel.getByTestId('allow-site').click();
    await expect(panel.getByTestId('notice')).toContainText('툴바의 ReplyDeck 버튼으로 패널을 연 뒤');
    const { granted, required } = await extension.serviceWorker.evaluate(async () => ({
      granted: (await chrome.permissions.getAll()).origins ?? [],
      required: chrome.runtime.getManifest().host_permissions ?? [],
    }));
    expect(granted.sort()).toEqual([...required].sort());
    expect(granted.some((origin) => origin.includes('127.0.0.2') || origin.includes('*://*'))).toBe(false);
  } finally {
    await other.close();
  }
});
