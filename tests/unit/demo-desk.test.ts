// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findAdapter } from '@/utils/helpdesks';
import { demoDesk } from '../fixtures/demo-helpdesk/adapter';
import { EditableTracker } from '@/utils/page/editable-tracker';
import { createReplyInserter } from '@/utils/page/insert-reply';
import { TicketWatcher } from '@/utils/page/ticket-watcher';
import { loadDemoDesk, openTicket } from './support/demo-desk-page';

beforeAll(() => loadDemoDesk('1048'));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  window.getSelection()?.removeAllRanges();
});

const findDemoDesk = () => findAdapter(document, [], [demoDesk]);

function startWatcher(onChange?: (ticket: unknown) => void) {
  const tracker = new EditableTracker(window, controller.signal);
  const watcher = new TicketWatcher(window, tracker, findDemoDesk);
  if (onChange) controller.signal.addEventListener('abort', watcher.listen(onChange));
  return watcher;
}

function startInserter() {
  const tracker = new EditableTracker(window, controller.signal);
  const watcher = new TicketWatcher(window, tracker, findDemoDesk);
  return createReplyInserter(watcher, tracker, async () => {});
}

describe('the demo desk adapter', () => {
  it('recognises the demo desk and no other page', () => {
    expect(findDemoDesk()).toBe(demoDesk);
    const other = document.implementation.createHTMLDocument('elsewhere');
    expect(findAdapter(other, [], [demoDesk])).toBeNull();
  });

  it("reads only the customer's latest message, not agent replies or internal notes", () => {
    openTicket('1048');
    expect(demoDesk.readTicket(document)).toEqual({
      key: 'demo:1048',
      subject: '아직도 배정이 안 됩니다',
      message: '그런데 지금 호출했는데 기사 배정이 계속 늦어지네요. 기사가 부족한 건가요?',
      requester: '오세훈',
      channel: '채팅',
    });
  });

  it('finds the reply box of an open ticket and none on a closed one', () => {
    openTicket('1041');
    expect(demoDesk.findReplyBox(document)?.tagName).toBe('TEXTAREA');
    openTicket('1049');
    expect(demoDesk.findReplyBox(document)).toBeNull();
  });
});

describe('TicketWatcher', () => {
  it('reports a ticket switch made without a page load', async () => {
    openTicket('1041');
    const onChange = vi.fn();
    startWatcher(onChange);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: 'demo:1041' }));
    openTicket('1045');
    await vi.waitFor(() => expect(onChange.mock.lastCall![0]).toMatchObject({ key: 'demo:1045' }));
    expect(onChange.mock.lastCall![0]).toMatchObject({ key: 'demo:1045', source: 'helpdesk', helpdesk: { id: 'demo', name: 'Demo Desk' }, channel: '채팅', hasReplyBox: true });
  });

  it('takes a text selection outside editable fields as the ticket text, for the same ticket key', () => {
    openTicket('1042');
    const watcher = startWatcher();
    const body = document.querySelector('.message__body')!;
    const range = document.createRange();
    range.setStart(body.firstChild!, 0);
    range.setEnd(body.firstChild!, 16);
    window.getSelection()!.addRange(range);
    expect(watcher.read()).toMatchObject({ key: 'demo:1042', source: 'selection', message: '기사님이 이미 배정 완료됐는데' });
  });

  it('ignores a selection inside the reply box', () => {
    openTicket('1042');
    const watcher = startWatcher();
    const box = document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!;
    box.value = '초안입니다';
    box.focus();
    box.select();
    expect(watcher.read()).toMatchObject({ source: 'helpdesk' });
  });
});

describe('reply insertion', () => {
  it('refuses a reply composed for another ticket and returns the open one', async () => {
    openTicket('1043');
    const insertReply = startInserter();
    const result = await insertReply({ ticketKey: 'demo:1041', text: '답변' });
    expect(result).toMatchObject({ ok: false, reason: 'stale-ticket', ticket: { key: 'demo:1043' } });
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!.value).toBe('');
  });

  it('inserts at the remembered caret, once per click, and tells the page through an input event', async () => {
    openTicket('1044');
    const insertReply = startInserter();
    const box = document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!;
    box.value = '앞 뒤';
    box.focus();
    box.setSelectionRange(2, 2);
    box.dispatchEvent(new Event('keyup', { bubbles: true }));
    box.blur();
    const onInput = vi.fn();
    box.addEventListener('input', onInput);

    const request = { ticketKey: 'demo:1044', text: '답변\n\n둘째 문단', requestId: 'click-1' };
    const [first, second] = await Promise.all([insertReply(request), insertReply(request)]);
    expect(first).toEqual({ ok: true, target: 'textarea' });
    expect(second).toEqual(first);
    expect(box.value).toBe('앞 답변\n\n둘째 문단뒤');
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('says there is no reply box on a closed ticket', async () => {
    openTicket('1049');
    const insertReply = startInserter();
    expect(await insertReply({ ticketKey: 'demo:1049', text: '답변' })).toEqual({ ok: false, reason: 'no-reply-box' });
  });

  it('replaces the draft or appends after it when asked', async () => {
    openTicket('1050');
    const insertReply = startInserter();
    const box = document.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')!;
    box.value = '초안';
    expect(await insertReply({ ticketKey: 'demo:1050', text: '답변', mode: 'append' })).toMatchObject({ ok: true });
    expect(box.value).toBe('초안\n\n답변');
    expect(await insertReply({ ticketKey: 'demo:1050', text: '새 답변', mode: 'replace' })).toMatchObject({ ok: true });
    expect(box.value).toBe('새 답변');
  });
});
