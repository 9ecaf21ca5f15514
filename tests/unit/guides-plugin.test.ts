import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guidesPlugin } from '../../scripts/guides-plugin';

const GOOD = '# 포인트 가이드\n\n**Q1. 포인트는 언제 적립되나요?**\n\n**A1.**\n\n**② 기본안내**운행 후 적립됩니다.\n';
const BAD = '# 가이드\n\n**Q1. 질문?**\n\n**A2.**\n**② 기본안내**답\n';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function knowledgeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replydeck-guides-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Runs the plugin's load hook as Vite would, with a context whose error() fails the build. */
function load(dir: string): string {
  const plugin = guidesPlugin(dir);
  const resolved = (plugin.resolveId as (id: string) => string)('virtual:replydeck-guides');
  const context = {
    addWatchFile: () => {},
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, resolved);
}

describe('the guides build step', () => {
  it('builds every guide in the folder in, parsed, with its id and cue file', () => {
    const code = load(knowledgeDir({ 'points.md': GOOD, 'points.cues.json': '{"entries":{"q1":{"requires":[["배정"]]}}}', 'extra.md': GOOD }));
    const guides = JSON.parse(code.replace(/^export const BUILTIN_GUIDES = /, '').replace(/;$/, ''));
    expect(guides.map((guide: { id: string }) => guide.id)).toEqual(['extra', 'points']);
    expect(guides[1].document.entries[0]).toMatchObject({ id: 'q1', question: '포인트는 언제 적립되나요?', answer: ['운행 후 적립됩니다.'] });
    expect(guides[1].cues).toEqual({ entries: { q1: { requires: [['배정']] } } });
  });

  it('fails the build naming the file and line of a malformed guide', () => {
    expect(() => load(knowledgeDir({ 'good.md': GOOD, 'bad.md': BAD }))).toThrow(/bad\.md: line 5: answer heading A2 does not match question Q1/);
  });

  it('fails the build naming a cue file that does not fit its guide', () => {
    expect(() => load(knowledgeDir({ 'points.md': GOOD, 'points.cues.json': '{"entries":{"q9":{"requires":[["배정"]]}}}' }))).toThrow(/points\.cues\.json: entries\.q9/);
  });
});
