import { renderedText, visibleMatches } from '../dom/text';
import type { ComposerMode, HelpdeskAdapter, TicketReading } from './types';

/** The ticket open in the workspace: the product's id for it and the element that holds all of it. */
export interface OpenTicket {
  id: string;
  /** Holds the ticket's conversation and its reply box (a pane, a task, or the document's body). */
  scope: Element;
}

export type Finder = (ticket: OpenTicket, doc: Document) => HTMLElement | null;

/** One helpdesk, described by what differs between products; defineAdapter adds what they share. */
export interface AdapterSpec {
  id: string;
  name: string;
  /** A selector present only in the product's agent workspace, or a test of the document. */
  detect: string | ((doc: Document) => boolean);
  /** Selectors of the element observed for changes (see HelpdeskAdapter.root); the body when none matches. */
  root?: string;
  /** The open ticket, or null when none is open. */
  openTicket(doc: Document): OpenTicket | null;
  /** The open ticket's fields; use `messageText` for the customer's message. */
  read(ticket: OpenTicket, doc: Document): Omit<TicketReading, 'key'>;
  /** The reply editor: selectors tried in order within the ticket's scope (the first visible match wins), or a finder. */
  replyBox: string | readonly string[] | Finder;
  /** What an agent clicks to show a hidden reply box: selectors (the last visible match wins, the button nearest the newest message) or a finder. */
  replyButton?: string | Finder;
  /** Products with internal notes: the composer's mode in the open ticket (see HelpdeskAdapter.composerMode). */
  composerMode?(ticket: OpenTicket, doc: Document): ComposerMode | null;
  /** What an agent clicks to make the composer a public reply: selectors (the first visible match wins) or a finder. */
  replySwitch?: string | readonly string[] | Finder;
}

/** Text of a message as a reader sees it, line breaks kept; `remove` names parts that are not the message (buttons, quoted history …). */
export function messageText(element: Element | null | undefined, remove?: string): string {
  if (!element) return '';
  return renderedText(element, remove ? { skip: (part) => part.matches(remove) } : {});
}

/** Text of a field that may be an input (a subject line the agent can edit) or ordinary markup. */
export function fieldText(element: Element | null | undefined): string {
  if (!element) return '';
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') return (element as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
  return messageText(element).replace(/\s+/g, ' ').trim();
}

function finder(how: string | readonly string[] | Finder, pick: 'first' | 'last'): Finder {
  if (typeof how === 'function') return how;
  const selectors = typeof how === 'string' ? [how] : how;
  return ({ scope }) => {
    for (const selector of selectors) {
      const found = visibleMatches(scope, selector);
      const element = pick === 'first' ? found[0] : found[found.length - 1];
      if (element) return element;
    }
    return null;
  };
}

/** Builds an adapter from its spec; pure, so an adapter nothing uses (the demo desk in the shipped build) is dropped from the bundle. */
/* @__NO_SIDE_EFFECTS__ */
export function defineAdapter(spec: AdapterSpec): HelpdeskAdapter {
  const detect = spec.detect;
  const matches = typeof detect === 'string' ? (doc: Document) => doc.querySelector(detect) !== null : detect;
  const findBox = finder(spec.replyBox, 'first');
  const findButton = spec.replyButton && finder(spec.replyButton, 'last');
  const findSwitch = spec.replySwitch && finder(spec.replySwitch, 'first');
  const readMode = spec.composerMode;

  function findReplyBox(doc: Document): HTMLElement | null {
    const ticket = spec.openTicket(doc);
    return ticket && findBox(ticket, doc);
  }

  return {
    id: spec.id,
    name: spec.name,
    matches,
    root: (doc) => (spec.root ? doc.querySelector(spec.root) : null) ?? doc.body,
    readTicket(doc) {
      const ticket = spec.openTicket(doc);
      return ticket && { key: `${spec.id}:${ticket.id}`, ...spec.read(ticket, doc) };
    },
    findReplyBox,
    ...(findButton && {
      openReplyBox(doc: Document) {
        const ticket = spec.openTicket(doc);
        if (!ticket || findBox(ticket, doc)) return false;
        const button = findButton(ticket, doc);
        button?.click();
        return button !== null;
      },
    }),
    ...(readMode && {
      composerMode(doc: Document) {
        const ticket = spec.openTicket(doc);
        return ticket && readMode(ticket, doc);
      },
    }),
    ...(findSwitch && {
      switchToReply(doc: Document) {
        const ticket = spec.openTicket(doc);
        const control = ticket && findSwitch(ticket, doc);
        control?.click();
        return Boolean(control);
      },
    }),
  };
}
