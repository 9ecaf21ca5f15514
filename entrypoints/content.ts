import { CONTENT_SCRIPT_MATCHES, findAdapter, type HelpdeskAdapter } from '@/utils/helpdesks';
import { siteProfileAdapter } from '@/utils/helpdesks/site-profile-adapter';
import { siteProfilesItem } from '@/utils/profiles/storage';
import { onMessage, sendMessage } from '@/utils/messaging';
import { EditableTracker } from '@/utils/page/editable-tracker';
import { createReplyInserter } from '@/utils/page/insert-reply';
import { TicketWatcher } from '@/utils/page/ticket-watcher';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The script may be injected again into a tab that runs it (after install or update): a copy
    // whose extension context is still valid keeps the page, or every reply would go in twice.
    const world = globalThis as { replydeckActive?: () => boolean };
    if (world.replydeckActive?.()) return;
    world.replydeckActive = () => ctx.isValid;

    let profiles: HelpdeskAdapter[] = [];
    const tracker = new EditableTracker(window, ctx.signal);
    const watcher = new TicketWatcher(window, () => findAdapter(document, profiles), tracker, (ticket) => {
      if (!ctx.isValid) return;
      // The panel may be closed; then nobody listens and that is fine.
      Promise.resolve()
        .then(() => sendMessage('ticketChanged', ticket))
        .catch(() => {});
    });
    watcher.start(ctx.signal);
    void siteProfilesItem.getValue().then((saved) => {
      profiles = saved.map(siteProfileAdapter);
      watcher.detectAgain();
    });

    const stopGet = onMessage('getTicket', () => watcher.read());
    const insertReply = createReplyInserter(watcher, tracker);
    const stopInsert = onMessage('insertReply', ({ data }) => insertReply(data));
    ctx.onInvalidated(() => {
      stopGet();
      stopInsert();
    });
  },
});
