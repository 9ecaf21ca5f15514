import type { Vocabulary } from '@/knowledge/vocabulary';
import { ConceptFinder } from './concepts';

/** A wording as a pattern the customer may space any way (경찰서로 넘어 = 경찰서로넘어), any case. */
function spacedAnyWay(wording: string): RegExp {
  const letters = [...wording.replace(/\s+/g, '')].map((letter) => letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(letters.join('\\s*'), 'giu');
}

/** A reason told by several things at once: found when the ticket says each of them. */
function allOf(rule: Vocabulary['escalation']['together'][number]): { reason: string; told: (text: string) => boolean } {
  const parts = new ConceptFinder(Object.fromEntries(rule.all.map((wordings, index) => [String(index), wordings])));
  return { reason: rule.reason, told: (text) => parts.find(text, { exactOnly: true }).size === rule.all.length };
}

/**
 * Reads whether a ticket must be escalated instead of answered, and why (사고, 부상, 경찰 …): the first
 * reason in the vocabulary's order whose wording the ticket uses as written, else a reason told by
 * several things together (a driver who keeps texting after the trip, and a customer afraid).
 * Wordings in which such a word is routine business (lost property handed to the police) are read
 * past first, so that a lost wallet that went to the police station gets its answer.
 */
export function createEscalationReader(escalation: Vocabulary['escalation']): (text: string) => string | null {
  const reasons = new ConceptFinder(escalation.reasons);
  const routine = escalation.routine.map(spacedAnyWay);
  const together = escalation.together.map(allOf);
  return (text) => {
    const incidents = routine.reduce((rest, wording) => rest.replace(wording, ' '), text);
    const [reason] = reasons.find(incidents, { exactOnly: true }).keys();
    return reason ?? together.find((rule) => rule.told(incidents))?.reason ?? null;
  };
}
