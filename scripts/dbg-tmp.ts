import { chromium } from '@playwright/test';
import { serveFolder } from './static-server';
const server = await serveFolder('/work/main/.output/fixture-pages');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const name of ['ckeditor4', 'tinymce', 'quill']) {
  const page = await b.newPage();
  await page.goto(`${server.url}/editors/${name}.html`);
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
  await page.locator('#ticket').click({ clickCount: 3 });
  console.log(name, await page.evaluate(() => {
    const r = getSelection()!.getRangeAt(0);
    const out = [];
    for (const n of [r.startContainer, r.endContainer]) out.push(n.nodeType === 3 ? `#text(${JSON.stringify(n.nodeValue!.slice(0, 20))}) in <${n.parentElement!.tagName.toLowerCase()} class=${n.parentElement!.className}>` : `<${(n as Element).tagName.toLowerCase()} class=${(n as Element).className} id=${(n as Element).id}>`);
    return { start: out[0] + ' @' + r.startOffset, end: out[1] + ' @' + r.endOffset, text: JSON.stringify(getSelection()!.toString()) };
  }));
}
await b.close(); await server.close();
