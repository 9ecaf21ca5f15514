import type { FaqEntry } from '@/knowledge/faq-types';
import { qualifiedId, type TeamState } from '@/utils/team/team-state';

/** An entry as counselors and leads recognise it: its situation tag, then its question. */
export function entryTitle(entry: FaqEntry): string {
  return `${entry.tag ? `(${entry.tag}) ` : ''}${entry.question}`;
}

/** Every entry of every loaded guide as `<option>`s grouped by guide, valued by the qualified id (`dispatch-policy-faq/q1`). */
export function EntryOptions({ team, showIds = false }: { team: TeamState; showIds?: boolean }) {
  return (
    <>
      {team.guides.map((guide) => (
        <optgroup key={guide.id} label={showIds ? `${guide.document.title} (${guide.id})` : guide.document.title}>
          {team.knowledge.entries
            .filter((entry) => entry.guide === guide.id)
            .map((entry) => (
              <option key={entry.id} value={qualifiedId(entry)}>
                {showIds ? `${qualifiedId(entry)} · ${entryTitle(entry)}` : entryTitle(entry)}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
