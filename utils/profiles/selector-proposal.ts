import { editableAt, isTextField } from '../dom/editable';
import { renderedText, visibleMatches } from '../dom/text';

/** What a clicked element is for: the customer's message (the last shown match is the latest) or the reply box (the first match). */
export type PickRole = 'message' | 'reply';

/** How likely a selector is to survive the product's next release: ids and data attributes outlast class names, positions the least. */
export type Robustness = 'id' | 'attribute' | 'class' | 'position';

export interface SelectorProposal {
  selector: string;
  robustness: Robustness;
  /** How many elements it matches on the page now. */
  matches: number;
  /** What a site profile with it reads now: the message text, or the reply box's kind. */
  reads: string;
}

const ROBUSTNESS_ORDER: Robustness[] = ['id', 'attribute', 'class', 'position'];
/** Attributes apps keep for tests, automation or accessibility: worth more than a class name. */
const STABLE_ATTRIBUTES = /^(data-[\w-]+|role|name|itemprop|aria-label|type)$/;
/** Attributes that identify one record (a message id, a timestamp) rather than a kind of element. */
const RECORD_ATTRIBUTES = /^data-([\w-]*-)?(id|key|uuid|time|timestamp|index|date)$/;
/** Values or names that look machine-made: CSS-in-JS hashes, long numbers, ids of one record. */
const GENERATED = /\d{3,}|^(css|sc|jsx|emotion|styled|svelte)-|^_|[a-z][A-Z0-9]{2,}[a-z]*\d|[-_][a-zA-Z0-9]*\d[a-zA-Z0-9]*$|^[a-f0-9]{6,}$/;
/** State classes: true now, maybe not when the ticket is read later. */
const STATE_CLASS = /^(is-|has-)|(^|-)(active|selected|focus|focused|hover|open|opened|expanded|hidden|new|unread)$/;
/** How far up from the clicked element a stable hook is looked for. */
const ANCESTOR_LEVELS = 4;
/** At most this many proposals are shown: the best first. */
const MAX_PROPOSALS = 6;

function css(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/([^\w-])/g, '\\$1');
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Selectors for one element by its own stable hooks, best kind first. */
function ownHooks(element: Element): Array<{ selector: string; robustness: Robustness }> {
  const tag = element.tagName.toLowerCase();
  const hooks: Array<{ selector: string; robustness: Robustness }> = [];
  if (element.id && !GENERATED.test(element.id)) hooks.push({ selector: `#${css(element.id)}`, robustness: 'id' });
  for (const { name, value } of Array.from(element.attributes)) {
    if (!STABLE_ATTRIBUTES.test(name) || RECORD_ATTRIBUTES.test(name) || name === 'data-testid-ignore') continue;
    if (value === '' || value.length > 60 || GENERATED.test(value)) continue;
    hooks.push({ selector: `${tag}[${name}=${quoted(value)}]`, robustness: 'attribute' });
  }
  const classes = Array.from(element.classList).filter((name) => !GENERATED.test(name) && !STATE_CLASS.test(name));
  if (classes.length > 0) hooks.push({ selector: `${tag}.${classes.slice(0, 2).map(css).join('.')}`, robustness: 'class' });
  return hooks;
}

function worse(a: Robustness, b: Robustness): Robustness {
  return ROBUSTNESS_ORDER.indexOf(a) > ROBUSTNESS_ORDER.indexOf(b) ? a : b;
}

/** A path of child positions from the nearest ancestor with an id (or the body): always unique, breaks first. */
function positionalPath(element: Element, doc: Document): string {
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node !== doc.body && node !== doc.documentElement) {
    if (node !== element && node.id && !GENERATED.test(node.id)) {
      steps.unshift(`#${css(node.id)}`);
      return steps.join(' > ');
    }
    const parent: Element | null = node.parentElement;
    const tag = node.tagName.toLowerCase();
    const sameTag = parent ? Array.from(parent.children).filter((child) => child.tagName === node!.tagName) : [];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return ['body', ...steps].join(' > ');
}

function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What kind of reply box an element is, as the panel names it: the text field's tag, or contenteditable. */
export function replyBoxKind(box: HTMLElement): string {
  return isTextField(box) ? box.tagName.toLowerCase() : 'contenteditable';
}

function describeReplyBox(element: Element): string {
  const box = editableAt(element);
  return box ? replyBoxKind(box) : '';
}

/**
 * Whether a site profile with `selector` would find the clicked element: for a message, the last
 * match (the latest message) is it; for the reply box, the first match is the box or holds it.
 */
function findsTarget(matches: Element[], target: Element, role: PickRole): boolean {
  if (role === 'reply') {
    const first = matches[0];
    return first !== undefined && (first === target || editableAt(first) === target);
  }
  return matches[matches.length - 1] === target;
}

/**
 * Proposes CSS selectors for an element the lead clicked, the most robust first: ids, then data
 * and ARIA attributes, then stable class names (generated ones and state classes are skipped),
 * each alone or under a stable ancestor; a positional path only when nothing else finds it.
 */
export function proposeSelectors(clicked: Element, role: PickRole, doc: Document): SelectorProposal[] {
  const target = role === 'reply' ? (editableAt(clicked) ?? clicked) : clicked;
  const candidates: Array<{ selector: string; robustness: Robustness; parts: number }> = [];
  const own = ownHooks(target);
  for (const hook of own) candidates.push({ ...hook, parts: 1 });
  const tail = own.length > 0 ? own : [{ selector: target.tagName.toLowerCase(), robustness: 'position' as Robustness }];
  let ancestor = target.parentElement;
  for (let level = 1; ancestor && level <= ANCESTOR_LEVELS && ancestor !== doc.body; level++, ancestor = ancestor.parentElement) {
    for (const above of ownHooks(ancestor)) {
      for (const below of tail) {
        const robustness = below.robustness === 'position' ? above.robustness : worse(above.robustness, below.robustness);
        candidates.push({ selector: `${above.selector} ${below.selector}`, robustness, parts: 2 });
      }
    }
  }
  candidates.push({ selector: positionalPath(target, doc), robustness: 'position', parts: 9 });

  const seen = new Set<string>();
  const proposals: Array<SelectorProposal & { parts: number }> = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.selector)) continue;
    seen.add(candidate.selector);
    let matches: Element[];
    try {
      matches = visibleMatches(doc, candidate.selector);
    } catch {
      continue;
    }
    if (!findsTarget(matches, target, role)) continue;
    const reads = role === 'message' ? normalized(renderedText(matches[matches.length - 1]!)) : describeReplyBox(matches[0]!);
    proposals.push({ ...candidate, matches: matches.length, reads });
  }
  proposals.sort(
    (a, b) =>
      ROBUSTNESS_ORDER.indexOf(a.robustness) - ROBUSTNESS_ORDER.indexOf(b.robustness) ||
      // A reply box is best found alone; a message selector that also finds the earlier messages is what it should be.
      (role === 'reply' ? a.matches - b.matches : 0) ||
      a.parts - b.parts ||
      a.selector.length - b.selector.length,
  );
  return proposals.slice(0, MAX_PROPOSALS).map(({ parts: _parts, ...proposal }) => proposal);
}
