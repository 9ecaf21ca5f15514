import { normalizeText } from './text';

/** Raw characters read at most: a megabyte-long ticket costs no more than a long one. */
export const MAX_INPUT_CHARS = 20_000;
/** Characters of the question part that are matched: the start and end of a long message. */
const FOCUS_HEAD = 1_400;
const FOCUS_TAIL = 600;

export interface NoiseRules {
  quoteLine: string;
  historyStart: string;
  greeting: string[];
  signature: string[];
}

export interface FocusedText {
  /** The part that asks: without quoted history, greetings and signatures. */
  question: string;
  /** Everything read (capped), for cues that may sit anywhere. */
  whole: string;
}

function isNoiseLine(line: string, markers: string[]): boolean {
  const plain = normalizeText(line).replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  if (plain === '' || plain.length > 24) return false;
  return markers.some((marker) => plain.startsWith(marker.trim()) || plain.endsWith(marker.trim()));
}

function cap(text: string): string {
  if (text.length <= FOCUS_HEAD + FOCUS_TAIL) return text;
  return `${text.slice(0, FOCUS_HEAD)}\n${text.slice(-FOCUS_TAIL)}`;
}

/** Separates the customer's question from what surrounds it in a message. */
export function createFocuser(rules: NoiseRules): (text: string) => FocusedText {
  const quote = new RegExp(rules.quoteLine, 'i');
  const history = new RegExp(rules.historyStart, 'i');
  const noise = [...rules.greeting, ...rules.signature].map((marker) => normalizeText(marker));

  return (text) => {
    const lines = text.slice(0, MAX_INPUT_CHARS).split(/\r?\n/);
    const kept: string[] = [];
    for (const line of lines) {
      if (history.test(line)) break;
      if (quote.test(line) || isNoiseLine(line, noise)) continue;
      kept.push(line);
    }
    const question = kept.join('\n').trim();
    const whole = lines.join('\n');
    return { question: cap(question || whole), whole: cap(whole) };
  };
}
