// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatwoot } from '@/utils/helpdesks/chatwoot';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/chatwoot.html'), 'utf8');
const PATH = '/app/accounts/1/conversations/';

/** What WootWriter renders for the rich editor, and what ReplyBox renders for plain replies. */
const PROSEMIRROR = '<div class="editor-root relative w-full"><div><div contenteditable="true" class="ProseMirror ProseMirror-woot-style"><p><br></p></div></div></div>';
const TEXTAREA = '<textarea class="rounded-none input" rows="2"></textarea>';

const replyBox = (): HTMLElement => document.querySelector<HTMLElement>('.reply-box')!;
const modeToggle = (): HTMLButtonElement => document.querySelector<HTMLButtonElement>('.reply-box > div > button.rounded-full')!;

/** Does what the dashboard does on opening another conversation: re-renders the view, pushes the route. */
function openConversation(id: string, index: number): void {
  document.querySelector('.conversation-view')!.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  document.querySelectorAll('.conversations-list .conversation').forEach((card, i) => { card.classList.toggle('active', i === index); });
  history.pushState(null, '', `${PATH}${id}`);
}

/** What EditorModeToggle does when clicked: ReplyBox flips between Reply and Private note. */
function toggleModeOnClick(): string[] {
  const clicks: string[] = [];
  modeToggle().addEventListener('click', () => {
    clicks.push(replyBox().classList.contains('is-private') ? 'note→reply' : 'reply→note');
    replyBox().classList.toggle('is-private');
  });
  return clicks;
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

  it('follows a switch to another conversation, ignores the card previews, and names the inbox, not the snooze label after it', () => {
    openConversation('1224', 1);
    expect(chatwoot.readTicket(document)).toEqual({
      key: 'chatwoot:1224',
      subject: '',
      message: '판교역 앞에서 호출한 지 벌써 25분째인데 아직 기사님이 배정되지 않았어요. 배정이 왜 이렇게 오래 걸리나요?',
      requester: '강도윤',
      channel: 'WhatsApp 고객센터',
    });
  });

  it('reports no channel when the header shows no inbox name (one inbox), even with a snooze label first', () => {
    openConversation('1224', 1);
    document.querySelector('.conversation--header--actions [title]')!.remove();
    expect(document.querySelector('.conversation--header--actions')!.firstElementChild?.textContent).toBe('다음 답장까지 일시 중지됨');
    expect(chatwoot.readTicket(document)?.channel).toBeNull();
  });

  it("also names v3's InboxName (.inbox--name: icon + name)", () => {
    document.querySelector('.conversation--header--actions')!.innerHTML =
      '<div class="inbox--name inline-flex items-center"><svg class="icon"></svg> 웹사이트 채팅</div><button class="p-0 button link small">자세히</button>';
    expect(chatwoot.readTicket(document)?.channel).toBe('웹사이트 채팅');
  });

  it("reads the composer's mode from ReplyBox's is-private and gives its editor in both modes", () => {
    expect(chatwoot.composerMode!(document)).toBe('reply');
    const editor = chatwoot.findReplyBox(document)!;
    expect(editor.classList.contains('ProseMirror-woot-style')).toBe(true);
    replyBox().classList.add('is-private');
    expect(chatwoot.composerMode!(document)).toBe('note');
    expect(chatwoot.findReplyBox(document)).toBe(editor);
    replyBox().hidden = true;
    expect(chatwoot.composerMode!(document)).toBeNull();
  });

  it('switches a private note to Reply by clicking the mode toggle, and never clicks it on a reply (it would make a note)', () => {
    const clicks = toggleModeOnClick();
    expect(chatwoot.switchToReply!(document)).toBe(false);
    expect(clicks).toEqual([]);
    replyBox().classList.add('is-private');
    expect(chatwoot.switchToReply!(document)).toBe(true);
    expect(clicks).toEqual(['note→reply']);
    expect(chatwoot.composerMode!(document)).toBe('reply');
  });

  it('does not click a disabled toggle (replies restricted: the box stays a note)', () => {
    const clicks = toggleModeOnClick();
    replyBox().classList.add('is-private');
    modeToggle().disabled = true;
    expect(chatwoot.switchToReply!(document)).toBe(false);
    expect(clicks).toEqual([]);
  });

  it("switches v3's reply box with its Reply button", () => {
    const panel = document.querySelector('.reply-box > div')!;
    panel.outerHTML = '<div class="top-box"><div class="mode-wrap button-group"><button class="button clear button--reply">답글</button><button class="button clear button--note is-active">개인 노트</button></div></div>';
    replyBox().classList.add('is-private');
    let clicked = 0;
    document.querySelector('.button--reply')!.addEventListener('click', () => {
      clicked++;
      replyBox().classList.remove('is-private');
    });
    expect(chatwoot.switchToReply!(document)).toBe(true);
    expect(clicked).toBe(1);
    expect(chatwoot.composerMode!(document)).toBe('reply');
  });

  it("finds the WhatsApp inbox's plain textarea", () => {
    openConversation('1224', 1);
    document.querySelector('.reply-box__top')!.innerHTML = TEXTAREA;
    expect(chatwoot.findReplyBox(document)?.tagName).toBe('TEXTAREA');
  });

  it("observes ConversationBox's .conversation-details-wrap: the contact's message and the reply editor, across a conversation switch", () => {
    const box = document.querySelector('.conversation-details-wrap')!;
    expect(chatwoot.root(document)).toBe(box);
    expect(box.contains(document.getElementById('message504'))).toBe(true);
    expect(box.contains(chatwoot.findReplyBox(document))).toBe(true);
    openConversation('1224', 1);
    expect(chatwoot.root(document)).toBe(box);
  });

  it('reads nothing outside a conversation route', () => {
    history.replaceState(null, '', '/app/accounts/1/dashboard');
    expect(chatwoot.readTicket(document)).toBeNull();
    expect(chatwoot.composerMode!(document)).toBeNull();
  });
});
