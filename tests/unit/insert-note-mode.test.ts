// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineAdapter } from '@/utils/helpdesks/define-adapter';
import type { HelpdeskAdapter } from '@/utils/helpdesks/types';
import { EditableTracker } from '@/utils/page/editable-tracker';
import { createReplyInserter } from '@/utils/page/insert-reply';
import { TicketWatcher } from '@/utils/page/ticket-watcher';

/** A helpdesk whose one composer is a public reply or an internal note, as its form's data-type says. */
function noteDesk(withSwitch: boolean): HelpdeskAdapter {
  return defineAdapter({
    id: 'notes',
    name: 'Notes desk',
    detect: '#desk',
    openTicket: (doc) => ({ id: '7', scope: doc.querySelector('#desk')! }),
    read: () => ({ subject: '', message: '배정이 안 돼요', requester: null, channel: null }),
    replyBox: 'textarea',
    composerMode: ({ scope }) => (scope.querySelector('form')!.dataset.type === 'note' ? 'note' : 'reply'),
    ...(withSwitch && { replySwitch: '.to-public' }),
  });
}

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = `<div id="desk"><form data-type="note"><textarea></textarea></form>
    <button class="to-public" type="button">Public</button><div contenteditable="true" id="elsewhere"></div></div>`;
  document.querySelector('.to-public')!.addEventListener('click', () => {
    document.querySelector('form')!.dataset.type = 'reply';
  });
});
afterEach(() => controller.abort());

function inserter(adapter: HelpdeskAdapter) {
  const tracker = new EditableTracker(window, controller.signal);
  const watcher = new TicketWatcher(window, tracker, () => adapter);
  return { insert: createReplyInserter(watcher, tracker, async () => {}), watcher };
}

const box = () => document.querySelector('textarea')!;

describe('inserting into a helpdesk with internal notes', () => {
  it('refuses while the composer is a note, and says whether it can switch', async () => {
    const { insert } = inserter(noteDesk(true));
    expect(await insert({ ticketKey: 'notes:7', text: '안내드립니다' })).toEqual({ ok: false, reason: 'note-mode', canSwitch: true, noteHasText: false });
    expect(box().value).toBe('');
    const { insert: insertNoSwitch } = inserter(noteDesk(false));
    expect(await insertNoSwitch({ ticketKey: 'notes:7', text: '안내드립니다' })).toEqual({ ok: false, reason: 'note-mode', canSwitch: false, noteHasText: false });
  });

  it('switches to a public reply with the product control when asked, then inserts once', async () => {
    const { insert } = inserter(noteDesk(true));
    const outcome = await insert({ ticketKey: 'notes:7', text: '안내드립니다', switchToReply: true });
    expect(outcome.ok).toBe(true);
    expect(document.querySelector('form')!.dataset.type).toBe('reply');
    expect(box().value).toBe('안내드립니다');
  });

  it('does not switch a note that holds text: the switch would make that note public', async () => {
    box().value = '고객이 두 번 전화함 (내부 메모)';
    const { insert } = inserter(noteDesk(true));
    expect(await insert({ ticketKey: 'notes:7', text: '안내드립니다', switchToReply: true })).toEqual({ ok: false, reason: 'note-mode', canSwitch: false, noteHasText: true });
    expect(document.querySelector('form')!.dataset.type).toBe('note');
    expect(box().value).toBe('고객이 두 번 전화함 (내부 메모)');
  });

  it('never falls back to another editor the counselor focused last', async () => {
    document.querySelector('textarea')!.remove();
    document.querySelector('form')!.dataset.type = 'reply';
    const elsewhere = document.querySelector<HTMLElement>('#elsewhere')!;
    elsewhere.focus();
    elsewhere.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const { insert } = inserter(noteDesk(true));
    expect(await insert({ ticketKey: 'notes:7', text: '안내드립니다' })).toEqual({ ok: false, reason: 'no-reply-box' });
    expect(elsewhere.textContent).toBe('');
  });
});
