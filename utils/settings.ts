import { storage } from 'wxt/utils/storage';
import type { InsertMode } from './insert/caret';

/** Where 넣기 and the shortcut put the reply: the counselor's choice, kept on this browser. */
export const insertModeItem = storage.defineItem<InsertMode>('local:insertMode', { fallback: 'caret' });

/** Answers to clarify questions per ticket, for as long as the browser runs (a panel closed and opened again keeps them). */
export const clarifyChoicesItem = storage.defineItem<Array<[string, string]>>('session:clarifyChoices', { fallback: [] });
