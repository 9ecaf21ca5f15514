import { foldText } from './text';

const FALLBACK_SUBTYPE = '기타';

/** The consultation sub-type whose cues the ticket mentions first in the guide's order, else 기타. */
export function createSubtypePicker(cues: Record<string, string[]>): (text: string, subtypes: string[]) => string | null {
  const folded = Object.fromEntries(Object.entries(cues).map(([subtype, forms]) => [subtype, forms.map(foldText).filter(Boolean)]));
  return (text, subtypes) => {
    if (subtypes.length === 0) return null;
    const ticket = foldText(text);
    const found = Object.keys(folded).find((subtype) => subtypes.includes(subtype) && folded[subtype]!.some((form) => ticket.includes(form)));
    return found ?? (subtypes.includes(FALLBACK_SUBTYPE) ? FALLBACK_SUBTYPE : subtypes[subtypes.length - 1]!);
  };
}
