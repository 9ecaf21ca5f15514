import type { FaqEntry } from '@/knowledge/faq-types';
import type { KnowledgeBase } from '@/knowledge/knowledge-base';
import { OPENERS } from '@/knowledge/openers';
import { VOCABULARY, type Vocabulary } from '@/knowledge/vocabulary';
import type { EntryCues } from '@/knowledge/cues';
import { complaintBranches, composeReply, openerFor, type Opener } from '../compose-reply';
import { ConceptFinder, EXACT, type ConceptHits } from './concepts';
import { createEscalationReader } from './escalation';
import { createFocuser } from './focus';
import { indexKnowledge } from './knowledge-index';
import { learnedConfidence, rankEvidence } from './learned-confidence';
import { situationsFromCues, situationsFromTags } from './situations';
import { createSubtypePicker } from './subtype';
import { foldText, withKeyboardSlipsRead } from './text';
import { createToneReader, type Tone } from './tone';

export interface Suggestion {
  entry: FaqEntry;
  /** 0–1: how likely this entry answers the ticket. */
  confidence: number;
  opener: Opener;
  /** Branches added after the basic answer: the complaint branch when the customer complains. */
  branches: string[];
  /** The guide's own question in this entry's answer (혹시, 기사가 배정되었습니까?), when it has one. */
  ask: string | null;
  /** Lines left out of the reply: the guide's question, once the ticket tells the state. */
  omit: string[];
  /** The composed reply: opener, basic answer, and the chosen branches. */
  reply: string;
  /** Suggested consultation sub-type, or null when the entry lists none. */
  subtype: string | null;
}

/** The guide's own question to ask when the ticket does not say which of two situations applies. */
export interface Clarify {
  question: string;
  options: Array<{ id: string; label: string }>;
}

export interface MatchResult {
  suggestions: Suggestion[];
  clarify: Clarify | null;
  tone: Tone;
  /**
   * Set when the ticket must not get a canned answer (an accident, an injury, violence, the police,
   * a driver who never came): the counselor escalates it, and nothing is suggested.
   */
  escalate: { reason: string } | null;
  /** Entry ids when the ticket asks more than one thing (e.g. number exposure and a wrong number): each gets its answer. */
  questions: string[];
}

export type Matcher = (text: string) => MatchResult;

/** Suggestions below this confidence are not shown: silence beats a wrong answer. */
export const MIN_CONFIDENCE = 0.5;
const MAX_SUGGESTIONS = 3;
/** Runners-up far below the best answer are noise to a counselor: only close ones are shown. */
const MAX_GAP_FROM_TOP = 0.25;

/** Sentences of a ticket looked at for a second question: the first ones (a long e-mail asks early). */
const MAX_SENTENCES = 6;
/** How sure a sentence must point at another entry to count as a second question. */
const SECOND_QUESTION_CONFIDENCE = 0.8;

/** The raw evidence that calibrates to a given confidence (the inverse of `calibrate`). */
function evidenceFor(confidence: number): number {
  const p = Math.min(Math.max(confidence, 1e-6), 1 - 1e-6);
  return 0.5 + Math.log(p / (1 - p)) / 9;
}

/** Maps an evidence score to a 0–1 confidence; the midpoint and slope were fitted on the development set. */
function calibrate(raw: number): number {
  return 1 / (1 + Math.exp(-9 * (raw - 0.5)));
}

function strongest(hits: ConceptHits, concepts: string[] | undefined): number {
  return Math.max(0, ...(concepts ?? []).map((concept) => hits.get(concept) ?? 0));
}

function total(hits: ConceptHits, concepts: string[] | undefined): number {
  return (concepts ?? []).reduce((sum, concept) => sum + (hits.get(concept) ?? 0), 0);
}

/** Evidence from the entry's cues: all required concept groups present, plus supporting ones. */
function cueEvidence(cues: EntryCues, hits: ConceptHits): { score: number; complete: boolean } {
  const groups = cues.requires.map((group) => strongest(hits, group));
  const present = groups.filter((score) => score > 0).length;
  const complete = present === groups.length;
  const base = complete ? 0.5 + 0.15 * Math.min(...groups) : (0.3 * present) / groups.length;
  return { score: base + 0.07 * Math.min(total(hits, cues.supports), 3) - 0.2 * total(hits, cues.against), complete };
}

export function createMatcher(knowledge: KnowledgeBase, vocabulary: Vocabulary = VOCABULARY, openers = OPENERS): Matcher {
  const { concepts, finder, index: learnedIndex } = indexKnowledge(knowledge, vocabulary);
  const outOfScope = new Map(Object.entries(knowledge.outOfScope).map(([guide, concepts]) => [guide, new ConceptFinder(concepts)]));
  const escalationOf = createEscalationReader(vocabulary.escalation);
  const focus = createFocuser(vocabulary.noise);
  const readTone = createToneReader(vocabulary.tone);
  const pickSubtype = createSubtypePicker(vocabulary.subtypes);
  const byId = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
  const fromCues = situationsFromCues(knowledge.clarify, byId);
  const situations = [...fromCues, ...situationsFromTags(knowledge.entries, finder, concepts, new Set(fromCues.flatMap((rule) => rule.ids)))];

  /**
   * The entries the ticket asks about, one per sentence that points clearly at an entry of another
   * question than the first's (sentences that only repeat the first question add nothing): the top
   * entry first. Fewer than two means one question.
   */
  function askedQuestions(text: string, top: FaqEntry | null): string[] {
    if (!top) return [];
    const sentences = text
      .split(/(?<=[.?!。\n])\s*|(?<=[요다죠까])\s+(?=\S)/u)
      .filter((sentence) => sentence.trim().length >= 6)
      .slice(0, MAX_SENTENCES);
    if (sentences.length < 2) return [];
    const asked = [top];
    for (const sentence of sentences) {
      const [best] = rankEvidence(learnedIndex.evidence(sentence));
      if (!best || learnedConfidence(best.evidence, best.runnerUp) < SECOND_QUESTION_CONFIDENCE) continue;
      const { entry } = best;
      if (asked.some((other) => foldText(other.question) === foldText(entry.question))) continue;
      asked.push(entry);
    }
    return asked.length > 1 ? asked.slice(0, 2).map((entry) => entry.id) : [];
  }

  /** Entry id → the situation question its answer asks (the line the reply drops once the state is known). */
  const askOf = new Map(
    situations.flatMap((rule) => rule.ids.filter((id) => byId.get(id)?.answer.some((paragraph) => paragraph.split('\n').some((line) => line.trim() === rule.question))).map((id) => [id, rule.question] as const)),
  );

  function suggestion(entry: FaqEntry, confidence: number, tone: Tone, text: string, stateKnown: boolean): Suggestion {
    const opener = openerFor(entry, tone.kind, openers);
    const branches = tone.complaint ? complaintBranches(entry) : [];
    const ask = askOf.get(entry.id) ?? null;
    const omit = ask && stateKnown ? [ask] : [];
    return { entry, confidence, opener, branches, ask, omit, reply: composeReply(entry, { opener: opener.text, branches, omit }), subtype: pickSubtype(text, entry.subtypes) };
  }

  return (text) => {
    const { question, whole } = focus(text);
    // Korean typed with the keyboard in English mode, read as Korean once for the tone and the situation.
    const told = withKeyboardSlipsRead(question);
    const tone = readTone(told);
    // What must be escalated is never answered from a guide, however well a guide's words fit.
    const escalation = escalationOf(question);
    if (escalation) return { suggestions: [], clarify: null, tone, escalate: { reason: escalation }, questions: [] };
    const hits = finder.find(question);
    // Quoted history and greetings give context, at half the weight of the question itself.
    if (whole !== question) for (const [concept, certainty] of finder.find(whole)) if (!hits.has(concept)) hits.set(concept, certainty / 2);
    // Topics a guide does not answer (its cue file says which): counted fully in the question, half
    // in quoted history, and only against that guide's own entries.
    const offTopicOf = new Map<string, number>();
    for (const [guide, topics] of outOfScope) {
      const inQuestion = topics.find(question);
      let offTopic = 0;
      for (const [concept, certainty] of whole === question ? inQuestion : topics.find(whole)) {
        if (certainty === EXACT) offTopic += inQuestion.get(concept) === EXACT ? 1 : 0.5;
      }
      offTopicOf.set(guide, offTopic);
    }
    // Each entry's lead over the best entry of another question the ticket points to.
    const learned = new Map(rankEvidence(learnedIndex.evidence(question)).map((ranked) => [ranked.entry, ranked]));

    const scored = knowledge.entries.map((entry) => {
      const cues = knowledge.entryCues[entry.id];
      const own = learned.get(entry);
      const retrieval = own?.evidence.cosine ?? 0;
      const evidence = cues ? cueEvidence(cues, hits) : { score: own ? evidenceFor(learnedConfidence(own.evidence, own.runnerUp)) : 0, complete: false };
      const offTopic = offTopicOf.get(entry.guide ?? '') ?? 0;
      // An off-topic word weighs less against a ticket that says everything the entry needs.
      const raw = evidence.score + (cues ? 0.3 * retrieval : 0) - (evidence.complete ? 0.25 : 0.3) * Math.min(offTopic, 2);
      return { entry, raw };
    });

    // Entries that share a question differ by situation: the ticket's state cues pick one.
    let clarify: Clarify | null = null;
    /** Entries whose situation the ticket told: their replies leave out the guide's question. */
    let stateKnown: readonly string[] = [];
    const ranked = () => scored.filter(({ raw }) => calibrate(raw) >= MIN_CONFIDENCE).sort((a, b) => b.raw - a.raw);
    const top = ranked()[0];
    const rule = top && situations.find((candidate) => candidate.ids.includes(top.entry.id));
    if (rule) {
      // The situation said most surely wins (the question over quoted history); a tie or none asks.
      // Read once per situation: each reading folds the ticket and walks it for the tag's forms.
      const certainty = new Map(rule.ids.map((id) => [id, rule.certainty(id, hits, told)]));
      const surest = Math.max(...certainty.values());
      const leaders = surest > 0 ? rule.ids.filter((id) => certainty.get(id) === surest) : [];
      for (const item of scored) {
        if (!rule.ids.includes(item.entry.id)) continue;
        if (leaders.length === 1) item.raw += leaders[0] === item.entry.id ? 0.1 : -0.35;
        else item.raw = Math.max(item.raw, top.raw);
      }
      if (leaders.length !== 1) clarify = { question: rule.question, options: rule.ids.map((id) => ({ id, label: rule.labels[id]! })) };
      else stateKnown = rule.ids;
    }

    const kept = ranked();
    const floor = kept[0] ? calibrate(kept[0].raw) - MAX_GAP_FROM_TOP : 1;
    const shown = kept.filter(({ raw }) => calibrate(raw) >= floor).slice(0, MAX_SUGGESTIONS);
    // A second question the ticket asks in a sentence of its own keeps its answer among the suggestions.
    const questions = clarify ? [] : askedQuestions(question, kept[0]?.entry ?? null);
    const alsoAsked = questions[1] === undefined ? undefined : kept.find(({ entry }) => entry.id === questions[1]);
    if (alsoAsked && !shown.includes(alsoAsked)) shown.splice(Math.min(shown.length, MAX_SUGGESTIONS - 1), 1, alsoAsked);
    const suggestions = shown.map(({ entry, raw }) => suggestion(entry, calibrate(raw), tone, whole, stateKnown.includes(entry.id)));
    const answered = questions.filter((id) => suggestions.some((each) => each.entry.id === id));
    return { suggestions, clarify, tone, escalate: null, questions: answered.length > 1 ? answered : [] };
  };
}
