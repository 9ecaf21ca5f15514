// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { intercom } from '@/utils/helpdesks/intercom';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/intercom.html'), 'utf8');
const APP = '/a/inbox/k9x2m4p1/inbox/shared/all/conversation/';

/** A composer editor as Intercom's ProseMirror composer renders it. */
function mountEditors(): void {
  for (const mount of document.querySelectorAll('[data-composer-mount]')) {
    mount.innerHTML = '<div contenteditable="true" class="embercom-prosemirror-composer-editor ProseMirror" role="textbox"><p><br></p></div>';
  }
}

/** Does what the inbox does on opening another conversation: re-renders the space, pushes the URL. */
function openConversation(id: string): void {
  const space = document.querySelector('[data-intercom-target="conversation-space"]')!;
  space.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  space.setAttribute('data-conversation-id', id);
  history.pushState(null, '', `${APP}${id}`);
  mountEditors();
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `${APP}215470001`);
  mountEditors();
});

describe('the Intercom adapter', () => {
  it('recognises the inbox and no unrelated page', () => {
    expect(intercom.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="ProseMirror" contenteditable="true"></div><div data-part-id="1">hi</div>';
    expect(intercom.matches(other)).toBe(false);
    expect(intercom.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest part, not the bot, the teammate note or the teammate reply after it", () => {
    expect(intercom.readTicket(document)).toEqual({
      key: 'intercom:215470001',
      subject: '',
      message: '지금 강남역에서 20분째 호출 중인데 기사 배정이 안 돼요.\n왜 이렇게 배정이 늦어지는 건가요?',
      requester: '최유진',
      channel: 'Chat',
    });
  });

  it('takes the conversation id from the space when the URL has none', () => {
    history.replaceState(null, '', '/a/inbox/k9x2m4p1/inbox/shared/all');
    expect(intercom.readTicket(document)?.key).toBe('intercom:215470001');
  });

  it('follows a switch to another conversation and ignores the list previews', () => {
    openConversation('215470002');
    expect(intercom.readTicket(document)).toEqual({
      key: 'intercom:215470002',
      subject: '',
      message:
        '제휴 업체 소속 기사님이 배정되었다는 안내 문자를 받았어요.\n카카오 T 대리 소속 기사님이 아니어도 괜찮은 건가요? 보험이나 요금도 똑같이 적용되는지 궁금합니다.',
      requester: '한지수',
      channel: 'Email',
    });
  });

  it('finds the composer in Reply mode, and in Note mode switches it to Reply instead', () => {
    const box = intercom.findReplyBox(document)!;
    expect(box.classList.contains('embercom-prosemirror-composer-editor')).toBe(true);
    expect(box.closest('[data-conversation-reply-composer]')).not.toBeNull();
    expect(intercom.openReplyBox!(document)).toBe(false);

    openConversation('215470002'); // left in Note mode
    expect(intercom.findReplyBox(document)).toBeNull();
    let clicked = 0;
    document.querySelector('[data-intercom-target="reply-tab"]')!.addEventListener('click', () => {
      clicked++;
      document.querySelector('[data-intercom-target="reply-tab"]')!.classList.add('o__selected');
      document.querySelector('[data-intercom-target="note-tab"]')!.classList.remove('o__selected');
      document.querySelector('.conversation__text')!.classList.remove('o__note');
    });
    expect(intercom.openReplyBox!(document)).toBe(true);
    expect(clicked).toBe(1);
    expect(intercom.findReplyBox(document)?.classList.contains('ProseMirror')).toBe(true);
  });

  it("observes the conversation space: the customer's part and the composer, across a switch to another conversation", () => {
    const space = document.querySelector('[data-intercom-target="conversation-space"]')!;
    expect(intercom.root(document)).toBe(space);
    expect(space.contains(document.querySelector('[data-part-id="81003"]'))).toBe(true);
    expect(space.contains(intercom.findReplyBox(document))).toBe(true);
    openConversation('215470002');
    expect(intercom.root(document)).toBe(space);
  });

  it('reads nothing when no conversation is open', () => {
    document.querySelector('[data-intercom-target="conversation-space"]')!.setAttribute('hidden', '');
    expect(intercom.readTicket(document)).toBeNull();
    expect(intercom.findReplyBox(document)).toBeNull();
  });
});
