import type { HelpdeskAdapter } from './types';

/**
 * The bundled demo helpdesk (tests/fixtures/demo-helpdesk). Its markup follows the usual agent
 * workspace: a ticket article keyed by id, messages marked with the author's role, a reply form.
 */
const SELECTORS = {
  app: 'meta[name="application-name"][content="ReplyDeck Demo Desk"]',
  openTicket: 'article.ticket-view[data-ticket-id]:not([hidden])',
  subject: '.ticket-view__subject',
  requester: '.ticket-view__requester',
  customerMessage: '.message[data-author-role="customer"] .message__body',
  channel: '.ticket-view__channel',
  replyBox: 'form.reply-composer textarea[name="reply"]',
} as const;

export const demoDesk: HelpdeskAdapter = {
  id: 'demo',
  name: 'Demo Desk',
  hosts: [],
  matches: (doc) => doc.querySelector(SELECTORS.app) !== null,
  readTicket(doc) {
    const ticket = doc.querySelector<HTMLElement>(SELECTORS.openTicket);
    if (!ticket) return null;
    const messages = ticket.querySelectorAll<HTMLElement>(SELECTORS.customerMessage);
    const latest = messages[messages.length - 1];
    return {
      key: `demo:${ticket.dataset.ticketId}`,
      subject: ticket.querySelector(SELECTORS.subject)?.textContent?.trim() ?? '',
      message: latest?.innerText?.trim() ?? latest?.textContent?.trim() ?? '',
      requester: ticket.querySelector(SELECTORS.requester)?.textContent?.trim() ?? null,
      channel: ticket.querySelector(SELECTORS.channel)?.textContent?.trim() ?? null,
    };
  },
  findReplyBox: (doc) => doc.querySelector<HTMLElement>(`${SELECTORS.openTicket} ${SELECTORS.replyBox}`),
};
