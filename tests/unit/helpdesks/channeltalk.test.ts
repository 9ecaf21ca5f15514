// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channeltalk } from '@/utils/helpdesks/channeltalk';
import { HOSTED_WORKSPACES } from '@/utils/helpdesks/hosts';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/channeltalk.html'), 'utf8');
const CHAT_A = '6650b1f2a8c3d4e5f6a7';
const CHAT_B = '6650b20c91d2e3f4a5b6';
const CHAT_C = '6650b25e7f8a9b0c1d2e';

/** What the desk does on a chat click: new route, only that chat's view shown, its list item current. */
function openChat(id: string, { route = true } = {}): void {
  if (route) history.replaceState(null, '', `#/channels/48213/user_chats/${id}`);
  for (const view of document.querySelectorAll<HTMLElement>('section[data-user-chat-id]')) {
    view.hidden = view.dataset.userChatId !== id;
  }
  for (const link of document.querySelectorAll('a[href*="/user_chats/"]')) {
    if (link.getAttribute('href')!.endsWith(id)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('the Channel Talk adapter', () => {
  it('recognises the desk and no unrelated page', () => {
    expect(channeltalk.matches(document)).toBe(true);
    expect(HOSTED_WORKSPACES.channeltalk).toEqual(['https://desk.channel.io/*']);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<section><p>기사님한테 전화하면 제 번호가 보이나요?</p><div contenteditable="true" role="textbox"></div></section>';
    expect(channeltalk.matches(other)).toBe(false);
    expect(channeltalk.readTicket(other)).toBeNull();
  });

  it("reads the open chat's latest customer message, not the manager reply, the bot or the private message", () => {
    expect(channeltalk.readTicket(document)).toEqual({
      key: `channeltalk:${CHAT_A}`,
      subject: '호출/운행, 기사 통화',
      message: '기사님한테 앱으로 전화 걸면 제 휴대폰 번호가 기사님 쪽에 그대로 보이나요?\n번호가 노출될까 봐 걱정돼서요.',
      requester: '윤서아',
      channel: '앱 메신저',
    });
  });

  it('reads only the visible chat, and follows a switch to another one', () => {
    openChat(CHAT_B);
    expect(channeltalk.readTicket(document)).toEqual({
      key: `channeltalk:${CHAT_B}`,
      subject: '호출/운행',
      message: '대리 호출했는데 한참 지나도 기사가 안 잡혀요. 배정이 왜 이렇게 안 되나요?',
      requester: '강태윤',
      channel: '카카오톡',
    });
    openChat(CHAT_C, { route: false });
    history.replaceState(null, '', '/');
    expect(channeltalk.readTicket(document)).toMatchObject({
      key: `channeltalk:${CHAT_C}`,
      message: '제휴 업체 소속 기사가 배정됐다고 알림이 왔는데, 이 기사님 믿고 타도 괜찮은 건가요?',
      channel: '네이버 톡톡',
    });
  });

  it('prefers the routed chat when several chat views are shown', () => {
    for (const view of document.querySelectorAll<HTMLElement>('section[data-user-chat-id]')) view.hidden = false;
    history.replaceState(null, '', '/');
    expect(channeltalk.readTicket(document)).toBeNull();
    history.replaceState(null, '', `#/channels/48213/user_chats/${CHAT_C}`);
    expect(channeltalk.readTicket(document)?.key).toBe(`channeltalk:${CHAT_C}`);
    history.replaceState(null, '', `/48213/user-chats/${CHAT_B}`);
    expect(channeltalk.readTicket(document)?.key).toBe(`channeltalk:${CHAT_B}`);
  });

  it("finds the open chat's composer, not a hidden chat's", () => {
    const box = channeltalk.findReplyBox(document)!;
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(box.closest('section')!.getAttribute('data-user-chat-id')).toBe(CHAT_A);
    openChat(CHAT_B);
    expect(channeltalk.findReplyBox(document)!.closest('section')!.getAttribute('data-user-chat-id')).toBe(CHAT_B);
  });

  it("observes the body (the desk's DOM offers no known stable pane), which holds the chat's message and composer", () => {
    const root = channeltalk.root(document)!;
    expect(root).toBe(document.body);
    expect(root.contains(document.querySelector(`[data-user-chat-id="${CHAT_A}"] [data-message-id="m4"]`))).toBe(true);
    expect(root.contains(channeltalk.findReplyBox(document))).toBe(true);
  });
});
