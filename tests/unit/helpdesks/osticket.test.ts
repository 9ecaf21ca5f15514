// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { osticket } from '@/utils/helpdesks/osticket';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/osticket.html'), 'utf8');

/** What jquery-pjax does when an agent opens another ticket: refills #pjax-container. */
function pjaxOpen(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-ticket-id="${id}"]`)!;
  document.getElementById('pjax-container')!.innerHTML = template.innerHTML;
}

/** What osTicket's tabs do: the clicked tab's li gets `active`, the other tab_content gets `hidden`. */
function showResponseTab(which: 'reply' | 'note'): void {
  for (const li of document.querySelectorAll('#response-tabs li')) {
    li.classList.toggle('active', li.querySelector(`a[href="#${which}"]`) !== null);
  }
  document.querySelector('form#reply')!.classList.toggle('hidden', which !== 'reply');
  document.querySelector('form#note')!.classList.toggle('hidden', which !== 'note');
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

describe('the osTicket adapter', () => {
  it('recognises the staff panel and no unrelated page', () => {
    expect(osticket.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="thread-entry message"><div class="thread-body"><div>기사 배정이 안 돼요</div></div></div><textarea id="response"></textarea>';
    expect(osticket.matches(other)).toBe(false);
    expect(osticket.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest message, not the staff response, the internal note or the task thread", () => {
    expect(osticket.readTicket(document)).toEqual({
      key: 'osticket:3',
      subject: '기사 배정이 계속 안 돼요',
      message: '오늘도 30분째 호출 중인데 기사 배정이 계속 안 돼요.\n왜 이렇게 배정이 늦어지는 건가요?',
      requester: '정하은',
      channel: 'Web',
    });
    // The Tasks tab holds a task thread with its own `.thread-entry.message` (and its own #thread-items).
    expect(document.querySelectorAll('#thread-items').length).toBe(2);
  });

  it('reads the latest customer message when the agent shows the thread newest first', () => {
    const items = document.querySelector('#ticketThread #thread-items')!;
    items.append(...Array.from(items.children).reverse());
    expect(osticket.readTicket(document)?.message).toContain('30분째 호출 중인데');
  });

  it('reads the ticket pjax swaps in', () => {
    pjaxOpen('7');
    expect(osticket.readTicket(document)).toEqual({
      key: 'osticket:7',
      subject: '호출 중 취소 문의',
      message: '안녕하세요.\n아직 기사 배정 전이고 호출 중 화면인데, 지금 호출 취소할 수 있나요?',
      requester: '한지우',
      channel: 'Email',
    });
    pjaxOpen('9');
    expect(osticket.readTicket(document)).toMatchObject({
      key: 'osticket:9',
      message: '제휴 업체 소속 기사가 배정됐다고 알림이 왔는데, 이 기사님 믿고 타도 괜찮은 건가요?',
      requester: '오민석',
      channel: 'Phone',
    });
  });

  it('reads the Source row when the agent may not edit it (no edit link)', () => {
    const link = document.querySelector('a[href$="/field/source/edit"]')!;
    link.replaceWith(document.createTextNode('Web'));
    expect(osticket.readTicket(document)?.channel).toBe('Web');
  });

  it('finds the reply textarea only while Post Reply is the active tab, and opens that tab', () => {
    expect(osticket.findReplyBox(document)).toBe(document.querySelector('textarea#response'));
    expect(osticket.openReplyBox!(document)).toBe(false);

    showResponseTab('note');
    expect(osticket.findReplyBox(document)).toBeNull();
    document.querySelector('#post-reply-tab')!.addEventListener('click', () => showResponseTab('reply'));
    expect(osticket.openReplyBox!(document)).toBe(true);
    expect(osticket.findReplyBox(document)?.id).toBe('response');
  });

  it('brings back the Ticket Thread tab when the Tasks tab hides the reply form', () => {
    const thread = document.getElementById('ticket_thread')!;
    const tasks = document.getElementById('tasks')!;
    thread.classList.add('hidden');
    tasks.classList.remove('hidden');
    expect(osticket.readTicket(document)?.message).toContain('30분째 호출 중인데'); // not the task thread
    expect(osticket.findReplyBox(document)).toBeNull();
    document.querySelector('#ticket-thread-tab')!.addEventListener('click', () => {
      thread.classList.remove('hidden');
      tasks.classList.add('hidden');
    });
    expect(osticket.openReplyBox!(document)).toBe(true);
    expect(osticket.findReplyBox(document)?.id).toBe('response');
  });

  it('observes #pjax-container, which pjax refills: the customer message and the reply textarea, across ticket switches', () => {
    const container = document.getElementById('pjax-container')!;
    expect(osticket.root(document)).toBe(container);
    expect(container.contains(document.getElementById('thread-entry-13'))).toBe(true);
    expect(container.contains(osticket.findReplyBox(document))).toBe(true);
    pjaxOpen('7');
    expect(osticket.root(document)).toBe(container);
    expect(container.contains(osticket.findReplyBox(document))).toBe(true);
  });

  it("finds the reply box of the ticket pjax swapped in, not the previous one's", () => {
    pjaxOpen('9');
    const box = osticket.findReplyBox(document)!;
    expect(box.closest('form')!.querySelector<HTMLInputElement>('input[name="id"]')!.value).toBe('9');
  });
});
