import type { FrameLocator, Locator, Page } from '@playwright/test';
import { TICKET_TEXT } from '../fixtures/editors/shared/fixture';
import { expect, test } from './fixtures';

/**
 * Every editor family with a fixture page in tests/fixtures/editors (built from the real npm packages).
 * Redactor (osTicket's rich text) has none: it is a commercial library that no npm package ships, so
 * its page-world insertion (utils/insert/page-api-bridge.ts) is checked by a unit test only.
 */
const EDITORS = ['textarea', 'react-textarea', 'vue-textarea', 'contenteditable', 'prosemirror', 'tiptap', 'quill', 'draftjs', 'lexical', 'slate', 'ckeditor5', 'ckeditor4', 'tinymce', 'summernote'];

/** Paragraph breaks differ between plain text (blank line) and rich editors (one block per paragraph). */
const blocks = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').trim();
/**
 * Content and order only: pasted into the middle of a paragraph, some editors (CKEditor 4, TinyMCE)
 * keep the reply's paragraphs as blocks of their own instead of merging the first and last into it.
 */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * What makes stored HTML unclean: every `<span …>` tag and every `style="…"` attribute, as written.
 * An insertion may only bring ones the draft already had (Lexical, say, writes each text run as a
 * span of its own), never new ones such as a browser's `<span style="font-size:1em;…">` wrapper.
 */
function styleMarks(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/<span\b[^>]*>|\bstyle\s*=\s*("[^"]*"|'[^']*')/gi), ([mark]) => mark.toLowerCase()));
}

interface EditorPage {
  page: Page;
  panel: Page;
  editable: Locator;
  /** The reply the panel composed for the page's ticket. */
  reply: string;
  state(): Promise<string>;
  /** The editor's own output, as the helpdesk would store or post it (fixture `html()`). */
  html(): Promise<string>;
}

for (const name of EDITORS) {
  test.describe(name, () => {
    async function open(openWithPanel: (url: string) => Promise<{ page: Page; panel: Page }>, baseUrl: string): Promise<EditorPage> {
      const { page, panel } = await openWithPanel(`${baseUrl}/editors/${name}.html`);
      await page.waitForFunction(() => window.fixtureReady === true);
      const { editable: selector, frame } = await page.evaluate(() => ({ editable: window.fixture!.editable, frame: window.fixture!.frame }));
      const scope: Page | FrameLocator = frame ? page.frameLocator(frame) : page;
      // A counselor triple-clicks the customer's message: Chromium ends that selection at the start
      // of the next block, the editor below. It is still the customer's text.
      await page.locator('#ticket').click({ clickCount: 3 });
      await expect(panel.getByTestId('ticket-text')).toHaveText(TICKET_TEXT);
      const top = panel.getByTestId('suggestion').first();
      await expect(top).toHaveAttribute('data-entry-id', 'q4');
      const reply = (await top.getByTestId('reply').inputValue()).trim();
      await page.bringToFront();
      return {
        page,
        panel,
        editable: scope.locator(selector).first(),
        reply,
        state: () => page.evaluate(() => window.fixture!.text()),
        html: () => page.evaluate(() => window.fixture!.html()),
      };
    }

    async function insert(editor: EditorPage): Promise<void> {
      await editor.panel.getByTestId('suggestion').first().getByTestId('insert').click();
      await expect(editor.panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
    }

    test('a triple-clicked customer message above the editor is the ticket; the reply goes in, paragraphs kept, exactly once', async ({ openWithPanel, fixturePages }) => {
      const editor = await open(openWithPanel, fixturePages.url);
      await editor.editable.click();
      await insert(editor);
      expect(blocks(await editor.state())).toBe(blocks(editor.reply));
    });

    test('inserts at the caret in the middle of a draft and one undo takes it back', async ({ openWithPanel, fixturePages }) => {
      const editor = await open(openWithPanel, fixturePages.url);
      await editor.editable.click();
      await editor.page.keyboard.type('Hello world');
      for (let i = 0; i < 5; i++) await editor.page.keyboard.press('ArrowLeft');
      // A counselor takes a moment to reach the panel; editors merge edits made within about a
      // second into one undo step (Quill: 1 s), which would fold the typed draft into the insertion.
      await editor.page.waitForTimeout(1_100);
      await insert(editor);
      const state = await editor.state();
      expect(squeezed(state)).toBe(squeezed(`Hello ${editor.reply}world`));
      const lastParagraph = editor.reply.split('\n').at(-1)!;
      expect(state.split(lastParagraph)).toHaveLength(2);

      await editor.page.bringToFront();
      await editor.page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => editor.state().then(blocks)).toBe('Hello world');
    });

    test('replaces the selected text', async ({ openWithPanel, fixturePages }) => {
      const editor = await open(openWithPanel, fixturePages.url);
      await editor.editable.click();
      await editor.page.keyboard.type('Hello world');
      for (let i = 0; i < 5; i++) await editor.page.keyboard.press('Shift+ArrowLeft');
      await insert(editor);
      expect(squeezed(await editor.state())).toBe(squeezed(`Hello ${editor.reply}`));
    });

    test("the editor's own output after a multi-line reply holds no style attribute or span the draft did not have", async ({ openWithPanel, fixturePages }) => {
      const editor = await open(openWithPanel, fixturePages.url);
      expect(blocks(editor.reply).split('\n').length, 'a reply of several lines').toBeGreaterThan(1);
      await editor.editable.click();
      await editor.page.keyboard.type('Hello world');
      const draft = styleMarks(await editor.html());
      await insert(editor);
      expect(squeezed(await editor.state())).toContain(squeezed(editor.reply));
      const output = await editor.html();
      expect([...styleMarks(output)].filter((mark) => !draft.has(mark)), `new style attributes or spans in ${output}`).toEqual([]);
    });

    test('a double click inserts once', async ({ openWithPanel, fixturePages }) => {
      const editor = await open(openWithPanel, fixturePages.url);
      await editor.editable.click();
      await editor.panel.getByTestId('suggestion').first().getByTestId('insert').dblclick();
      await expect(editor.panel.getByTestId('notice')).toContainText('답장 입력창에 넣었습니다');
      await editor.page.waitForTimeout(300);
      expect(blocks(await editor.state())).toBe(blocks(editor.reply));
    });
  });
}
