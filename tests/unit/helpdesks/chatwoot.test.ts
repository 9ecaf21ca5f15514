// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatwoot } from '@/utils/helpdesks/chatwoot';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/chatwoot.html'), 'utf8');
const PATH = '/app/accounts/1/conversations/';

/** What WootWriter renders for the rich editor, and what ReplyBox renders for plain replies. */
const PROSEMIRROR = '<div class="editor-root relative w-full"><div><div contenteditable="true" class="ProseMirror ProseMirror-woot-style"><p><br></p></div></div></div>';
const TEXTAREA = '<textarea class="input" rows="2"></textarea>';

/** Does what the dashboard does on opening another conversation: re-renders the view, pushes the route. */
function openConversation(id: string, index: number): void {
  document.querySelector('.conversation-view')!.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  document.querySelectorAll('.conversations-list .conversation').forEach((card, i) => { card.classList.toggle('active', i === index); });
  history.pushState(null, '', `${PATH}${id}`);
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `${PATH}1217`);
  document.querySelector('.reply-box__top')!.innerHTML = PROSEMIRROR;
});

describe('the Chatwoot adapter', () => {
  it('recognises the dashboard and no unrelated page', () => {
    expect(chatwoot.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<ul><li class="left">hi</li></ul><div class="ProseMirror" contenteditable="true"></div>';
    expect(chatwoot.matches(other)).toBe(false);
    expect(chatwoot.readTicket(other)).toBeNull();
  });

  it("reads the contact's latest message, not the agent reply, the activity or the private note", () => {
    expect(chatwoot.readTicket(document)).toEqual({
      key: 'chatwoot:1217',
      subject: '',
      message: '방금 배정 알림을 받았는데 카카오 T 대리 기사님이 아니라 제휴 업체 소속 기사님이라고 떠요.\n이런 경우도 안심하고 이용해도 괜찮은 건가요?',
      requester: '윤서아',
      channel: '웹사이트 채팅',
    });
  });

  it('also reads the v3 message list (li.message--read, left / right, .bubble.is-private)', () => {
    document.querySelector('.conversation-panel')!.innerHTML = `
      <li class="message--read left"><div class="wrap"><div class="bubble is-text"><div class="message-text__wrap"><div class="text-content"><p>기사님께 전화하면 제 번호가 보이나요?</p></div></div></div></div></li>
      <li class="message--read right"><div class="wrap"><div class="bubble is-text is-private"><div class="message-text__wrap"><div class="text-content"><p>메모</p></div></div></div></div></li>`;
    expect(chatwoot.readTicket(document)?.message).toBe('기사님께 전화하면 제 번호가 보이나요?');
  });

  it('follows a switch to another conversation and ignores the card previews', () => {
    openConversation('1224', 1);
    expect(chatwoot.readTicket(document)).toEqual({
      key: 'chatwoot:1224',
      subject: '',
      message: '판교역 앞에서 호출한 지 벌써 25분째인데 아직 기사님이 배정되지 않았어요. 배정이 왜 이렇게 오래 걸리나요?',
      requester: '강도윤',
      channel: 'WhatsApp 고객센터',
    });
  });

  it('gives no reply box on a private note and switches to Reply with Alt+L', () => {
    expect(chatwoot.findReplyBox(document)).toBeNull();
    const keys: string[] = [];
    document.addEventListener('keydown', (event) => {
      keys.push(`${event.altKey ? 'Alt+' : ''}${event.code}`);
      document.querySelector('.reply-box')!.classList.remove('is-private');
    });
    expect(chatwoot.openReplyBox!(document)).toBe(true);
    expect(keys).toEqual(['Alt+KeyL']);
    const box = chatwoot.findReplyBox(document)!;
    expect(box.classList.contains('ProseMirror-woot-style')).toBe(true);
    expect(chatwoot.openReplyBox!(document)).toBe(false);
  });

  it("finds the WhatsApp inbox's plain textarea", () => {
    openConversation('1224', 1);
    const replyBox = document.querySelector('.reply-box')!;
    replyBox.classList.remove('is-private');
    replyBox.querySelector('.reply-box__top')!.innerHTML = TEXTAREA;
    expect(chatwoot.findReplyBox(document)?.tagName).toBe('TEXTAREA');
  });

  it("observes ConversationBox's .conversation-details-wrap: the contact's message and the reply editor, across a conversation switch", () => {
    const box = document.querySelector('.conversation-details-wrap')!;
    expect(chatwoot.root(document)).toBe(box);
    expect(box.contains(document.getElementById('message504'))).toBe(true);
    document.querySelector('.reply-box')!.classList.remove('is-private');
    expect(box.contains(chatwoot.findReplyBox(document))).toBe(true);
    openConversation('1224', 1);
    expect(chatwoot.root(document)).toBe(box);
  });

  it('reads nothing outside a conversation route', () => {
    history.replaceState(null, '', '/app/accounts/1/dashboard');
    expect(chatwoot.readTicket(document)).toBeNull();
  });
});
