// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { zammad } from '@/utils/helpdesks/zammad';
import { zammadDesktop } from '@/utils/helpdesks/zammad-desktop';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/zammad-desktop.html'), 'utf8');
const CLASSIC_HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/zammad.html'), 'utf8');

function main(): HTMLElement {
  return document.getElementById('main-content')!;
}

/** What the desktop router does on another taskbar tab: push /desktop/tickets/<id>, KeepAlive shows that tab's view. */
function showTab(id: string): void {
  history.pushState({}, '', `/desktop/tickets/${id}`);
  const template = document.querySelector<HTMLTemplateElement>(`template[data-keep-alive="${id}"]`)!;
  main().replaceChildren(template.content.firstElementChild!.cloneNode(true));
  for (const link of document.querySelectorAll('#main-sidebar a[data-test-id="common-link"]')) {
    link.classList.toggle('router-link-exact-active', link.getAttribute('href') === `/desktop/tickets/${id}`);
  }
}

interface ReplyForm {
  /** The Visibility field's value; null leaves the field out (the form then only shows it by the stripes). */
  internal: boolean | null;
  striped?: 'bg-stripes' | 'border-stripes';
}

/**
 * What ArticleReply.vue renders once an article is being added: the stripes panel around
 * #ticketArticleReplyForm, into which the form's fields are teleported — Visibility as a desktop
 * FieldSelect output showing the chosen option's icon (`lock` Internal, `unlock` Public) and the
 * body as FieldEditorInput's TipTap editor.
 */
function openReplyForm({ internal, striped }: ReplyForm): HTMLElement {
  const visibility =
    internal === null
      ? ''
      : `<output role="combobox" name="internal" aria-haspopup="menu"><div role="list"><div role="listitem"><svg class="icon icon-${internal ? 'lock' : 'unlock'}"></svg><span>${internal ? '내부' : '공개'}</span></div></div></output>`;
  const panel = document.createElement('div');
  panel.setAttribute('role', 'complementary');
  panel.innerHTML = `<div class="flex h-full grow flex-col ${striped ?? ''}" data-test-id="article-reply-stripes-panel"><div class="isolate">
      <div id="ticketArticleReplyForm"><div class="formkit-outer" data-type="select">${visibility}</div>
        <div class="formkit-outer" data-type="editor"><div data-test-id="field-editor"><div contenteditable="true" role="textbox" name="body" class="tiptap ProseMirror"><p></p></div></div></div>
      </div></div></div>`;
  main().querySelector('.sticky.bottom-0')!.replaceWith(panel);
  return panel.querySelector<HTMLElement>('[name="body"]')!;
}

function clicksOn(...elements: Element[]): Element[] {
  const clicked: Element[] = [];
  for (const element of elements) element.addEventListener('click', () => clicked.push(element));
  return clicked;
}

function replyAction(articleId: string): HTMLElement {
  return main().querySelector<HTMLElement>(`[data-test-id="article-bubble-container-${articleId}"] [data-test-id="top-level-article-action-container"] button`)!;
}

function replyBarButton(iconName: string): HTMLElement {
  return main().querySelector<HTMLElement>(`.sticky.bottom-0 button:has(svg.icon-${iconName})`)!;
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState({}, '', '/desktop/tickets/41');
});

describe('the Zammad desktop view adapter', () => {
  it('recognises the desktop view, and neither it nor the classic adapter takes the other UI', () => {
    expect(zammadDesktop.matches(document)).toBe(true);
    expect(zammad.matches(document)).toBe(false);
    const classic = document.implementation.createHTMLDocument('classic');
    classic.documentElement.innerHTML = CLASSIC_HTML.replace(/<!doctype html>/i, '');
    expect(zammadDesktop.matches(classic)).toBe(false);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<aside id="main-sidebar"></aside><main id="main-content"><section role="feed"><article>호출 취소</article></section></main>';
    expect(zammadDesktop.matches(other)).toBe(false);
  });

  it("reads the shown ticket: the customer's article, not the internal note before it or the agent reply after it", () => {
    expect(zammadDesktop.readTicket(document)).toEqual({
      key: 'zammad-desktop:41',
      subject: '호출 중인데 취소하고 싶어요',
      message: '아직 기사님 배정 전이라 호출 중 화면만 떠 있는데요, 급한 일이 생겨서 이 호출을 취소하고 싶어요.',
      requester: '정하늘',
      channel: null,
    });
  });

  it("follows a tab switch to the other ticket and reads the customer's latest article there", () => {
    showTab('42');
    expect(zammadDesktop.readTicket(document)).toEqual({
      key: 'zammad-desktop:42',
      subject: '제휴 업체 기사 배정 문의',
      message: '앱에서 제휴 업체 소속 기사가 배정되었다고 안내가 떴는데, 카카오 T 대리 기사님이 아니어도 안전한 건가요?\n오세영 드림',
      requester: '오세영',
      channel: null,
    });
  });

  it('takes the latest customer article by id whatever the DOM order, and skips one set to internal', () => {
    showTab('42');
    const feed = main().querySelector('section[role="feed"]')!;
    for (const row of Array.from(feed.children).reverse()) feed.append(row);
    expect(zammadDesktop.readTicket(document)?.message).toContain('제휴 업체 소속 기사');
    main().querySelector('[data-test-id="article-bubble-container-213"]')!.classList.add('bg-stripes');
    expect(zammadDesktop.readTicket(document)?.message).toBe('안녕하세요.\n오늘 저녁 대리를 호출하려고 합니다.');
  });

  it('takes the ticket id from the active taskbar tab when the path has none, and reads nothing without a ticket view', () => {
    history.replaceState({}, '', '/desktop/');
    expect(zammadDesktop.readTicket(document)?.key).toBe('zammad-desktop:41');
    main().replaceChildren(document.createElement('div'));
    expect(zammadDesktop.readTicket(document)).toBeNull();
    expect(zammadDesktop.composerMode?.(document)).toBeNull();
  });

  describe('the composer', () => {
    it('is closed until an article is being added: no mode, no reply box', () => {
      expect(zammadDesktop.composerMode?.(document)).toBeNull();
      expect(zammadDesktop.findReplyBox(document)).toBeNull();
    });

    it('opens with "Reply" on the customer\'s latest article, not an agent\'s, in the shown tab', () => {
      const clicked = clicksOn(replyAction('202'), replyAction('203'), replyBarButton('mail'));
      expect(zammadDesktop.openReplyBox?.(document)).toBe(true);
      expect(clicked).toEqual([replyAction('202')]);
      showTab('42');
      const clickedThere = clicksOn(replyAction('211'), replyAction('212'), replyAction('213'));
      expect(zammadDesktop.openReplyBox?.(document)).toBe(true);
      expect(clickedThere).toEqual([replyAction('213')]);
    });

    it('opens with "Add reply" when no article offers "Reply", never with "Add internal note"', () => {
      for (const container of main().querySelectorAll('[data-test-id="top-level-article-action-container"]')) container.remove();
      const clicked = clicksOn(replyBarButton('mail'), replyBarButton('note'), replyBarButton('phone'));
      expect(zammadDesktop.openReplyBox?.(document)).toBe(true);
      expect(clicked).toEqual([replyBarButton('mail')]);
    });

    it('is a note while Visibility shows Internal, a reply while it shows Public, and its TipTap editor is the reply box either way', () => {
      const editor = openReplyForm({ internal: true });
      expect(zammadDesktop.composerMode?.(document)).toBe('note');
      expect(zammadDesktop.findReplyBox(document)).toBe(editor);
      main().querySelector('output[name="internal"] svg')!.setAttribute('class', 'icon icon-unlock');
      expect(zammadDesktop.composerMode?.(document)).toBe('reply');
      expect(zammadDesktop.findReplyBox(document)).toBe(editor);
    });

    it('trusts the Visibility field over the stripes, and reads the stripes (unpinned or pinned) without it', () => {
      openReplyForm({ internal: false, striped: 'bg-stripes' });
      expect(zammadDesktop.composerMode?.(document)).toBe('reply');
      main().querySelector('output[name="internal"]')!.remove();
      expect(zammadDesktop.composerMode?.(document)).toBe('note');
      const panel = main().querySelector('[data-test-id="article-reply-stripes-panel"]')!;
      panel.classList.replace('bg-stripes', 'border-stripes');
      expect(zammadDesktop.composerMode?.(document)).toBe('note');
      panel.classList.remove('border-stripes');
      expect(zammadDesktop.composerMode?.(document)).toBe('reply');
    });

    it('switches a note to public with "Reply" on the customer\'s latest article', () => {
      openReplyForm({ internal: true });
      const clicked = clicksOn(replyAction('202'), replyAction('203'));
      expect(zammadDesktop.switchToReply?.(document)).toBe(true);
      expect(clicked).toEqual([replyAction('202')]);
    });

    it('clicks nothing to switch a composer that is already public, or when no article offers "Reply"', () => {
      openReplyForm({ internal: false });
      const clicked = clicksOn(replyAction('202'));
      expect(zammadDesktop.switchToReply?.(document)).toBe(false);
      main().querySelector('output[name="internal"] svg')!.setAttribute('class', 'icon icon-lock');
      replyAction('202').closest('[data-test-id="top-level-article-action-container"]')!.remove();
      expect(zammadDesktop.switchToReply?.(document)).toBe(false);
      expect(clicked).toEqual([]);
    });
  });
});
