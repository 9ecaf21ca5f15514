// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freescout } from '@/utils/helpdesks/freescout';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/freescout.html'), 'utf8');

/** Does what a FreeScout page load of another conversation leaves behind: its #conv-layout and body id. */
function openConversation(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!;
  document.getElementById('conv-layout')!.replaceWith(template.content.cloneNode(true));
  document.body.setAttribute('data-conversation_id', id);
}

/** What FreeScout's `.conv-reply` / `.conv-add-note` handlers do to the reply block. */
function showBlock(mode: 'reply' | 'note'): HTMLElement {
  const block = document.querySelector<HTMLElement>('#conv-layout .conv-reply-block')!;
  block.classList.remove('hidden');
  block.classList.toggle('conv-note-block', mode === 'note');
  block.querySelector<HTMLInputElement>('input[name="is_note"]')!.value = mode === 'note' ? '1' : '';
  return block;
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

describe('the FreeScout adapter', () => {
  it('recognises a FreeScout conversation page and no unrelated page', () => {
    expect(freescout.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="thread"><div class="thread-body">기사 배정이 안 돼요</div></div><textarea id="body"></textarea>';
    expect(freescout.matches(other)).toBe(false);
    expect(freescout.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest thread of a newest-first list, not the note above it or the agent reply below", () => {
    expect(freescout.readTicket(document)).toEqual({
      key: 'freescout:1043',
      subject: '멀티콜 전화번호를 잘못 입력했어요',
      message: '친구 대신 멀티콜로 대리를 불렀는데 친구 전화번호를 한 자리 잘못 입력하고 호출해 버렸어요.\n어떻게 해야 하나요?',
      requester: '김민지',
      channel: 'Email',
    });
  });

  it('does not depend on thread order: the highest thread id wins', () => {
    const main = document.getElementById('conv-layout-main')!;
    main.append(...Array.from(main.children).reverse()); // oldest first now
    expect(freescout.readTicket(document)?.message).toContain('친구 전화번호를 한 자리 잘못 입력하고');
  });

  it('reads the conversation that is loaded after moving to another one', () => {
    openConversation('1044');
    expect(freescout.readTicket(document)).toEqual({
      key: 'freescout:1044',
      subject: '배정 완료 후 호출 취소 문의',
      message: '기사님 배정이 이미 완료됐는데 일정이 바뀌어서요. 배정된 뒤에도 호출 취소할 수 있나요?',
      requester: '이도윤',
      channel: 'Chat',
    });
    openConversation('1045');
    expect(freescout.readTicket(document)).toMatchObject({ key: 'freescout:1045', requester: '최유나', channel: 'Phone' });
    expect(freescout.readTicket(document)?.message).toBe('아직 기사 배정 전이고 호출 중 화면인데, 지금 호출 취소할 수 있나요?');
  });

  it('falls back to the URL for the conversation id', () => {
    document.body.removeAttribute('data-conversation_id');
    history.replaceState(null, '', '/conversation/1043?folder_id=13');
    expect(freescout.readTicket(document)?.key).toBe('freescout:1043');
  });

  it('labels the channel by the conversation type on #conv-layout, whatever the threads show', () => {
    const layout = document.getElementById('conv-layout')!;
    expect(freescout.readTicket(document)?.channel).toBe('Email');
    layout.className = 'conv-type-phone';
    expect(freescout.readTicket(document)?.channel).toBe('Phone');
    layout.className = 'conv-type-chat';
    expect(freescout.readTicket(document)?.channel).toBe('Chat');
    // Releases without the class: the phone badge, else email.
    layout.removeAttribute('class');
    expect(freescout.readTicket(document)?.channel).toBe('Email');
    openConversation('1045');
    document.getElementById('conv-layout')!.removeAttribute('class');
    expect(freescout.readTicket(document)?.channel).toBe('Phone');
  });

  it("reads the composer's mode from the reply block: none while hidden, a note by its class or is_note, else a reply", () => {
    expect(freescout.composerMode!(document)).toBeNull();
    const block = showBlock('note');
    expect(freescout.composerMode!(document)).toBe('note');
    block.classList.remove('conv-note-block'); // the posted field alone still says note
    expect(freescout.composerMode!(document)).toBe('note');
    showBlock('reply');
    expect(freescout.composerMode!(document)).toBe('reply');
  });

  it('finds no editor while the block is hidden, and the composer editor once shown (also as a note: the mode check guards it)', () => {
    expect(freescout.findReplyBox(document)).toBeNull();
    const block = showBlock('note');
    expect(freescout.findReplyBox(document)).toBe(block.querySelector('textarea#body'));
    showBlock('reply');
    // Before Summernote runs, the textarea is the editor; after, its contenteditable `.note-editable`.
    expect(freescout.findReplyBox(document)).toBe(block.querySelector('textarea#body'));
    const editable = document.createElement('div');
    editable.className = 'note-editable';
    editable.setAttribute('contenteditable', 'true');
    block.querySelector('.conv-reply-body')!.append(editable);
    expect(freescout.findReplyBox(document)).toBe(editable);
  });

  it('offers no switch from a note to a reply: FreeScout has none (Reply ignores an open note)', () => {
    expect(freescout.switchToReply).toBeUndefined();
    let clicks = 0;
    document.querySelector('.conv-actions .conv-reply')!.addEventListener('click', () => { clicks++; });
    showBlock('note');
    expect(freescout.openReplyBox!(document)).toBe(false);
    expect(clicks).toBe(0);
  });

  it('observes #conv-layout: the thread list and the reply form (each conversation is its own page load)', () => {
    const layout = document.getElementById('conv-layout')!;
    expect(freescout.root(document)).toBe(layout);
    expect(layout.contains(document.getElementById('thread-9005'))).toBe(true);
    showBlock('reply');
    expect(layout.contains(freescout.findReplyBox(document))).toBe(true);
  });

  it('opens the reply block by clicking Reply only while it is hidden', () => {
    let clicks = 0;
    document.querySelector('.conv-actions .conv-reply')!.addEventListener('click', () => {
      clicks++;
      showBlock('reply');
    });
    expect(freescout.openReplyBox!(document)).toBe(true);
    expect(clicks).toBe(1);
    expect(freescout.findReplyBox(document)).not.toBeNull();
    expect(freescout.openReplyBox!(document)).toBe(false);
    expect(clicks).toBe(1);
  });
});
