// The floor: on a new selection (or a ticket switch in the demo desk), the customer's text goes
// through one regular expression and straight to the panel page. No adapter, no matching, no framework.
const WORD = /배정|취소|번호|노출|제휴|기사/g;

function report(text) {
  const words = text.match(WORD) ?? [];
  chrome.runtime.sendMessage({ text, words }).catch(() => {});
}

document.addEventListener('selectionchange', () => {
  const text = String(getSelection() ?? '');
  if (text) report(text);
});

const host = document.getElementById('ticket-host');
if (host) {
  new MutationObserver(() => {
    const messages = host.querySelectorAll('.message[data-author-role="customer"] .message__body');
    report(messages[messages.length - 1]?.textContent ?? '');
  }).observe(host, { childList: true, subtree: true });
}
