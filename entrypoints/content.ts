import { findAdapter, type HelpdeskAdapter } from '@/utils/helpdesks';
import { HOSTED_HELPDESK_MATCHES } from '@/utils/helpdesks/hosts';
import { siteProfileAdapter } from '@/utils/helpdesks/site-profile-adapter';
import { onMessage, sendMessage } from '@/utils/messaging';
import { EditableTracker } from '@/utils/page/editable-tracker';
import { serveFeed } from '@/utils/page/feed';
import { createReplyInserter } from '@/utils/page/insert-reply';
import { serveProfileTools } from '@/utils/page/profile-tools';
import { TicketWatcher } from '@/utils/page/ticket-watcher';
import type { SiteProfile } from '@/utils/profiles/site-profile';
import { siteProfilesItem } from '@/utils/profiles/storage';
import { readPolicy, watchPolicy } from '@/utils/team/policy';

export default defineContentScript({
  matches: HOSTED_HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The script may be injected again into a tab that runs it (after install or update): a copy
    // whose extension context is still valid keeps the page, or every reply would go in twice.
    const world = globalThis as { replydeckActive?: () => boolean };
    if (world.replydeckActive?.()) return;
    world.replydeckActive = () => ctx.isValid;

    let profiles: HelpdeskAdapter[] = [];
    const tracker = new EditableTracker(window, ctx.signal);
    const watcher = new TicketWatcher(window, tracker, () => findAdapter(document, profiles));
    // The organization's profiles (browser policy) first, then the lead's own; a malformed policy pack gives none.
    const useProfiles = async () => {
      const [policy, own] = await Promise.all([readPolicy(null), siteProfilesItem.getValue()]);
      const saved: SiteProfile[] = [...(policy.state === 'ok' ? policy.pack.siteProfiles : []), ...own];
      profiles = saved.map(siteProfileAdapter);
      watcher.redetect();
    };
    void useProfiles();
    const unwatchOwn = siteProfilesItem.watch(() => void useProfiles());
    const unwatchPolicy = watchPolicy(() => void useProfiles());
    const unwatchProfiles = () => {
      unwatchOwn();
      unwatchPolicy();
    };

    const profileTools = serveProfileTools(window, watcher, ctx.signal);
    serveFeed(watcher, ctx.signal, profileTools.cancelPick);
    const insertReply = createReplyInserter(watcher, tracker, () => sendMessage('installEditorBridge').then(() => {}));
    const stopInsert = onMessage('insertReply', ({ data }) => insertReply(data));
    ctx.onInvalidated(() => {
      stopInsert();
      profileTools.stop();
      unwatchProfiles();
    });
    // A panel already open for this tab connects once it hears the page is ready.
    void sendMessage('contentReady').catch(() => {});
  },
});
