// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EditableTracker } from '@/utils/page/editable-tracker';
import { selectedTicketText } from '@/utils/page/selected-text';
import { TicketWatcher } from '@/utils/page/ticket-watcher';
import { demoDesk } from '../fixtures/demo-helpdesk/adapter';
import { loadDemoDesk, openTicket } from './support/demo-desk-page';

beforeAll(() => loadDemoDesk('1041'));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  window.getSelection()?.removeAllRanges();
  document.getElementById('scratch')?.remove();
});

function select(setUp: (range: Range) => void): void {
  const range = document.createRange();
  setUp(range);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
}

/** A customer message with a reply editor right below it, as in an editor fixture or an in-house tool. */
function messageAboveEditor(editor: string): { message: HTMLElement; editor: HTMLElement } {
  const scratch = document.createElement('section');
  scratch.id = 'scratch';
  scratch.innerHTML = `<p id="msg">기사 배정이 안 돼요.<br>30분째 기다리는 중입니다.</p>${editor}<p id="after">감사합니다</p>`;
  document.body.append(scratch);
  return { message: scratch.querySelector('#msg')!, editor: scratch.querySelector('#editor')! };
}

describe('the selected customer text', () => {
  it('keeps a triple-click selection that Chromium ends at the start of the reply editor below', () => {
    for (const markup of ['<div id="editor" contenteditable="true"><p>초안</p></div>', '<textarea id="editor">초안</textarea>']) {
      const { message, editor } = messageAboveEditor(markup);
      select((range) => {
        range.setStart(message.firstChild!, 0);
        range.setEnd(editor.firstChild ?? editor, 0);
      });
      expect(selectedTicketText(window)).toBe('기사 배정이 안 돼요.\n30분째 기다리는 중입니다.');
      document.getElementById('scratch')!.remove();
    }
  });

  it('leaves out the draft of an editor the selection runs across', () => {
    const { message } = messageAboveEditor('<div id="editor" contenteditable="true"><p>상담사 초안</p></div>');
    select((range) => {
      range.setStart(message.firstChild!, 0);
      range.setEnd(document.getElementById('after')!.firstChild!, 5);
    });
    expect(selectedTicketText(window)).toBe('기사 배정이 안 돼요.\n30분째 기다리는 중입니다.\n감사합니다');
  });

  it('is nothing when the selection starts in the reply editor (the counselor selecting the draft)', () => {
    const { editor } = messageAboveEditor('<div id="editor" contenteditable="true"><p>상담사 초안</p></div>');
    select((range) => range.selectNodeContents(editor));
    expect(selectedTicketText(window)).toBeNull();
  });
});

describe('TicketWatcher', () => {
  function watch() {
    const readTicket = vi.spyOn(demoDesk, 'readTicket');
    const watcher = new TicketWatcher(window, new EditableTracker(window, controller.signal), () => demoDesk);
    const onChange = vi.fn();
    const stop = watcher.listen(onChange);
    controller.signal.addEventListener('abort', () => {
      stop();
      readTicket.mockRestore();
    });
    return { onChange, stop, readTicket };
  }

  it('reads the page only for changes under the adapter\'s root, not for churn elsewhere', async () => {
    const { readTicket } = watch();
    await new Promise((settled) => setTimeout(settled, 80));
    readTicket.mockClear();
    for (let i = 0; i < 5; i++) document.querySelector('.topbar__agent')!.textContent = `상담사 ${i}`;
    document.querySelector('.queue__title')!.setAttribute('data-count', '3');
    await new Promise((settled) => setTimeout(settled, 80));
    expect(readTicket).not.toHaveBeenCalled();
    document.querySelector('.ticket-view__subject')!.append(' ');
    await vi.waitFor(() => expect(readTicket).toHaveBeenCalled());
  });

  it('reads a change at once, and a page that keeps changing at most once per frame', async () => {
    const { readTicket } = watch();
    await new Promise((settled) => setTimeout(settled, 80));
    readTicket.mockClear();
    const subject = document.querySelector('.ticket-view__subject')!;
    subject.append('.');
    await Promise.resolve();
    expect(readTicket).toHaveBeenCalledTimes(1);
    // 40 changes over about 200 ms: read about once per 16 ms frame, not 40 times.
    for (let i = 0; i < 40; i++) {
      subject.append('.');
      await new Promise((settled) => setTimeout(settled, 5));
    }
    await new Promise((settled) => setTimeout(settled, 60));
    expect(readTicket.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(readTicket.mock.calls.length).toBeLessThanOrEqual(20);
  });

  it('reports a new selection at once, without waiting for a timer', () => {
    const { onChange } = watch();
    const body = document.querySelector('.message[data-author-role="customer"] .message__body')!;
    select((range) => range.selectNodeContents(body));
    document.dispatchEvent(new Event('selectionchange'));
    expect(onChange.mock.lastCall![0]).toMatchObject({ source: 'selection' });
  });

  it('stops observing when nobody listens any more', async () => {
    const { onChange, stop, readTicket } = watch();
    stop();
    readTicket.mockClear();
    onChange.mockClear();
    openTicket('1045');
    await new Promise((settled) => setTimeout(settled, 120));
    expect(readTicket).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });
});
