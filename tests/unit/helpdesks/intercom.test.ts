// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { intercom } from '@/utils/helpdesks/intercom';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/intercom.html'), 'utf8');
const APP = '/a/inbox/k9x2m4p1/inbox/shared/all/conversation/';
const PART = '[data-intercom-target="conversation-stream-content-part"]';
const CHAT_MESSAGE = '지금 강남역에서 20분째 호출 중인데 기사 배정이 안 돼요.\n왜 이렇게 배정이 늦어지는 건가요?';

/** A composer editor as Intercom's ProseMirror composer renders it. */
function mountEditors(): void {
  for (const mount of document.querySelectorAll('[data-composer-mount]')) {
    mount.innerHTML = '<div contenteditable="true" class="embercom-prosemirror-composer-editor ProseMirror" role="textbox"><p><br></p></div>';
  }
}

function load(html = HTML): void {
  document.documentElement.innerHTML = html.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `${APP}215470001`);
  mountEditors();
}

/** Does what the inbox does on opening another conversation: re-renders the space, pushes the URL. */
function openConversation(id: string): void {
  const space = document.querySelector('[data-intercom-target="conversation-space"]')!;
  space.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  space.setAttribute('data-conversation-id', id);
  history.pushState(null, '', `${APP}${id}`);
  mountEditors();
}

const box = (left: number, width: number) => ({ left, width, right: left + width, top: 0, bottom: 40, height: 40, x: left, y: 0, toJSON: () => ({}) });

/**
 * JSDOM lays nothing out. Gives the stream and each part the box Chromium gives them from the fixture's
 * CSS: an 800 px stream, bubbles 300 px wide, teammate and bot bubbles pushed right (`ml-auto`).
 */
function layOutLikeChromium(): void {
  document.querySelector('[data-conversation-stream]')!.getBoundingClientRect = () => box(0, 800) as DOMRect;
  for (const part of document.querySelectorAll(PART)) {
    part.getBoundingClientRect = () => box(part.classList.contains('ml-auto') ? 500 : 0, 300) as DOMRect;
  }
}

/** The markup before the rename: `inbox2__` classes and a category on every group (1 customer, 3 teammate, 4 note, 5 bot). */
function loadOldSpelling(categories: Record<string, string>): void {
  load(HTML.replaceAll('inbox-2__', 'inbox2__'));
  for (const [id, category] of Object.entries(categories)) document.querySelector(`[data-part-group-id="g-${id}"]`)!.setAttribute('data-part-group-category', category);
}

/** What clicking a tab does in the inbox: that tab selected, the text area note-coloured in Note mode. */
function switchTabsOnClick(): string[] {
  const clicks: string[] = [];
  const replyTab = document.querySelector('.inbox__conversation-controls__pane-selector > div.tabs__tab')!;
  const noteTab = document.querySelector('[data-intercom-target="note-tab"]')!;
  const select = (note: boolean) => {
    replyTab.classList.toggle('o__selected', !note);
    noteTab.classList.toggle('o__selected', note);
    document.querySelector('.conversation__text')!.classList.toggle('o__note', note);
  };
  replyTab.addEventListener('click', () => { clicks.push('reply'); select(false); });
  noteTab.addEventListener('click', () => { clicks.push('note'); select(true); });
  return clicks;
}

beforeEach(() => load());

describe('the Intercom adapter', () => {
  it('recognises the inbox (both class spellings) and no unrelated page', () => {
    expect(intercom.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="ProseMirror" contenteditable="true"></div><div data-part-id="1">hi</div>';
    expect(intercom.matches(other)).toBe(false);
    expect(intercom.readTicket(other)).toBeNull();
    other.body.innerHTML = '<div class="inbox2__conversation-page"></div>';
    expect(intercom.matches(other)).toBe(true);
  });

  it("reads the customer's latest part by the side of the stream it sits on (no category, no alignment class), not Fin's, the note or the reply", () => {
    layOutLikeChromium();
    expect(intercom.readTicket(document)).toEqual({
      key: 'intercom:215470001',
      subject: '',
      message: CHAT_MESSAGE,
      requester: '최유진',
      channel: 'Chat',
    });
  });

  it('reads no part rather than guess when nothing tells who wrote it (nothing laid out)', () => {
    expect(intercom.readTicket(document)?.message).toBe('');
  });

  it('reads the old `inbox2__` spelling with data-part-group-category', () => {
    loadOldSpelling({ 81001: '1', 81002: '5', 81003: '1', 81004: '4', 81005: '3' });
    expect(document.querySelector('.inbox2__note-part')).not.toBeNull();
    expect(intercom.readTicket(document)?.message).toBe(CHAT_MESSAGE);
    expect(intercom.findReplyBox(document)?.closest('.inbox2__composer__container')).not.toBeNull();
    openConversation('215470002');
    expect(intercom.readTicket(document)).toMatchObject({ channel: 'Email', message: expect.stringContaining('제휴 업체 소속 기사님이 배정되었다는') });
  });

  it("reads the rows' alignment classes or data-author-type where the category is missing", () => {
    const rows = Array.from(document.querySelectorAll('[data-part-group-id]'));
    rows.forEach((row, index) => { row.classList.add(index === 0 || index === 2 ? 'justify-start' : 'justify-end'); });
    expect(intercom.readTicket(document)?.message).toBe(CHAT_MESSAGE);
    rows.forEach((row) => { row.classList.remove('justify-start', 'justify-end'); });
    rows.forEach((row, index) => { row.setAttribute('data-author-type', index === 0 || index === 2 ? 'user' : 'admin'); });
    expect(intercom.readTicket(document)?.message).toBe(CHAT_MESSAGE);
  });

  it("takes a note part (either spelling) for a teammate's, whatever its row says", () => {
    document.querySelector('[data-part-id="81004"] [data-testid="admin-avatar-name"]')!.remove();
    for (const row of document.querySelectorAll('[data-part-group-id]')) row.setAttribute('data-author-type', 'user');
    document.querySelector('[data-part-id="81005"]')!.closest('[data-part-group-id]')!.remove();
    expect(intercom.readTicket(document)?.message).toBe(CHAT_MESSAGE);
    document.querySelector('.inbox-2__note-part')!.className = 'inbox2__note-part';
    expect(intercom.readTicket(document)?.message).toBe(CHAT_MESSAGE);
  });

  it('takes the conversation id from the space when the URL has none', () => {
    history.replaceState(null, '', '/a/inbox/k9x2m4p1/inbox/shared/all');
    expect(intercom.readTicket(document)?.key).toBe('intercom:215470001');
  });

  it("follows a switch to an email conversation: the customer's email parts tell themselves apart", () => {
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

  it('reads the mode from the selected tab, gives the editor in both modes, and switches a note back with the Reply tab', () => {
    const clicks = switchTabsOnClick();
    const editor = intercom.findReplyBox(document)!;
    expect(editor.classList.contains('embercom-prosemirror-composer-editor')).toBe(true);
    expect(intercom.composerMode!(document)).toBe('reply');

    document.querySelector<HTMLElement>('[data-intercom-target="note-tab"]')!.click();
    expect(intercom.composerMode!(document)).toBe('note');
    expect(intercom.findReplyBox(document)).toBe(editor);

    expect(intercom.switchToReply!(document)).toBe(true);
    expect(clicks).toEqual(['note', 'reply']);
    expect(intercom.composerMode!(document)).toBe('reply');
  });

  it("reads Note mode from the note-coloured text area when no tab is marked, and the reply pane's editor where each pane keeps one", () => {
    document.querySelector('.inbox__conversation-controls__pane-selector > div.tabs__tab')!.classList.remove('o__selected');
    const text = document.querySelector('.conversation__text')!;
    text.classList.add('o__note');
    expect(intercom.composerMode!(document)).toBe('note');
    text.insertAdjacentHTML('beforebegin', '<div class="conversation__text"><div contenteditable="true" class="embercom-prosemirror-composer-editor ProseMirror" id="reply-pane"></div></div>');
    expect(intercom.findReplyBox(document)?.id).toBe('reply-pane');
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
    expect(intercom.composerMode!(document)).toBeNull();
  });
});
