import { OPTIONS_MESSAGES } from './options-messages';
import { PANEL_MESSAGES } from './panel-messages';

export const MESSAGES = { ...PANEL_MESSAGES, ...OPTIONS_MESSAGES };
export type MessageKey = keyof typeof MESSAGES;

/** The `_locales/<lang>/messages.json` of one language. */
export function localeFile(lang: 'ko' | 'en'): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, text]) => [key, { message: text[lang] }]));
}
