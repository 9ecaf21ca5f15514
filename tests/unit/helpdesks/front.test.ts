// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { front } from '@/utils/helpdesks/front';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/front.html'), 'utf8');
const PATH = '/inboxes/shared/support/open/0/';

/** Does what the app does on opening another conversation: swaps the view and pushes its URL. */
function openConversation(id: string): void {
  const view = document.querySelector<HTMLElement>('main[data-conversation-id]')!;
  view.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  view.dataset.conversationId = id;
  history.pushState(null, '', `${PATH}${id}`);
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `${PATH}cnv_4ad8ab2`);
});

describe('the Front adapter', () => {
  it('recognises the app and no unrelated page', () => {
    expect(front.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<main><h1>Inbox</h1><article><p>hello</p></article><div contenteditable="true"></div></main>';
    expect(front.matches(other)).toBe(false);
    expect(front.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest inbound message, not the teammate reply before it or the comment after it", () => {
    expect(front.readTicket(document)).toEqual({
      key: 'front:cnv_4ad8ab2',
      subject: '멀티콜 호출 때 전화번호를 잘못 넣었어요',
      message: '멀티콜로 호출할 때 친구 전화번호를 한 자리 잘못 입력하고 호출해 버렸어요.\n기사님이 친구한테 연락을 못 하실 것 같은데 어떻게 해야 하나요?',
      requester: '정다은',
      channel: 'SMS',
    });
  });

  it('takes the conversation id from the view when the URL has none (e.g. a search page)', () => {
    history.replaceState(null, '', '/search/정다은');
    expect(front.readTicket(document)?.key).toBe('front:cnv_4ad8ab2');
  });

  it('follows a switch to another conversation, ignores list previews and drops quoted history', () => {
    openConversation('cnv_4ad9f10');
    expect(front.readTicket(document)).toEqual({
      key: 'front:cnv_4ad9f10',
      subject: '배정 완료 후 호출 취소',
      message: '기사님이 이미 배정된 상태인데 급한 일이 생겨서 호출을 취소하고 싶습니다.\n배정 완료 후에도 취소할 수 있나요? 취소하면 불이익이 있는지도 궁금해요.',
      requester: '오세훈',
      channel: 'Email',
    });
  });

  it('never takes the comment box for the reply box: Reply opens the draft', () => {
    expect(document.querySelector('[data-testid="comment-composer"] [contenteditable="true"]')).not.toBeNull();
    expect(front.findReplyBox(document)).toBeNull();
    let clicked = 0;
    document.querySelector('main [data-testid="reply-button"]')!.addEventListener('click', () => {
      clicked++;
      document.querySelector<HTMLElement>('main [data-testid="draft-composer"]')!.hidden = false;
    });
    expect(front.openReplyBox!(document)).toBe(true);
    expect(clicked).toBe(1);
    const box = front.findReplyBox(document)!;
    expect(box.getAttribute('aria-label')).toBe('Message body');
    expect(box.closest('[data-testid="draft-composer"]')).not.toBeNull();
  });

  it("finds a conversation's open draft without a click", () => {
    openConversation('cnv_4ad9f10');
    const box = front.findReplyBox(document)!;
    expect(box.textContent).toBe('안녕하세요, 오세훈 고객님.');
    expect(front.openReplyBox!(document)).toBe(false);
  });

  it("observes the body (nothing known outlives a conversation switch), which holds the message and the opened draft", () => {
    const root = front.root(document)!;
    expect(root).toBe(document.body);
    expect(root.contains(document.querySelector('[data-message-id="msg_6k2b003"]'))).toBe(true);
    document.querySelector<HTMLElement>('main [data-testid="draft-composer"]')!.hidden = false;
    expect(root.contains(front.findReplyBox(document))).toBe(true);
  });

  it('reads nothing while no conversation is shown', () => {
    document.querySelector('main[data-conversation-id]')!.setAttribute('hidden', '');
    expect(front.readTicket(document)).toBeNull();
    expect(front.findReplyBox(document)).toBeNull();
  });
});
