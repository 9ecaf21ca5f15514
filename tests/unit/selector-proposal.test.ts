// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { proposeSelectors } from '@/utils/profiles/selector-proposal';

beforeEach(() => {
  document.body.innerHTML = `
    <main id="app">
      <ul class="thread css-1x9k2ab">
        <li class="msg msg--customer is-new" data-message-id="9001" data-author="customer"><p>먼저 보낸 문의</p></li>
        <li class="msg msg--agent" data-author="agent"><p>상담원 답변</p></li>
        <li class="msg msg--customer sc-hKgILt" data-message-id="9003" data-author="customer"><p>기사 배정이 너무 늦어요</p></li>
        <li class="msg msg--agent" data-author="agent"><p>확인해 보겠습니다</p></li>
      </ul>
      <form class="composer"><div class="toolbar"></div><div class="editor-wrap"><div class="ProseMirror" contenteditable="true"><p><br></p></div></div></form>
      <div><div><textarea></textarea></div></div>
    </main>`;
});

const latest = () => document.querySelectorAll('.msg--customer')[1]!;

describe('proposed selectors for a clicked element', () => {
  it('prefer a data attribute over classes, skip record ids, hashes and state classes, and read the latest message', () => {
    const proposals = proposeSelectors(latest(), 'message', document);
    expect(proposals[0]).toMatchObject({ selector: 'li[data-author="customer"]', robustness: 'attribute', matches: 2, reads: '기사 배정이 너무 늦어요' });
    const all = proposals.map((proposal) => proposal.selector).join(' | ');
    expect(all).not.toMatch(/9003|sc-hKgILt|css-1x9k2ab|is-new/);
    expect(proposals.every((proposal) => proposal.reads === '기사 배정이 너무 늦어요')).toBe(true);
  });

  it('never proposes a selector whose last match is another message (the agent reply after it)', () => {
    const clickedParagraph = latest().querySelector('p')!;
    const proposals = proposeSelectors(clickedParagraph, 'message', document);
    expect(proposals.length).toBeGreaterThan(0);
    for (const proposal of proposals) {
      const matches = document.querySelectorAll(proposal.selector);
      expect(matches[matches.length - 1]!.textContent).toBe('기사 배정이 너무 늦어요');
    }
  });

  it('for the reply box, resolve a click inside the editor to its root and prefer a unique hook', () => {
    const proposals = proposeSelectors(document.querySelector('.ProseMirror p')!, 'reply', document);
    expect(proposals[0]).toMatchObject({ selector: 'div.ProseMirror', matches: 1, reads: 'contenteditable' });
  });

  it('fall back to a positional path from the nearest id when nothing stable is there', () => {
    const proposals = proposeSelectors(document.querySelector('textarea')!, 'reply', document);
    expect(proposals.at(-1)).toMatchObject({ robustness: 'position', reads: 'textarea' });
    expect(document.querySelector(proposals.at(-1)!.selector)).toBe(document.querySelector('textarea'));
    expect(proposals.at(-1)!.selector.startsWith('#app >')).toBe(true);
  });
});
