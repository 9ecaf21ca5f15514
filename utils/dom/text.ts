/** Reading text from the DOM, shared by the helpdesk adapters and the selection. Works in JSDOM too (no innerText or layout there). */

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TR|TABLE|SECTION|ARTICLE)$/;

export interface TextOptions {
  /** Elements to leave out with everything inside them (buttons, badges, quoted history, editors …). */
  skip?: (element: Element) => boolean;
  /** Only the part of the text inside this range of the live page (the counselor's selection). */
  range?: Range;
}

/**
 * Text of rendered rich text as a reader sees it: one line per block or <br>, whitespace collapsed,
 * scripts and styles skipped, and what `skip` names left out. The one text extraction of ReplyDeck:
 * helpdesk messages, site profiles and the counselor's selection all go through it.
 */
export function renderedText(root: Node, { skip, range }: TextOptions = {}): string {
  let out = '';
  const walk = (node: Node): void => {
    if (range && !range.intersectsNode(node)) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const from = range && node === range.startContainer ? range.startOffset : 0;
      const to = range && node === range.endContainer ? range.endOffset : text.length;
      out += text.slice(from, to).replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || skip?.(element)) return;
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

/** The elements `selector` matches in `scope` that are not hidden (see isHidden), in document order. */
export function visibleMatches(scope: ParentNode, selector: string): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(selector)).filter((element) => !isHidden(element));
}

/** The first element `selector` matches in `scope` that is not hidden, or null. */
export function firstVisible<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T | null {
  return (visibleMatches(scope, selector)[0] as Element | undefined as T | undefined) ?? null;
}
