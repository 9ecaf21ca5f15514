import { editableText } from '../dom/editable';
import { detectEditorFamily } from '../insert/editor-family';
import { insertIntoEditor } from '../insert/insert-into-editor';
import type { InsertRequest, InsertResult } from '../messaging';
import type { EditableTracker } from './editable-tracker';
import { waitUntil } from '../wait';
import type { TicketWatcher } from './ticket-watcher';
import { errorText } from '../error-text';

/** How long a reply box may take to appear after the helpdesk's Reply button was clicked. */
const REPLY_BOX_WAIT_MS = 2_000;

/**
 * Inserts a composed reply into the open ticket's reply box, refusing if the ticket changed since
 * the reply was composed. Requests run one at a time, and a repeated request (a double click) is
 * answered with the first one's result instead of inserting again.
 * `installEditorBridge` puts the page-world bridge (page-api-bridge.ts) into the page when an editor needs it.
 */
export function createReplyInserter(watcher: TicketWatcher, tracker: EditableTracker, installEditorBridge: () => Promise<void>) {
  let queue: Promise<unknown> = Promise.resolve();
  const answered = new Map<string, Promise<InsertResult>>();

  /**
   * Why nothing goes into a note, and whether ReplyDeck may switch it: not when the note already
   * holds the counselor's text — products that keep the text across the switch (Zendesk, Zammad)
   * would make that note a public reply.
   */
  function noteRefusal(): Extract<InsertResult, { reason: 'note-mode' }> {
    const box = watcher.replyTarget()?.element;
    const noteHasText = box ? editableText(box) !== '' : false;
    return { ok: false, reason: 'note-mode', canSwitch: watcher.canSwitchToReply() && !noteHasText, noteHasText };
  }

  async function insert(request: InsertRequest): Promise<InsertResult> {
    const ticket = watcher.read();
    if (!ticket || ticket.key !== request.ticketKey) return { ok: false, reason: 'stale-ticket', ticket };
    if (watcher.composerMode() === 'note') {
      const refusal = noteRefusal();
      const switched =
        request.switchToReply && refusal.canSwitch && watcher.switchToReply() && (await waitUntil(() => watcher.composerMode() !== 'note', REPLY_BOX_WAIT_MS, 50));
      if (!switched) return refusal;
    }
    const target = watcher.replyTarget() ?? (watcher.openReplyBox() ? await waitUntil(() => watcher.replyTarget(), REPLY_BOX_WAIT_MS, 50) : null);
    if (!target) return { ok: false, reason: 'no-reply-box' };
    // Opening the reply box may have opened it as a note (a product that remembers the last mode).
    if (watcher.composerMode() === 'note') return noteRefusal();
    await tracker.compositionSettled();
    try {
      // Editors whose undo history only their own API records get the page-world bridge first.
      if (detectEditorFamily(target.element).methods.includes('page-api')) await installEditorBridge().catch(() => {});
      const outcome = await insertIntoEditor(target, request.text, request.mode ?? 'caret');
      return outcome.ok
        ? { ok: true, target: outcome.family }
        : { ok: false, reason: 'failed', detail: `${outcome.family} did not accept the text` };
    } catch (error) {
      return { ok: false, reason: 'failed', detail: errorText(error) };
    }
  }

  return (request: InsertRequest): Promise<InsertResult> => {
    const earlier = request.requestId ? answered.get(request.requestId) : undefined;
    if (earlier) return earlier;
    const result = queue.then(() => insert(request));
    queue = result.catch(() => {});
    if (request.requestId) {
      answered.set(request.requestId, result);
      if (answered.size > 50) answered.delete(answered.keys().next().value!);
    }
    return result;
  };
}
