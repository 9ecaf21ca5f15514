import { storage } from 'wxt/utils/storage';
import { maskPersonalData } from './mask-personal-data';

/** A counselor's 추천이 맞지 않아요: the ticket's text, what it should have matched (nothing: `[]`) and what was suggested. */
export interface Feedback {
  text: string;
  /** Qualified entry ids (`dispatch-policy-faq/q1`); empty when no entry answers the ticket. */
  expect: string[];
  suggested: string[];
  at: string;
}

/** The newest are kept: enough for a lead's weekly look, little enough for local storage. */
const KEPT = 500;

export const feedbackItem = storage.defineItem<Feedback[]>('local:feedback', { fallback: [], version: 1, migrations: {} });

export function addFeedback(list: Feedback[], item: Feedback): Feedback[] {
  return [...list, item].slice(-KEPT);
}

/**
 * The feedback as labelled ticket lines in the evaluation format (`npm run eval -- --tickets`):
 * one `{"text","expect"}` per line, personal data masked unless the lead turns it off.
 */
export function feedbackLines(list: readonly Feedback[], options: { mask: boolean }): string {
  return list.map((item) => `${JSON.stringify({ text: options.mask ? maskPersonalData(item.text) : item.text, expect: item.expect })}\n`).join('');
}
