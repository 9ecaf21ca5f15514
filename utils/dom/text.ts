/** DOM reading shared by the helpdesk adapters. Works in JSDOM too (no innerText or layout there). */

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TR|TABLE|SECTION|ARTICLE)$/;

/**
 * Text of rendered rich text as a reader sees it: one line per block or <br>, whitespace collapsed,
 * scripts and styles skipped, and the parts matching `remove` (buttons, badges, quoted history …) left out.
 */
export function blockText(el: Element | null | undefined, remove?: string): string {
  if (!el) return '';
  const root = remove ? (el.cloneNode(true) as Element) : el;
  if (remove) for (const node of root.querySelectorAll(remove)) node.remove();
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const block = BLOCK.test(tag);
    if (block) out += '\n';
    node.childNodes.forEach(walk);
    if (block) out += '\n';
  };
  walk(root);
  return out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Whether an element is hidden by itself or an ancestor: the `hidden` attribute, `aria-hidden`, inline
 * `display: none` / `visibility: hidden`, or one of the product's own hiding classes (`hide`, `hidden`).
 */
export function isHidden(el: Element | null, hidingClasses: readonly string[] = []): boolean {
  for (let node = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (hidingClasses.some((name) => node!.classList.contains(name))) return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}
