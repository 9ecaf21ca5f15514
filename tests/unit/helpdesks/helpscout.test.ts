// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { helpscout } from '@/utils/helpdesks/helpscout';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/helpscout.html'), 'utf8');

/** Does what the app does on opening another conversation: swaps the view and pushes its URL. */
function openConversation(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!;
  document.getElementById('conversation-view')!.innerHTML = template.innerHTML;
  history.pushState(null, '', `/conversation/${id}/${template.dataset.number}`);
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', '/conversation/2801/1042?folderId=311');
});

describe('the Help Scout adapter', () => {
  it('recognises the conversation view and no unrelated page', () => {
    expect(helpscout.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<ol><li><div id="thread-1" class="is-customer">hi</div></li></ol><div contenteditable="true"></div>';
    expect(helpscout.matches(other)).toBe(false);
    expect(helpscout.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest thread of a newest-first conversation, not the agent reply or note above it", () => {
    expect(helpscout.readTicket(document)).toEqual({
      key: 'helpscout:2801',
      subject: '배정된 기사님께 전화하면 제 번호가 보이나요?',
      message:
        '답변 감사합니다. 오늘은 기사님이 바로 배정됐어요.\n그런데 배정된 기사님께 앱에서 전화를 걸면 제 휴대폰 번호가 기사님께 그대로 보이나요? 번호가 노출되는 게 좀 걱정돼서요.',
      requester: '김민지',
      channel: null,
    });
  });

  it('takes the latest customer thread by thread id whatever the display order', () => {
    const list = document.querySelector('ol[aria-label="Thread Items"]')!;
    for (const item of Array.from(list.children).reverse()) list.append(item); // oldest first
    expect(helpscout.readTicket(document)?.message).toContain('제 휴대폰 번호가 기사님께 그대로 보이나요');
  });

  it('follows a switch to another conversation (view swapped, URL pushed), ignoring the mailbox previews', () => {
    openConversation('2807');
    expect(helpscout.readTicket(document)).toEqual({
      key: 'helpscout:2807',
      subject: '호출 중인데 취소하고 싶어요',
      message: '방금 대리 호출했는데 아직 기사님 배정 전이라 호출 중 화면만 계속 떠 있어요.\n일정이 바뀌어서 지금 이 호출을 취소하고 싶은데 어떻게 하면 되나요?',
      requester: '이준호',
      channel: null,
    });
  });

  it('has no reply box until Reply is clicked, then finds the open editor', () => {
    expect(helpscout.findReplyBox(document)).toBeNull();
    let clicked = 0;
    document.querySelector('[data-cy="reply-button"]')!.addEventListener('click', () => {
      clicked++;
      document.querySelector('[data-testid="reply-bar"]')!.innerHTML =
        '<div data-cy="ConvoEditor"><div data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Reply Editor"><p>…</p></div></div>';
    });
    expect(helpscout.openReplyBox!(document)).toBe(true);
    expect(clicked).toBe(1);
    const box = helpscout.findReplyBox(document)!;
    expect(box.getAttribute('data-slate-editor')).toBe('true');
    expect(box.closest('#conversation-view')).not.toBeNull();
    expect(helpscout.openReplyBox!(document)).toBe(false);
  });

  it('observes the body (no known element holds both threads and editor), which holds the thread and, once opened, the editor', () => {
    const root = helpscout.root(document)!;
    expect(root).toBe(document.body);
    expect(root.contains(document.getElementById('thread-9102'))).toBe(true);
    document.querySelector('[data-testid="reply-bar"]')!.innerHTML = '<div data-cy="ConvoEditor"><div data-slate-editor="true" contenteditable="true"></div></div>';
    expect(root.contains(helpscout.findReplyBox(document))).toBe(true);
  });

  it('reads nothing outside a conversation URL', () => {
    history.replaceState(null, '', '/mailbox/311/');
    expect(helpscout.readTicket(document)).toBeNull();
  });

  it('reads the classic app too: the newest article.thread.customer, never a note or an agent reply', () => {
    const thread = (id: number, kind: string, who: string, text: string) =>
      `<article id="thread-${id}" class="thread ${kind}"><section class="js-thread-content"><section class="messageBodyWrap"><section class="message">` +
      `<section class="threadHeader"><section class="meta"><strong>${who}</strong></section></section>` +
      `<section class="messageBody"><p>${text}</p></section></section></section></section></article>`;
    document.body.innerHTML =
      '<div id="js-wrap"><div id="tkContent">' +
      thread(7003, 'note', '박상담', '배정 후 취소 이력 확인') +
      thread(7002, 'message', '박상담', '확인해 보겠습니다.') +
      thread(7001, 'customer', '김민지', '배정된 기사님께 전화하면 제 번호가 보이나요?') +
      '</div></div>';
    expect(helpscout.matches(document)).toBe(true);
    expect(helpscout.readTicket(document)).toMatchObject({ key: 'helpscout:2801', message: '배정된 기사님께 전화하면 제 번호가 보이나요?', requester: '김민지' });
  });

  it('never takes a note thread for the customer\'s, whatever else marks it', () => {
    const note = document.getElementById('thread-9103')!;
    note.classList.add('is-customer');
    note.id = 'thread-9199'; // the newest
    expect(helpscout.readTicket(document)?.message).toContain('제 휴대폰 번호가 기사님께 그대로 보이나요');
  });

  it('has no composer mode until Reply or Note opens the editor; its name tells a reply from a note', () => {
    expect(helpscout.composerMode!(document)).toBeNull();
    const bar = document.querySelector('[data-testid="reply-bar"]')!;
    bar.innerHTML = '<div data-cy="ConvoEditor"><div data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Reply Editor"></div></div>';
    expect(helpscout.composerMode!(document)).toBe('reply');
    bar.innerHTML = '<div data-cy="ConvoEditor" class="c-editor is-note"><div data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Note Editor"></div></div>';
    expect(helpscout.composerMode!(document)).toBe('note');
    expect(helpscout.findReplyBox(document)?.getAttribute('aria-label'), 'the open editor, guarded by the mode').toBe('Note Editor');
  });

  it('switches a note to a reply with the conversation\'s Reply button', () => {
    const bar = document.querySelector('[data-testid="reply-bar"]')!;
    bar.innerHTML = '<div data-cy="ConvoEditor"><div data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Note Editor"></div></div>';
    let clicked = 0;
    document.querySelector('[data-cy="reply-button"]')!.addEventListener('click', () => {
      clicked++;
      bar.innerHTML = '<div data-cy="ConvoEditor"><div data-slate-editor="true" contenteditable="true" role="textbox" aria-label="Reply Editor"></div></div>';
    });
    expect(helpscout.switchToReply!(document)).toBe(true);
    expect(clicked).toBe(1);
    expect(helpscout.composerMode!(document)).toBe('reply');
  });
});
