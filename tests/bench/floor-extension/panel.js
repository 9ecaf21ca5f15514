// Shows what the floor content script sent: the text and one list item per matched word.
chrome.runtime.onMessage.addListener(({ text, words }) => {
  document.querySelector('[data-testid="ticket-text"]').textContent = text;
  const items = (words.length > 0 ? words : ['—']).map((word) => {
    const item = document.createElement('li');
    item.dataset.testid = 'suggestion';
    item.textContent = word;
    return item;
  });
  document.getElementById('list').replaceChildren(...items);
});
