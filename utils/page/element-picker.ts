import { editableAt } from '../dom/editable';
import type { PickRole } from '../profiles/selector-proposal';

/** Events a pick swallows so that the page does not act on the lead's click (open a link, start a drag, send a form). */
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'] as const;

const STYLE = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; z-index: 2147483647; border: 2px solid #2563eb; background: rgb(37 99 235 / 12%); border-radius: 3px; transition: all 40ms; display: none; }
  .bar { position: fixed; z-index: 2147483647; top: 8px; left: 50%; transform: translateX(-50%); pointer-events: none;
    font: 600 14px/1.4 system-ui, sans-serif; color: #fff; background: #1e3a8a; padding: 8px 14px; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 30%); }
`;

/**
 * Lets the lead point at an element of the page: a banner says what to click, the element under
 * the pointer is outlined (for the reply box, the editor it belongs to), and the click itself is
 * kept from the page. Resolves with the clicked element, or null on Escape or when `signal` aborts.
 */
export function pickElement(win: Window, role: PickRole, prompt: string, signal: AbortSignal): Promise<Element | null> {
  const doc = win.document;
  const host = doc.createElement('replydeck-picker');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.textContent = prompt;
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  const meant = (target: EventTarget | null): Element | null => {
    // Checked by node type, not instanceof: the page's Element is not the content script's.
    const element = (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
    if (!element || element === host) return null;
    return role === 'reply' ? (editableAt(element) ?? element) : element;
  };

  return new Promise((resolve) => {
    const stop = new AbortController();
    const finish = (picked: Element | null) => {
      stop.abort();
      host.remove();
      resolve(picked);
    };
    const options = { capture: true, signal: stop.signal };
    win.addEventListener(
      'mousemove',
      (event) => {
        const element = meant(event.target);
        if (!element) return;
        const rect = element.getBoundingClientRect();
        Object.assign(box.style, { display: 'block', top: `${rect.top}px`, left: `${rect.left}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      },
      options,
    );
    for (const type of SWALLOWED) {
      win.addEventListener(
        type,
        (event) => {
          event.preventDefault();
          event.stopImmediatePropagation();
          if (type === 'click') finish(meant(event.target));
        },
        options,
      );
    }
    win.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopImmediatePropagation();
        finish(null);
      },
      options,
    );
    if (signal.aborted) finish(null);
    signal.addEventListener('abort', () => finish(null), { signal: stop.signal });
  });
}
