// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { zammad } from '@/utils/helpdesks/zammad';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/zammad.html'), 'utf8');

/** Does what App.TaskManager does on showing a task: `active` on its content, `hide` on the others. */
function showTask(id: string): void {
  for (const content of document.querySelectorAll('.content[id^="content_permanent_"]')) {
    const shown = content.id === `content_permanent_Ticket-${id}`;
    content.classList.toggle('active', shown);
    content.classList.toggle('hide', !shown);
  }
  for (const task of document.querySelectorAll('.tasks a.task')) {
    task.classList.toggle('is-active', task.getAttribute('data-key') === `Ticket-${id}`);
  }
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

describe('the Zammad adapter', () => {
  it('recognises the agent UI and no unrelated page', () => {
    expect(zammad.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div id="app"><div class="content active"><div contenteditable="true"></div></div></div>';
    expect(zammad.matches(other)).toBe(false);
    expect(zammad.readTicket(other)).toBeNull();
  });

  it("reads the shown ticket: the customer's article, not the internal note before it or the agent reply after it", () => {
    expect(zammad.readTicket(document)).toEqual({
      key: 'zammad:41',
      subject: '호출 중인데 취소하고 싶어요',
      message: '아직 기사님 배정 전이라 호출 중 화면만 떠 있는데요, 급한 일이 생겨서 이 호출을 취소하고 싶어요.',
      requester: '정하늘',
      channel: '전화',
    });
  });

  it("ignores hidden tasks, follows a task switch, and reads the customer's latest article without its signature", () => {
    showTask('42');
    expect(zammad.readTicket(document)).toEqual({
      key: 'zammad:42',
      subject: '제휴 업체 기사 배정 문의',
      message: '앱에서 제휴 업체 소속 기사가 배정되었다고 안내가 떴는데, 카카오 T 대리 기사님이 아니어도 안전한 건가요?',
      requester: '오세영',
      channel: '이메일',
    });
  });

  it('takes the latest article by id, whatever the DOM order, and falls back to the From line for the requester', () => {
    showTask('42');
    const articles = document.querySelector('#content_permanent_Ticket-42 .ticket-article')!;
    for (const article of Array.from(articles.children).reverse()) articles.append(article);
    document.querySelector('#content_permanent_Ticket-42 .sidebar[data-tab="customer"]')!.remove();
    expect(zammad.readTicket(document)).toMatchObject({ message: expect.stringContaining('제휴 업체 소속 기사'), requester: '오세영' });
  });

  it("finds the shown ticket's own reply editor", () => {
    const box = zammad.findReplyBox(document)!;
    expect(box.classList.contains('articleNewEdit-body')).toBe(true);
    expect(box.closest('.content')?.id).toBe('content_permanent_Ticket-41');
    showTask('42');
    expect(zammad.findReplyBox(document)?.closest('.content')?.id).toBe('content_permanent_Ticket-42');
  });

  it('reads nothing while a non-ticket task is shown', () => {
    for (const content of document.querySelectorAll('.content[id^="content_permanent_"]')) {
      content.classList.remove('active');
      content.classList.add('hide');
    }
    document.querySelector('.tasks a.task.is-active')!.classList.remove('is-active');
    expect(zammad.readTicket(document)).toBeNull();
    expect(zammad.findReplyBox(document)).toBeNull();
  });
});
