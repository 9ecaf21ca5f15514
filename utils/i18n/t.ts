import { browser } from 'wxt/browser';
import { MESSAGES, type MessageKey } from './messages';

/**
 * A UI string in the browser's language (Korean by default, English in an English browser), from
 * the extension's `_locales`; `{0}`, `{1}` … are replaced by `values`. Outside the extension (unit
 * tests) the Korean catalog answers.
 */
export function t(key: MessageKey, ...values: Array<string | number>): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0]);
  } catch {
    // No extension context (unit tests): fall through to the catalog.
  }
  // Only unit tests run without the extension's _locales: the catalog ships in no bundle (Vite folds
  // MODE to a constant and drops this branch with the catalog's import).
  if (!text && import.meta.env.MODE === 'test') text = MESSAGES[key].ko;
  return values.reduce<string>((result, value, index) => result.replaceAll(`{${index}}`, String(value)), text);
}
