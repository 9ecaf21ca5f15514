import openers from './openers.json';
import type { OpenerKind } from './faq-types';

/** Opener phrasings by kind (openers.json); the first of each kind is the default. */
export const OPENERS: Record<OpenerKind, string[]> = {
  호응: openers.호응,
  공감: openers.공감,
  양해: openers.양해,
  사과: openers.사과,
};

const MARKERS: Array<[OpenerKind, string[]]> = [
  ['사과', openers.kindMarkers.사과],
  ['공감', openers.kindMarkers.공감],
  ['양해', openers.kindMarkers.양해],
];

/** The kind of an opener phrasing, e.g. of the example the guide gives for an entry. */
export function openerKindOf(text: string): OpenerKind {
  return MARKERS.find(([, markers]) => markers.some((marker) => text.includes(marker)))?.[0] ?? '호응';
}
