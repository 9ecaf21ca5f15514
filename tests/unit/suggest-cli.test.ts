import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFaqDocument } from '../../scripts/generate-kb';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'knowledge/dispatch-policy-faq.md'), 'utf8');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replydeck-kb-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function suggest(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/suggest.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('suggest CLI', () => {
  it('prints one JSON object, best first', () => {
    const { code, stdout } = suggest(['--json', '기사님이 배정됐는데 호출 취소하면 불이익 있나요?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.clarify).toBeNull();
    expect(result.suggestions[0]).toMatchObject({ id: 'q2', question: '호출 후 취소할 수 있나요?', subtype: '기타', opener: { kind: expect.any(String) } });
    expect(result.suggestions[0].reply).toContain("화면 상단의 '호출 취소' 버튼");
    expect(result.suggestions[0].confidence).toBeGreaterThan(0.5);
  });

  it('answers JSON lines in order in one process, keeps bad lines in place and fails at the end', () => {
    const input = ['{"text":"전화번호 잘못 입력했어요"}', 'oops', '{"text":"오늘 날씨 좋네요"}', '{"txt":"x"}', ''].join('\n');
    const { code, stdout, stderr } = suggest(['--jsonl'], input);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].suggestions[0].id).toBe('q4');
    expect(lines[1].error).toMatch(/^line 2: not valid JSON/);
    expect(lines[2]).toEqual({ suggestions: [], clarify: null, questions: [], escalate: null });
    expect(lines[3].error).toMatch(/^line 4: expected an object with a "text" string/);
    expect(stderr).toContain('stdin line 2');
    expect(code).toBe(1);
  });

  it('matches against given FAQ documents: thousands of entries, with or without a table of contents', () => {
    const dir = tempDir();
    const large = join(dir, 'large.md');
    writeFileSync(large, generateFaqDocument(SEED.replace(/\* \*\*목차\*\*[\s\S]*?(?=\n─)/, ''), 3000));
    const { code, stdout } = suggest(['--kb', large, '--json', '멀티콜 전화번호를 잘못 넣었어요']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).suggestions[0].id).toBe('q4');
  });

  it('names the file and line of a malformed FAQ and exits non-zero', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '# 가이드\n\n**Q1. 질문?**\n\n**A2.**\n**② 기본안내**답\n');
    const result = suggest(['--kb', bad, '--json', '질문']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: line 5: answer heading A2 does not match question Q1`);
    const missing = suggest(['--kb', join(dir, 'missing.md'), '--json', '질문']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.md: cannot read the FAQ document (ENOENT)');
  });
});
