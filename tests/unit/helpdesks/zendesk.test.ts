// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { zendesk } from '@/utils/helpdesks/zendesk';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/zendesk.html'), 'utf8');
const TAB = '[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"]';

/** Does what Zendesk does on a tab click: marks the tab selected and shows only its workspace. */
function selectTab(id: string): void {
  for (const tab of document.querySelectorAll<HTMLElement>(TAB)) {
    const selected = tab.dataset.entityId === id;
    tab.setAttribute('data-entity-is-selected', String(selected));
    tab.setAttribute('aria-selected', String(selected));
    if (selected) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  for (const workspace of document.querySelectorAll<HTMLElement>('main#main_panes > .workspace')) {
    workspace.style.display = workspace.querySelector(`[data-ticket-id="${id}"]`) ? '' : 'none';
  }
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

const SWITCHER = 'button[data-test-id="omnichannel-channel-switcher-button"]';

function switcherOf(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`${SWITCHER}[data-channel-switcher-trigger-for-ticket-id="${id}"]`)!;
}

/** Does what Zendesk's switcher does: a click renders its menu a tick later; an item sets the channel. */
function fakeChannelMenu(id: string, channels: string[]): { picked: string[] } {
  const picked: string[] = [];
  const switcher = switcherOf(id);
  switcher.addEventListener('click', () => {
    setTimeout(() => {
      const menu = document.createElement('ul');
      menu.setAttribute('data-test-id', 'omnichannel-channel-switcher-menu');
      for (const channel of channels) {
        const item = document.createElement('li');
        item.setAttribute('role', 'menuitem');
        item.setAttribute('data-test-id', `omnichannel-channel-switcher-menuitem-${channel}`);
        item.addEventListener('click', () => {
          picked.push(channel);
          switcher.setAttribute('data-channel', channel);
          menu.remove();
        });
        menu.append(item);
      }
      document.body.append(menu); // a portal, outside the ticket's workspace
    }, 0);
  });
  return { picked };
}

describe('the Zendesk adapter', () => {
  it('recognises the agent workspace and no unrelated page', () => {
    expect(zendesk.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<main><article><p>30분째 호출 중인데 기사 배정이 안 돼요</p></article><div contenteditable="true"></div></main>';
    expect(zendesk.matches(other)).toBe(false);
    expect(zendesk.readTicket(other)).toBeNull();
  });

  it("reads the visible ticket: the customer's latest message, not the agent reply or the internal note after it", () => {
    expect(zendesk.readTicket(document)).toEqual({
      key: 'zendesk:1201',
      subject: '기사 배정이 계속 안 돼요',
      message: '30분째 호출 중인데 기사 배정이 계속 안 돼요. 왜 이렇게 배정이 늦어지는 건가요?',
      requester: '김민준',
      channel: '메시징',
    });
  });

  it('ignores the hidden workspaces of the other open tabs, and follows a tab switch', () => {
    selectTab('1202');
    expect(zendesk.readTicket(document)).toEqual({
      key: 'zendesk:1202',
      subject: '기사님께 전화하면 제 번호가 보이나요?',
      message: '배정된 기사님한테 전화하려는데, 앱으로 전화 걸면 기사님한테 제 휴대폰 번호가 보이나요?\n개인 번호가 알려지는 게 좀 걱정돼서요.',
      requester: '박지현',
      channel: '이메일',
    });
    selectTab('1203');
    expect(zendesk.readTicket(document)).toMatchObject({ key: 'zendesk:1203', requester: '최유나', message: expect.stringContaining('제휴 업체 소속 기사') });
  });

  it('orders the log by comment time, so a newest-first log still yields the latest customer message', () => {
    const log = document.querySelector('[data-ticket-id="1201"] [data-test-id="omni-log-container"]')!;
    for (const item of Array.from(log.children).reverse()) log.append(item);
    expect(zendesk.readTicket(document)?.message).toBe('30분째 호출 중인데 기사 배정이 계속 안 돼요. 왜 이렇게 배정이 늦어지는 건가요?');
  });

  it("finds the reply editor of the visible ticket's workspace only", () => {
    const box = zendesk.findReplyBox(document)!;
    expect(box.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(box.closest('.workspace')?.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('1201');
    selectTab('1203');
    expect(zendesk.findReplyBox(document)?.closest('.workspace')?.querySelector('[data-ticket-id="1203"]')).not.toBeNull();
  });

  it("observes main#main_panes, which keeps every ticket's workspace: the open ticket's message and reply box, across tab switches", () => {
    const main = document.querySelector('main#main_panes')!;
    expect(zendesk.root(document)).toBe(main);
    expect(main.contains(document.querySelector('[data-ticket-id="1201"] [data-test-id="omni-log-comment-item"]:nth-child(3)'))).toBe(true);
    expect(main.contains(zendesk.findReplyBox(document))).toBe(true);
    selectTab('1203');
    expect(zendesk.root(document)).toBe(main);
    expect(main.contains(zendesk.findReplyBox(document))).toBe(true);
  });

  it('reads nothing when no ticket tab is open', () => {
    for (const tab of document.querySelectorAll(TAB)) {
      tab.setAttribute('data-entity-is-selected', 'false');
      tab.setAttribute('aria-selected', 'false');
      tab.removeAttribute('aria-current');
    }
    for (const workspace of document.querySelectorAll<HTMLElement>('main#main_panes > .workspace')) workspace.style.display = 'none';
    expect(zendesk.readTicket(document)).toBeNull();
    expect(zendesk.findReplyBox(document)).toBeNull();
  });

  it("reads the composer's mode from its channel switcher: a public channel is a reply, \"internal\" a note", () => {
    expect(zendesk.composerMode!(document)).toBe('reply');
    switcherOf('1201').setAttribute('data-channel', 'internal');
    expect(zendesk.composerMode!(document)).toBe('note');
    selectTab('1202');
    expect(zendesk.composerMode!(document), "ticket 1202's own composer").toBe('reply');
    switcherOf('1202').setAttribute('data-channel', 'internal');
    expect(zendesk.composerMode!(document)).toBe('note');
  });

  it("ignores a switcher of another ticket's composer, and reads no mode while the composer is hidden", () => {
    switcherOf('1202').setAttribute('data-channel', 'internal');
    expect(zendesk.composerMode!(document)).toBe('reply');
    switcherOf('1201').closest<HTMLElement>('[data-test-id="editor-view"]')!.style.display = 'none';
    expect(zendesk.composerMode!(document)).toBeNull();
  });

  it('switches a note back to a public reply: opens the switcher, waits for its menu, picks a public text channel', async () => {
    switcherOf('1201').setAttribute('data-channel', 'internal');
    const menu = fakeChannelMenu('1201', ['voice', 'internal', 'native_messaging']);
    expect(zendesk.switchToReply!(document)).toBe(true);
    await vi.waitFor(() => expect(zendesk.composerMode!(document)).toBe('reply'));
    expect(menu.picked, 'never a call, never the note again').toEqual(['native_messaging']);
  });

  it('picks the public channel at once when the menu is already open', () => {
    switcherOf('1201').setAttribute('data-channel', 'internal');
    const menu = fakeChannelMenu('1201', ['internal', 'web']);
    switcherOf('1201').click();
    return vi.waitFor(() => {
      expect(document.querySelector('[data-test-id="omnichannel-channel-switcher-menuitem-web"]')).not.toBeNull();
    }).then(() => {
      expect(zendesk.switchToReply!(document)).toBe(true);
      expect(menu.picked).toEqual(['web']);
      expect(zendesk.composerMode!(document)).toBe('reply');
    });
  });

  it('has nothing to switch when no composer is shown', () => {
    switcherOf('1201').closest<HTMLElement>('[data-test-id="editor-view"]')!.style.display = 'none';
    expect(zendesk.switchToReply!(document)).toBe(false);
  });
});
