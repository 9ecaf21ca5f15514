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

function composer(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`#content_permanent_Ticket-${id} .article-add`)!;
}

/** What article_new.coffee does: `openTextarea` adds `is-open`, `setArticleInternal` sets the classes and the posted field. */
function openComposer(id: string, internal: boolean): void {
  const form = composer(id);
  form.classList.add('is-open');
  form.classList.toggle('is-internal', internal);
  form.classList.toggle('is-public', !internal);
  form.querySelector<HTMLInputElement>('input[name="internal"]')!.value = internal ? 'true' : '';
}

/** Records which elements the adapter clicks. */
function clicksOn(...elements: Element[]): Element[] {
  const clicked: Element[] = [];
  for (const element of elements) element.addEventListener('click', () => clicked.push(element));
  return clicked;
}

function replyAction(articleId: string): HTMLElement {
  return document.querySelector<HTMLElement>(`#article-${articleId} .js-ArticleAction[data-type="emailReply"]`)!;
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

  it('reads nothing while a non-ticket task is shown', () => {
    for (const content of document.querySelectorAll('.content[id^="content_permanent_"]')) {
      content.classList.remove('active');
      content.classList.add('hide');
    }
    document.querySelector('.tasks a.task.is-active')!.classList.remove('is-active');
    expect(zammad.readTicket(document)).toBeNull();
    expect(zammad.findReplyBox(document)).toBeNull();
    expect(zammad.composerMode?.(document)).toBeNull();
  });

  describe('the composer', () => {
    it('starts as Zammad renders a new task: a collapsed internal note, so no mode and no reply box yet', () => {
      expect(composer('41').matches('.is-internal[data-type="note"]:not(.is-open)')).toBe(true);
      expect(zammad.composerMode?.(document)).toBeNull();
      expect(zammad.findReplyBox(document)).toBeNull();
    });

    it("opens with the reply action of the customer's latest article, in the shown ticket only", () => {
      const clicked = clicksOn(replyAction('202'), replyAction('203'), replyAction('213'));
      expect(zammad.openReplyBox?.(document)).toBe(true);
      expect(clicked).toEqual([replyAction('202')]);
      showTask('42');
      expect(zammad.openReplyBox?.(document)).toBe(true);
      expect(clicked).toEqual([replyAction('202'), replyAction('213')]);
    });

    it('opens through its write area when the ticket offers no reply action, and not at all once open', () => {
      for (const action of document.querySelectorAll('.js-ArticleAction[data-type="emailReply"]')) action.remove();
      const writeArea = composer('41').querySelector('.js-writeArea')!;
      const clicked = clicksOn(writeArea);
      expect(zammad.openReplyBox?.(document)).toBe(true);
      expect(clicked).toEqual([writeArea]);
      openComposer('41', true);
      expect(zammad.openReplyBox?.(document)).toBe(false);
      expect(clicked).toHaveLength(1);
    });

    it('is a note while open with its internal field set, and a reply once public', () => {
      openComposer('41', true);
      expect(zammad.composerMode?.(document)).toBe('note');
      const box = zammad.findReplyBox(document)!;
      expect(box.matches('.articleNewEdit-body[data-name="body"]')).toBe(true);
      expect(box.closest('.content')?.id).toBe('content_permanent_Ticket-41');
      openComposer('41', false);
      expect(zammad.composerMode?.(document)).toBe('reply');
    });

    it('reads the posted field before the class, and the raw template value "false" as public', () => {
      openComposer('41', false);
      composer('41').classList.add('is-internal');
      expect(zammad.composerMode?.(document)).toBe('reply');
      composer('41').querySelector<HTMLInputElement>('input[name="internal"]')!.value = 'false';
      expect(zammad.composerMode?.(document)).toBe('reply');
      composer('41').querySelector('input[name="internal"]')!.remove();
      expect(zammad.composerMode?.(document)).toBe('note');
    });

    it("keeps each task's composer: a note open in one ticket is not the other ticket's mode", () => {
      openComposer('41', true);
      showTask('42');
      expect(zammad.composerMode?.(document)).toBeNull();
      expect(zammad.findReplyBox(document)).toBeNull();
      openComposer('42', false);
      expect(zammad.composerMode?.(document)).toBe('reply');
      expect(zammad.findReplyBox(document)?.closest('.content')?.id).toBe('content_permanent_Ticket-42');
    });

    it("switches a note to public with the customer's reply action, else with its visibility toggle", () => {
      openComposer('41', true);
      const toggle = composer('41').querySelector('.js-toggleVisibility')!;
      const clicked = clicksOn(replyAction('202'), toggle);
      expect(zammad.switchToReply?.(document)).toBe(true);
      expect(clicked).toEqual([replyAction('202')]);
      replyAction('202').remove();
      expect(zammad.switchToReply?.(document)).toBe(true);
      expect(clicked.at(-1)).toBe(toggle);
    });

    it('clicks nothing to switch a composer that is already public (the toggle would make it internal)', () => {
      openComposer('41', false);
      const clicked = clicksOn(replyAction('202'), composer('41').querySelector('.js-toggleVisibility')!);
      expect(zammad.switchToReply?.(document)).toBe(false);
      expect(clicked).toEqual([]);
    });
  });
});
