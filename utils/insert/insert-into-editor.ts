import { isTextField, type CaretMemory } from '../dom/editable';
import { placeCaret, type InsertMode } from './caret';
import { detectEditorFamily, type InsertMethod } from './editor-family';
import { METHODS } from './methods';
import { delay, waitUntil } from '../wait';

export interface InsertOutcome {
  ok: boolean;
  /** The editor family recognised, e.g. `ckeditor5`. */
  family: string;
  /** The method that put the reply in, when one did. */
  method?: InsertMethod;
}

/**
 * Rich editors read the DOM selection into their model from `selectionchange`, some throttled
 * (Slate: 100 ms): a selection made or restored just before must reach the model first.
 */
const SELECTION_SETTLE_MS = 150;
/** How long an editor that took the paste may take to show it (some apply pastes asynchronously). */
const HANDLED_WAIT_MS = 1_500;

function contentOf(element: HTMLElement): string {
  return isTextField(element) ? element.value : (element.textContent ?? '');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && needle; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Whether the reply now stands in the element once more than before: first and last lines, spacing aside. */
function landed(element: HTMLElement, text: string, before: string): boolean {
  const lines = text.split('\n').map(squeeze).filter(Boolean);
  if (lines.length === 0) return true;
  const now = squeeze(contentOf(element));
  const first = lines[0]!;
  return occurrences(now, first) > occurrences(squeeze(before), first) && now.includes(lines[lines.length - 1]!);
}

/**
 * Inserts `text` into the editor the caret memory points at, through the editor family's methods
 * in order, and verifies that the editor's content shows it. Never inserts twice: a method that
 * changed the content ends the attempt, and an editor that took the paste gets time to apply it
 * before anything else is tried.
 */
export async function insertIntoEditor(memory: CaretMemory, text: string, mode: InsertMode = 'caret'): Promise<InsertOutcome> {
  const { element } = memory;
  const family = detectEditorFamily(element);
  const draft = contentOf(element);
  const body = mode === 'append' && draft.trim() !== '' ? `\n\n${text}` : text;

  placeCaret(memory, mode);
  if (!isTextField(element)) await delay(SELECTION_SETTLE_MS);

  for (const method of family.methods) {
    const before = contentOf(element);
    const result = METHODS[method](element, body);
    if (result === 'skipped') continue;
    if (await waitUntil(() => landed(element, text, before), result === 'handled' ? HANDLED_WAIT_MS : 0)) {
      return { ok: true, family: family.id, method };
    }
    // Once the content changed, another method could insert the reply a second time: stop here.
    if (contentOf(element) !== before) return { ok: false, family: family.id };
  }
  return { ok: false, family: family.id };
}
