// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatwoot } from '@/utils/helpdesks/chatwoot';

const HTML = readFileSync(resolve(import.meta.dirname, '../../fixtures/helpdesks/chatwoot-email.html'), 'utf8');
const PATH = '/app/accounts/1/conversations/';

/** ReplyEmailHead's Cc input above WootWriter's ProseMirror: what an email inbox's reply box holds. */
const EMAIL_REPLY_TOP =
  '<div><div class="input-group-wrap"><div class="input-group small"><label class="input-group-label">Cc</label><input type="text"></div></div></div>' +
  '<div class="editor-root relative w-full"><div><div contenteditable="true" class="ProseMirror ProseMirror-woot-style"><p><br></p></div></div></div>';

const latestLetter = (): Element => document.querySelector('#message804 .prose-email')!;

function openConversation(id: string): void {
  document.querySelector('.conversation-view')!.innerHTML = document.querySelector<HTMLTemplateElement>(`template[data-conversation-id="${id}"]`)!.innerHTML;
  history.pushState(null, '', `${PATH}${id}`);
}

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/<!doctype html>/i, '');
  history.replaceState(null, '', `${PATH}1301`);
  document.querySelector('.reply-box__top')!.innerHTML = EMAIL_REPLY_TOP;
});

describe('the Chatwoot adapter on an email inbox', () => {
  it("reads the contact's latest mail without EmailMeta's From / To / Subject lines and without the quoted history the agent showed", () => {
    expect(chatwoot.readTicket(document)).toEqual({
      key: 'chatwoot:1301',
      subject: '',
      message: '안녕하세요.\n배정된 기사님께 앱으로 전화를 걸면 제 휴대폰 번호가 기사님께 그대로 보이나요?\n개인 번호가 노출될까 봐 걱정돼서 문의드립니다.',
      requester: '정하늘',
      channel: null,
    });
  });

  it('reads the same words with the quoted history hidden (what removeReply.js leaves) ', () => {
    for (const quote of latestLetter().querySelectorAll('[class*="gmail_quote"]')) quote.remove();
    expect(chatwoot.readTicket(document)?.message).toBe(
      '안녕하세요.\n배정된 기사님께 앱으로 전화를 걸면 제 휴대폰 번호가 기사님께 그대로 보이나요?\n개인 번호가 노출될까 봐 걱정돼서 문의드립니다.',
    );
  });

  it("names no channel from the header's snooze label (one inbox: no InboxName)", () => {
    expect(document.querySelector('.conversation--header--actions')!.textContent?.trim()).toBe('다음 답장까지 일시 중지됨');
    expect(chatwoot.readTicket(document)?.channel).toBeNull();
  });

  it("leaves out an Apple Mail blockquote Chatwoot's quote stripper does not detect", () => {
    openConversation('1305');
    expect(chatwoot.readTicket(document)).toEqual({
      key: 'chatwoot:1305',
      subject: '',
      message: '고객센터 담당자님께,\n친구 대신 대리를 호출하면서 친구 전화번호를 한 자리 잘못 입력했어요. 기사님이 엉뚱한 번호로 연락하실 것 같은데 어떻게 하면 되나요?',
      requester: '오세린',
      channel: null,
    });
  });

  it('leaves out quote elements that have no attribution line (sanitized quote classes, blockquotes)', () => {
    for (const attribution of latestLetter().querySelectorAll('[class*="gmail_attr"]')) attribution.remove();
    expect(chatwoot.readTicket(document)?.message).toBe(
      '안녕하세요.\n배정된 기사님께 앱으로 전화를 걸면 제 휴대폰 번호가 기사님께 그대로 보이나요?\n개인 번호가 노출될까 봐 걱정돼서 문의드립니다.',
    );
    latestLetter().innerHTML = '<div id="msg_X"><p>제 번호가 보이나요?</p><blockquote type="cite"><p>호출 취소는 화면 상단에서 할 수 있습니다.</p></blockquote></div>';
    expect(chatwoot.readTicket(document)?.message).toBe('제 번호가 보이나요?');
  });

  it('cuts a plain mail at its quote attribution and drops `>` lines', () => {
    latestLetter().innerHTML =
      '<div id="msg_X"><p>기사님 번호가 아니라 제 번호가 보이는지 궁금해요.</p><p>&gt; 이전 메일 한 줄</p><p>On Sun, Mar 2, 2025 at 9:02 PM 고객센터 &lt;help@daeri.example&gt; wrote:</p><p>호출 취소는 화면 상단에서 할 수 있습니다.</p></div>';
    expect(chatwoot.readTicket(document)?.message).toBe('기사님 번호가 아니라 제 번호가 보이는지 궁금해요.');
    latestLetter().innerHTML =
      '<div id="msg_X"><p>제 번호가 보이나요?</p><div>2025년 3월 2일 (일) 오후 9:02, 고객센터 &lt;help@daeri.example&gt;님이 작성:</div><p>호출 취소는 화면 상단에서 할 수 있습니다.</p></div>';
    expect(chatwoot.readTicket(document)?.message).toBe('제 번호가 보이나요?');
  });

  it("gives the rich editor, not ReplyEmailHead's Cc input, and reads the mode", () => {
    expect(chatwoot.findReplyBox(document)?.classList.contains('ProseMirror-woot-style')).toBe(true);
    expect(chatwoot.composerMode!(document)).toBe('reply');
    document.querySelector('.reply-box')!.classList.add('is-private');
    expect(chatwoot.composerMode!(document)).toBe('note');
  });
});
