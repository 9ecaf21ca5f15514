// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshdesk } from '@/utils/helpdesks/freshdesk';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/freshdesk.html'), 'utf8');

/** Does what Freshdesk's router does on opening another ticket: re-renders the one ticket view. */
function openTicket(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-ticket-template="${id}"]`)!;
  document.getElementById('ticket-outlet')!.innerHTML = template.innerHTML;
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

describe('the Freshdesk adapter', () => {
  it('recognises the agent ticket view and no unrelated page', () => {
    expect(freshdesk.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="fr-box"><div class="fr-element fr-view" contenteditable="true"></div></div><h2>호출 취소 문의</h2>';
    expect(freshdesk.matches(other)).toBe(false);
    expect(freshdesk.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest message: their reply Freshdesk filed as an external user's private note, not the agent's note before it", () => {
    expect(freshdesk.readTicket(document)).toEqual({
      key: 'freshdesk:1301',
      subject: '멀티콜 전화번호를 잘못 입력했어요',
      message: '회사 메일로 다시 보내요. 멀티콜로 부른 친구 대리 말인데요, 친구 전화번호를 잘못 입력하고 호출해서 기사님이 엉뚱한 번호로 연락하고 있어요. 번호를 바꿀 수 있나요?',
      requester: '박서연',
      channel: '채팅',
    });
  });

  it("without that reply, reads the customer's earlier reply, not the original request, the agent reply, the quote or the agent's private note", () => {
    document.querySelector('[data-album="note_5104"]')!.remove();
    expect(freshdesk.readTicket(document)?.message).toBe('친구 대리를 멀티콜로 불러줬는데 친구 전화번호를 잘못 입력하고 호출했어요. 어떻게 해야 하나요?');
  });

  it("never reads an agent's private note, even when it is the newest item", () => {
    document.querySelector('[data-album="note_5104"]')!.classList.remove('ticket-details__requestor');
    expect(freshdesk.readTicket(document)?.message).toBe('친구 대리를 멀티콜로 불러줬는데 친구 전화번호를 잘못 입력하고 호출했어요. 어떻게 해야 하나요?');
  });

  it('follows the re-render of another ticket, whose only customer message is the original request', () => {
    openTicket('1302');
    expect(freshdesk.readTicket(document)).toEqual({
      key: 'freshdesk:1302',
      subject: '배정 완료 후 호출 취소 문의',
      message: '기사님이 이미 배정 완료된 상태인데, 지금 호출 취소할 수 있나요?\n갑자기 일정이 바뀌어서 대리가 필요 없어졌어요.',
      requester: '윤도현',
      channel: '이메일',
    });
  });

  it('takes a later public reply by the requester as theirs even without the requester class', () => {
    document.querySelector('[data-album="note_5104"]')!.remove();
    const reply = document.querySelector('[data-album="note_5102"]')!;
    reply.classList.remove('ticket-details__requestor');
    expect(freshdesk.readTicket(document)?.message).toContain('친구 전화번호를 잘못 입력하고');
    reply.querySelector('[data-test-id="user-name"]')!.textContent = '이지훈';
    expect(freshdesk.readTicket(document)?.message).toBe('안녕하세요. 친구가 술을 마셔서 제가 대신 대리를 불러줬어요.');
  });

  it('observes the body (Ember re-renders the ticket view), which holds the message and, once opened, the reply box', () => {
    const root = freshdesk.root(document)!;
    expect(root).toBe(document.body);
    expect(root.contains(document.querySelector('[data-album="note_5102"] [data-test-conversation="conversation-text"]'))).toBe(true);
    document.querySelector('.reply-bar-wrapper')!.outerHTML =
      '<div class="ticket-editor"><div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"></div></div></div></div>';
    expect(root.contains(freshdesk.findReplyBox(document))).toBe(true);
  });

  it('has no reply box until Reply is clicked, and openReplyBox clicks it', () => {
    expect(freshdesk.findReplyBox(document)).toBeNull();
    let clicked = 0;
    document.querySelector('[data-test-id="ticket-action-reply"]')!.addEventListener('click', () => {
      clicked++;
      document.querySelector('.reply-bar-wrapper')!.outerHTML =
        '<div class="ticket-editor"><div class="fr-box"><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p><br></p></div></div></div></div>';
    });
    expect(freshdesk.openReplyBox!(document)).toBe(true);
    expect(clicked).toBe(1);
    const box = freshdesk.findReplyBox(document)!;
    expect(box.classList.contains('fr-element')).toBe(true);
    expect(box.closest('[data-test-id="ticket-details-page"]')?.querySelector('.breadcrumb__item.active')?.textContent).toBe('1301');
    expect(freshdesk.openReplyBox!(document)).toBe(false);
  });

  it('has no composer mode until an editor is open; the reply editor is a reply, the note editor a note', () => {
    expect(freshdesk.composerMode!(document)).toBeNull();
    const bar = document.querySelector('.reply-bar-wrapper')!;
    bar.insertAdjacentHTML('afterend', '<div class="ticket-editor" data-test-id="ticket-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>');
    expect(freshdesk.composerMode!(document)).toBe('reply');
    document.querySelector('.ticket-editor')!.outerHTML =
      '<div class="ticket-editor ticket-editor--note" data-test-id="note-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>';
    expect(freshdesk.composerMode!(document)).toBe('note');
    expect(freshdesk.findReplyBox(document), 'the open editor, guarded by the mode').not.toBeNull();
  });

  it('switches a note to a reply with the reply bar\'s Reply, which the reply bar keeps showing beside the open editor', () => {
    document.querySelector('.reply-bar-wrapper')!.insertAdjacentHTML(
      'afterend',
      '<div class="ticket-editor ticket-editor--note" data-test-id="note-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>',
    );
    let clicked = 0;
    document.querySelector('[data-test-id="ticket-action-reply"]')!.addEventListener('click', () => {
      clicked++;
      document.querySelector('.ticket-editor')!.outerHTML = '<div class="ticket-editor" data-test-id="ticket-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>';
    });
    expect(freshdesk.openReplyBox!(document), 'an editor is open: nothing to open').toBe(false);
    expect(freshdesk.switchToReply!(document)).toBe(true);
    expect(clicked).toBe(1);
    expect(freshdesk.composerMode!(document)).toBe('reply');
  });
});
