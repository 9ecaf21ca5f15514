// `npm run --silent suggest -- [--kb FILE.md]… (--json "ticket text" | --jsonl < tickets.jsonl | "ticket text")`
// Suggests guide answers for ticket text, as ReplyDeck's panel would. Exit codes: 0 ok, 1 a bad
// input line (the others are still answered), 2 bad arguments or an unreadable/malformed FAQ.
import { createInterface } from 'node:readline';
import { createMatcher, type MatchResult, type Matcher } from '../utils/match/matcher';
import { loadKnowledge } from './knowledge-files';

const USAGE = `usage: npm run --silent suggest -- [--kb FILE.md]... (--json "ticket text" | --jsonl < tickets.jsonl | "ticket text")`;

interface Options {
  kb: string[];
  mode: 'json' | 'jsonl' | 'text';
  text: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { kb: [], mode: 'text', text: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--kb') {
      const file = argv[++i];
      if (!file) throw new UsageError('--kb needs a FAQ file');
      options.kb.push(file);
    } else if (arg === '--jsonl') options.mode = 'jsonl';
    else if (arg === '--json') options.mode = 'json';
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.text === null) options.text = arg;
    else throw new UsageError('give the ticket text as one argument (quote it)');
  }
  if (options.mode !== 'jsonl' && options.text === null) throw new UsageError('no ticket text given');
  return options;
}

class UsageError extends Error {}

/** The CLI's JSON shape: plain data, confidence rounded to two decimals. */
function toJson(result: MatchResult) {
  return {
    suggestions: result.suggestions.map(({ entry, confidence, opener, reply, subtype }) => ({
      id: entry.id,
      question: entry.question,
      confidence: Math.round(confidence * 100) / 100,
      opener,
      reply,
      subtype,
    })),
    clarify: result.clarify,
    questions: result.questions,
    escalate: result.escalate,
  };
}

function toText(result: MatchResult): string {
  if (result.escalate) return `에스컬레이션: ${result.escalate.reason} — 상담 가이드의 답변으로 안내하지 말고 절차에 따라 처리하세요.`;
  if (result.suggestions.length === 0) return '추천 없음: 상담 가이드에 맞는 답변이 없습니다.';
  const lines = result.suggestions.map(
    ({ entry, confidence, opener, subtype }, index) =>
      `${index + 1}. [${entry.id}] ${entry.question} (${Math.round(confidence * 100)}%, 감성표현 ${opener.kind}${subtype ? `, ${subtype}` : ''})`,
  );
  if (result.questions.length > 1) lines.push(`두 가지 문의: ${result.questions.join(', ')}`);
  if (result.clarify) lines.push(`확인 질문: ${result.clarify.question} → ${result.clarify.options.map((option) => `${option.label} = ${option.id}`).join(', ')}`);
  return [...lines, '', result.suggestions[0]!.reply].join('\n');
}

async function answerLines(match: Matcher): Promise<boolean> {
  let clean = true;
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    let output: unknown;
    try {
      const parsed: unknown = JSON.parse(line);
      const text = (parsed as { text?: unknown } | null)?.text;
      if (typeof text !== 'string') throw new Error('expected an object with a "text" string, like {"text": "…"}');
      output = toJson(match(text));
    } catch (error) {
      clean = false;
      const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message;
      output = { error: `line ${lineNo}: ${reason}` };
      process.stderr.write(`stdin line ${lineNo}: ${reason}\n`);
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return clean;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let match: Matcher;
  try {
    match = createMatcher(loadKnowledge(options.kb.length > 0 ? options.kb : undefined));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (options.mode === 'jsonl') return (await answerLines(match)) ? 0 : 1;
  const result = match(options.text!);
  process.stdout.write(`${options.mode === 'json' ? JSON.stringify(toJson(result)) : toText(result)}\n`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
