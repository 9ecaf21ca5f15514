// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osticket } from '@/utils/helpdesks/osticket';
import { detectEditorFamily } from '@/utils/insert/editor-family';
import { insertThroughPageApi, installEditorBridge } from '@/utils/insert/page-api-bridge';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/osticket.html'), 'utf8');

/** What jquery-pjax does when an agent opens another ticket: refills #pjax-container. */
function pjaxOpen(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-ticket-id="${id}"]`)!;
  document.getElementById('pjax-container')!.innerHTML = template.innerHTML;
}

/** What osTicket's tabs do: the clicked tab's li gets `active`, the other tab_content gets `hidden`. */
function showResponseTab(which: 'reply' | 'note'): void {
  for (const li of document.querySelectorAll('#response-tabs li')) {
    li.classList.toggle('active', li.querySelector(`a[href="#${which}"]`) !== null);
  }
  document.querySelector('form#reply')!.classList.toggle('hidden', which !== 'reply');
  document.querySelector('form#note')!.classList.toggle('hidden', which !== 'note');
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
});

describe('the osTicket adapter', () => {
  it('recognises the staff panel and no unrelated page', () => {
    expect(osticket.matches(document)).toBe(true);
    const other = document.implementation.createHTMLDocument('elsewhere');
    other.body.innerHTML = '<div class="thread-entry message"><div class="thread-body"><div>기사 배정이 안 돼요</div></div></div><textarea id="response"></textarea>';
    expect(osticket.matches(other)).toBe(false);
    expect(osticket.readTicket(other)).toBeNull();
  });

  it("reads the customer's latest message, not the staff response, the internal note or the task thread", () => {
    expect(osticket.readTicket(document)).toEqual({
      key: 'osticket:3',
      subject: '기사 배정이 계속 안 돼요',
      message: '오늘도 30분째 호출 중인데 기사 배정이 계속 안 돼요.\n왜 이렇게 배정이 늦어지는 건가요?',
      requester: '정하은',
      channel: 'Web',
    });
    // The Tasks tab holds a task thread with its own `.thread-entry.message` (and its own #thread-items).
    expect(document.querySelectorAll('#thread-items').length).toBe(2);
  });

  it('reads the latest customer message when the agent shows the thread newest first', () => {
    const items = document.querySelector('#ticketThread #thread-items')!;
    items.append(...Array.from(items.children).reverse());
    expect(osticket.readTicket(document)?.message).toContain('30분째 호출 중인데');
  });

  it('reads the ticket pjax swaps in', () => {
    pjaxOpen('7');
    expect(osticket.readTicket(document)).toEqual({
      key: 'osticket:7',
      subject: '호출 중 취소 문의',
      message: '안녕하세요.\n아직 기사 배정 전이고 호출 중 화면인데, 지금 호출 취소할 수 있나요?',
      requester: '한지우',
      channel: 'Email',
    });
    pjaxOpen('9');
    expect(osticket.readTicket(document)).toMatchObject({
      key: 'osticket:9',
      message: '제휴 업체 소속 기사가 배정됐다고 알림이 왔는데, 이 기사님 믿고 타도 괜찮은 건가요?',
      requester: '오민석',
      channel: 'Phone',
    });
  });

  it('reads the Source without its translated header: the inline editor, else the last row of the owner table', () => {
    for (const th of document.querySelectorAll('table.ticket_info th')) th.textContent = '출처 없음:'; // any language
    expect(osticket.readTicket(document)?.channel).toBe('Web');
    // An agent who may not edit: the plain value, then the Web source's IP, which is not the channel.
    const link = document.querySelector('a[href$="/field/source/edit"]')!;
    link.replaceWith(document.createTextNode('Web'));
    expect(document.querySelector('#field_source')).toBeNull();
    expect(osticket.readTicket(document)?.channel).toBe('Web');
    pjaxOpen('9'); // rendered without the inline editor
    expect(document.querySelector('#field_source')).toBeNull();
    expect(osticket.readTicket(document)?.channel).toBe('Phone');
  });

  it('reads no Source when the owner table ends without one', () => {
    const row = document.querySelector('#field_source')!.closest('tr')!;
    row.remove();
    expect(osticket.readTicket(document)?.channel).toBeNull();
  });

  it("reads the composer's mode from which response form is shown, and switches with the Post Reply tab", () => {
    expect(osticket.composerMode!(document)).toBe('reply');
    showResponseTab('note');
    expect(osticket.composerMode!(document)).toBe('note');
    let clicks = 0;
    document.querySelector('#post-reply-tab')!.addEventListener('click', () => {
      clicks++;
      showResponseTab('reply');
    });
    expect(osticket.switchToReply!(document)).toBe(true);
    expect(clicks).toBe(1);
    expect(osticket.composerMode!(document)).toBe('reply');
  });

  it('finds the reply textarea only while Post Reply is the shown tab; opening never turns a note into a reply', () => {
    expect(osticket.findReplyBox(document)).toBe(document.querySelector('textarea#response'));
    expect(osticket.openReplyBox!(document)).toBe(false);
    showResponseTab('note');
    expect(osticket.findReplyBox(document)).toBeNull();
    let clicks = 0;
    document.querySelector('#post-reply-tab')!.addEventListener('click', () => { clicks++; });
    expect(osticket.openReplyBox!(document)).toBe(false);
    expect(clicks).toBe(0);
  });

  it('keeps the mode of the response tabs while the Tasks tab hides them, and switches a hidden note tab too', () => {
    showResponseTab('note');
    document.getElementById('ticket_thread')!.classList.add('hidden');
    expect(osticket.composerMode!(document)).toBe('note');
    document.querySelector('#post-reply-tab')!.addEventListener('click', () => showResponseTab('reply'));
    expect(osticket.switchToReply!(document)).toBe(true);
    expect(osticket.composerMode!(document)).toBe('reply');
  });

  it('brings back the Ticket Thread tab when the Tasks tab hides the reply form', () => {
    const thread = document.getElementById('ticket_thread')!;
    const tasks = document.getElementById('tasks')!;
    thread.classList.add('hidden');
    tasks.classList.remove('hidden');
    expect(osticket.readTicket(document)?.message).toContain('30분째 호출 중인데'); // not the task thread
    expect(osticket.findReplyBox(document)).toBeNull();
    document.querySelector('#ticket-thread-tab')!.addEventListener('click', () => {
      thread.classList.remove('hidden');
      tasks.classList.add('hidden');
    });
    expect(osticket.openReplyBox!(document)).toBe(true);
    expect(osticket.findReplyBox(document)?.id).toBe('response');
  });

  it('observes #pjax-container, which pjax refills: the customer message and the reply textarea, across ticket switches', () => {
    const container = document.getElementById('pjax-container')!;
    expect(osticket.root(document)).toBe(container);
    expect(container.contains(document.getElementById('thread-entry-13'))).toBe(true);
    expect(container.contains(osticket.findReplyBox(document))).toBe(true);
    pjaxOpen('7');
    expect(osticket.root(document)).toBe(container);
    expect(container.contains(osticket.findReplyBox(document))).toBe(true);
  });

  it("finds the reply box of the ticket pjax swapped in, not the previous one's", () => {
    pjaxOpen('9');
    const box = osticket.findReplyBox(document)!;
    expect(box.closest('form')!.querySelector<HTMLInputElement>('input[name="id"]')!.value).toBe('9');
  });
});

/**
 * osTicket with rich text on: Redactor 3 (js/redactor.min.js) replaces textarea#response with its box.
 * Redactor is commercial and on no npm registry, so the box below is the DOM osTicket's own code
 * relies on (js/redactor-osticket.js: the root textarea inside `.redactor-box`, the editable
 * `.redactor-in`), and `$R` is a recording test double of the public call osTicket's scp.js makes
 * (`$R('#response.richtext').insertion.insertHtml(html)`): this checks ReplyDeck's side of that
 * contract only, not Redactor's behaviour.
 */
describe('osTicket rich text (Redactor 3): the reply goes in through Redactor’s own API', () => {
  function richText(): { editable: HTMLElement; textarea: HTMLTextAreaElement } {
    const textarea = document.querySelector<HTMLTextAreaElement>('textarea#response')!;
    textarea.classList.add('richtext');
    const box = document.createElement('div');
    box.className = 'redactor-box';
    box.innerHTML = '<div class="redactor-toolbar-wrapper"><div class="redactor-toolbar"></div></div><div class="redactor-styles redactor-in redactor-in-0" contenteditable="true" dir="ltr"><p><br></p></div><div class="redactor-statusbar"></div>';
    textarea.replaceWith(box);
    box.querySelector('.redactor-statusbar')!.before(textarea);
    textarea.style.display = 'none';
    return { editable: box.querySelector<HTMLElement>('.redactor-in')!, textarea };
  }

  function redactorDouble(): Array<{ root: Element; html: string }> {
    const calls: Array<{ root: Element; html: string }> = [];
    Object.assign(window, { $R: (root: Element) => ({ insertion: { insertHtml: (html: string) => calls.push({ root, html }) } }) });
    return calls;
  }

  // JSDOM has no CSS.escape, which the bridge uses to find its target by nonce (a UUID: letters, digits, dashes).
  beforeAll(() => {
    (globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/g, (char) => `\\${char}`) };
  });

  afterEach(() => {
    delete (window as { $R?: unknown }).$R;
  });

  it('finds Redactor’s editable as the reply box and sends it to the page-world bridge first', () => {
    const { editable } = richText();
    expect(osticket.findReplyBox(document)).toBe(editable);
    expect(detectEditorFamily(editable)).toEqual({ id: 'redactor', methods: ['page-api', 'paste', 'insert-html', 'type-lines', 'dom'] });
  });

  it('hands the reply HTML to $R(root textarea).insertion.insertHtml', () => {
    const { editable, textarea } = richText();
    const calls = redactorDouble();
    installEditorBridge(window);
    expect(insertThroughPageApi(editable, '<p>안녕하세요</p>')).toBe(true);
    expect(calls).toEqual([{ root: textarea, html: '<p>안녕하세요</p>' }]);
  });

  it('leaves an editable alone that is not in a Redactor box (calling $R there would create an instance)', () => {
    const calls = redactorDouble();
    installEditorBridge(window);
    const stray = document.createElement('div');
    stray.className = 'redactor-in';
    stray.contentEditable = 'true';
    document.body.append(stray);
    expect(insertThroughPageApi(stray, '<p>x</p>')).toBe(false);
    expect(calls).toEqual([]);
  });
});
