import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'replydeck-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function evaluate(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/eval.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const GUIDE = '# 포인트\n\n**Q1. 포인트는 언제 적립되나요?**\n\n**A1.**\n\n**② 기본안내**운행 완료 후 24시간 안에 포인트가 적립됩니다.\n';

describe('eval CLI', () => {
  it('measures a guide on the labelled tickets given, and prints one row per way of loading it', () => {
    const guide = join(dir, 'points.md');
    const tickets = join(dir, 'points-tickets.jsonl');
    writeFileSync(guide, GUIDE);
    writeFileSync(tickets, `${JSON.stringify({ id: 'p1', text: '포인트 적립은 언제 되나요?', expected: ['q1'], opener: '호응' })}\n${JSON.stringify({ id: 'p2', text: '오늘 날씨 어때요', expected: [], opener: '호응' })}\n`);
    const { code, stdout } = evaluate(['--kb', guide, '--tickets', tickets]);
    expect(code).toBe(0);
    expect(stdout).toContain('| points [points-tickets], guide alone | 2 | 100.0% (1/1) |');
    expect(stdout).toContain('| 100.0% (1/1) |');
  });

  it("reads the options page's feedback export: `expect`, qualified ids, no ticket ids", () => {
    const guide = join(dir, 'points.md');
    const tickets = join(dir, 'feedback.jsonl');
    writeFileSync(guide, GUIDE);
    writeFileSync(tickets, `${JSON.stringify({ text: '포인트 적립은 언제 되나요?', expect: ['points/q1'] })}\n${JSON.stringify({ text: '오늘 날씨 어때요', expect: [] })}\n`);
    const { code, stdout } = evaluate(['--kb', guide, '--tickets', tickets]);
    expect(code).toBe(0);
    expect(stdout).toContain('| points [feedback], guide alone | 2 | 100.0% (1/1) |');
  });

  it('lists the misses of development tickets with --verbose, never those of held-out tickets', () => {
    const guide = join(dir, 'points.md');
    writeFileSync(guide, GUIDE);
    const miss = `${JSON.stringify({ id: 'p9', text: '오늘 날씨 어때요', expected: ['q1'] })}\n`;
    for (const [name, printed] of [
      ['points.dev.jsonl', true],
      ['points.holdout.jsonl', false],
    ] as const) {
      writeFileSync(join(dir, name), miss);
      const { code, stdout } = evaluate(['--kb', guide, '--tickets', join(dir, name), '--verbose']);
      expect(code).toBe(0);
      expect(stdout.includes('p9 expected q1'), name).toBe(printed);
    }
  });

  it('rejects an option it does not know, and a file that is not there, instead of ignoring them', () => {
    const unknown = evaluate(['--data', 'tests/data/x.jsonl']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --data');
    const missing = evaluate(['--kb', join(dir, 'missing.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.md: no such file');
  });

  it('names the file and line of a bad ticket line', () => {
    const guide = join(dir, 'points.md');
    const tickets = join(dir, 'bad.jsonl');
    writeFileSync(guide, GUIDE);
    writeFileSync(tickets, '{"id":"p1","text":"포인트","expected":["q1"]}\n{"id":"p2"}\n');
    const { code, stderr } = evaluate(['--kb', guide, '--tickets', tickets]);
    expect(code).toBe(2);
    expect(stderr).toContain('bad.jsonl: line 2: needs "text" and "expected"');
  });
});
