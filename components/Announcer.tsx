import type { PanelStore } from '@/utils/panel/panel-store';
import { t } from '@/utils/i18n/t';

/**
 * Tells screen readers what the panel suggests for the ticket, without moving focus: a polite live
 * region whose text changes only when the suggestions do.
 */
export function Announcer({ store }: { store: PanelStore }) {
  const { suggestions, clarify, escalate } = store.result.value;
  const ticket = store.ticket.value;
  let text = '';
  if (ticket && escalate) text = t('announceEscalate', escalate.reason);
  else if (ticket && clarify) text = t('announceClarify', clarify.question);
  else if (ticket && suggestions.length > 0) text = t('announceSuggestions', suggestions.length, suggestions[0]!.entry.question);
  else if (ticket && store.ready.value) text = t('announceNone');
  return (
    <p class="visually-hidden" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  );
}
