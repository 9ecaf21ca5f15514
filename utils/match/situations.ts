import type { ClarifyRule } from '@/knowledge/cues';
import type { FaqEntry } from '@/knowledge/faq-types';
import type { ConceptFinder, ConceptHits } from './concepts';
import { foldText } from './text';

/**
 * Entries that share a question and differ by their situation tag ((배정 완료 후) / (호출 중)): the
 * ticket's words for one situation pick its entry; when it names none, the guide's own question
 * (혹시, 기사가 배정되었습니까?) is asked.
 */
export interface Situations {
  ids: string[];
  question: string;
  /** Entry id → what the counselor clicks when the customer confirms that situation. */
  labels: Record<string, string>;
  /** How surely the ticket names the entry's situation (0: not at all). */
  certainty(id: string, hits: ConceptHits, text: string): number;
}

const FALLBACK_QUESTION = '어떤 상황이신지 확인 부탁드립니다.';

/** The sentence (a line ending in "?") that every entry shares: the question to ask. */
function sharedQuestion(entries: FaqEntry[]): string {
  const [first, ...rest] = entries.map((entry) => entry.answer.flatMap((paragraph) => paragraph.split('\n')));
  return first?.find((line) => line.trim().endsWith('?') && rest.every((lines) => lines.includes(line)))?.trim() ?? FALLBACK_QUESTION;
}

/** Situations a cue file spells out: entry → the concept that names its state. */
export function situationsFromCues(rules: ClarifyRule[], byId: ReadonlyMap<string, FaqEntry>): Situations[] {
  return rules.map((rule) => {
    const ids = Object.keys(rule.between);
    return {
      ids,
      question: sharedQuestion(ids.map((id) => byId.get(id)!)),
      labels: Object.fromEntries(ids.map((id) => [id, rule.labels?.[id] ?? byId.get(id)!.tag ?? id])),
      certainty: (id, hits) => hits.get(rule.between[id]!) ?? 0,
    };
  });
}

type Aspect = 'before' | 'during' | 'after';

/** A tag's aspect from its last word: 전 (before), 중 (during), 후 (after). */
function aspectOfTag(tag: string): { head: string; aspect: Aspect } | null {
  const match = /^(.*?)\s*(전|중|후)$/.exec(tag.trim());
  if (!match) return null;
  const head = match[1]!.replace(/\s*완료$/, '').trim().split(/\s+/).pop() ?? '';
  return head ? { head, aspect: match[2] === '전' ? 'before' : match[2] === '중' ? 'during' : 'after' } : null;
}

const questionKeys = new WeakMap<FaqEntry, string>();

/**
 * What makes two entries one question: the same guide and the same question, spacing and punctuation
 * aside. Entries that share it and differ by their situation tag are situation twins. Kept per entry:
 * every ticket ranks every entry by it.
 */
export function questionKey(entry: FaqEntry): string {
  let key = questionKeys.get(entry);
  if (key === undefined) {
    key = `${entry.guide ?? ''}\n${foldText(entry.question)}`;
    questionKeys.set(entry, key);
  }
  return key;
}

/** The aspect that rules a situation out: what has not happened yet is not "after", and the reverse. */
const OPPOSITE: Partial<Record<Aspect, Aspect>> = { after: 'before', before: 'after' };

/** What follows a verb stem in each aspect: 탈퇴했 (after) / 탈퇴하려 (before) / 운행 중 (during) … */
const AFTER_STEM: Record<Aspect, RegExp> = {
  after: /^(했|됐|됬|됨|된|한후|한뒤|완료|후|해버|하고나|되었|하였|당했)/,
  before: /^(하려|할|하고싶|하기전|전|예정|하기|되기전|안했|안됐|안됬|안된|대기|아직)/,
  during: /^(중|하는중|하고있|되고있|하는데|되는중)/,
};

const PARTICLE = /^(?:이미|아직|까지|이|가|은|는|을|를|도){1,2}(?=[가-힣])/;

/** How surely the ticket puts `head` (a word or any form of its concept) in the aspect: 1 when it does. */
function aspectCertainty(text: string, forms: string[], aspect: Aspect): number {
  const folded = foldText(text);
  for (const form of forms) {
    for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1)) {
      const before = folded.slice(Math.max(0, at - 1), at);
      // A particle or 이미/아직 may sit between the word and its ending: 배정이 됐어요, 배정까지 완료됐는데.
      const after = folded.slice(at + form.length).replace(PARTICLE, '');
      // "안 X됐어요" says X has not happened yet.
      const negated = before === '안' || before === '못';
      const found = (Object.keys(AFTER_STEM) as Aspect[]).find((each) => AFTER_STEM[each].test(after));
      if (negated && (aspect === 'before' || aspect === 'during')) return 1;
      if (!negated && found === aspect) return 1;
    }
  }
  return 0;
}

/**
 * Situations learned from the guide itself: entries of one guide with the same question and
 * different situation tags. A tag names its situation through the concepts only it mentions
 * (배정 완료 후 → 배정됨; 호출 중 → 호출중) and through its aspect (탈퇴 전 / 탈퇴 후 read from the
 * ticket's verb endings). Entries a cue file already groups are left to it.
 */
export function situationsFromTags(entries: FaqEntry[], finder: ConceptFinder, concepts: Record<string, string[]>, covered: ReadonlySet<string>): Situations[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const entry of entries) {
    if (!entry.tag || covered.has(entry.id)) continue;
    const key = questionKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Every form's family (its concept's forms), found by the folded form: a tag's head word looks its
  // family up once, not through the whole vocabulary per situation pair.
  let families: Map<string, string[]> | undefined;
  const familyOf = (folded: string) => {
    families ??= new Map(Object.values(concepts).flatMap((forms) => forms.map((form) => [foldText(form), forms] as const)).reverse());
    return families.get(folded);
  };
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const aspects = new Map(group.map((entry) => [entry.id, aspectOfTag(entry.tag!)]));
      // A tag's head word (배정 in 배정 완료 후) names what the situation is about, not the situation:
      // its aspect does that, read from the ticket's verb endings below.
      const tagConcepts = new Map(
        group.map((entry) => {
          const head = aspects.get(entry.id)?.head;
          const ofHead = new Set(head ? finder.find(head, { exactOnly: true }).keys() : []);
          return [entry.id, new Set([...finder.find(entry.tag!, { exactOnly: true }).keys()].filter((concept) => !ofHead.has(concept)))];
        }),
      );
      // What the shared question is about (호출, 취소) names no situation, whatever the tags say.
      const topic = new Set(finder.find(group[0]!.question, { exactOnly: true }).keys());
      const distinctive = new Map(
        group.map((entry) => {
          const others = group.filter((other) => other !== entry).flatMap((other) => [...tagConcepts.get(other.id)!]);
          return [entry.id, [...tagConcepts.get(entry.id)!].filter((concept) => !others.includes(concept) && !topic.has(concept))];
        }),
      );
      const formsOf = (head: string) => [...new Set([foldText(head), ...(familyOf(foldText(head)) ?? []).map(foldText)])].filter((form) => form.length > 1);
      // Each tag's head word in all its forms, once per guide rather than per ticket.
      const headForms = new Map(group.map((entry) => [entry.id, formsOf(aspects.get(entry.id)?.head ?? '')]));
      // Of two situations, the one the ticket rules out tells the other: "아직 배정 안 됐어요" is not
      // (배정 완료 후). Per entry: the twin whose opposite aspect, told, says this entry's situation.
      const rulesOut = new Map(
        group.map((entry) => {
          const twin = group.length === 2 ? group.find((other) => other !== entry)! : null;
          const twinAspect = twin && aspects.get(twin.id);
          const opposite = twinAspect ? OPPOSITE[twinAspect.aspect] : undefined;
          return [entry.id, twin && opposite ? { forms: headForms.get(twin.id)!, aspect: opposite } : null];
        }),
      );
      return {
        ids: group.map((entry) => entry.id),
        question: sharedQuestion(group),
        labels: Object.fromEntries(group.map((entry) => [entry.id, entry.tag!])),
        certainty(id, hits, text) {
          const named = Math.max(0, ...distinctive.get(id)!.map((concept) => hits.get(concept) ?? 0));
          const aspect = aspects.get(id);
          const told = aspect ? aspectCertainty(text, headForms.get(id)!, aspect.aspect) : 0;
          const twin = rulesOut.get(id);
          const ruledOut = twin ? aspectCertainty(text, twin.forms, twin.aspect) : 0;
          return Math.max(named, told, ruledOut);
        },
      };
    });
}
