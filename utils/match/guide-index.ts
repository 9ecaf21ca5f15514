import type { FaqEntry } from '@/knowledge/faq-types';
import { type ConceptFinder, EXACT } from './concepts';
import { bigrams, foldText, withKeyboardSlipsRead } from './text';

/**
 * How much each part of an entry says about the customer questions it answers: the question and
 * the lead's example phrasings most, the answer's wording less, the consultation type least.
 */
const FIELD_WEIGHT = { question: 1, answer: 0.35, branch: 0.2, type: 0.2 } as const;
/** A concept (배차 = 배정 = 매칭) stands for a whole family of wordings: it counts like several bigrams. */
const CONCEPT_WEIGHT = 2.5;
/** Bigrams customers write whatever their topic (knowledge/common-grams.json) tell little. */
const COMMON_WEIGHT = 0.2;
/**
 * Words of the ticket that no entry has count against every entry, but less than words entries
 * share: customers tell their story around the question (times, places, feelings).
 */
const UNKNOWN_WEIGHT = 0.35;
/**
 * In a large knowledge base, a bigram found in very many entries tells little and would cost a walk
 * through all of them: it counts towards the ticket's content but is not looked up.
 */
const MAX_POSTINGS = 300;
/**
 * With several guides loaded, a concept of the service that at least this share of one guide's
 * questions names (with their tags), and at most TOPIC_ELSEWHERE of the other guides' questions, is
 * that guide's topic (예약 in a reservation guide). Only concepts: wording the questions merely happen
 * to share (대리운전, which customers shorten to 대리) is no topic. A guide of fewer than
 * TOPIC_MIN_ENTRIES entries has none.
 */
const TOPIC_SHARE = 0.8;
const TOPIC_ELSEWHERE = 0.15;
const TOPIC_MIN_ENTRIES = 3;
/**
 * A ticket that says nothing of a guide's topic is less likely about that guide: its entries'
 * evidence is scaled by this ("기사 배정 전인데 취소" is not a reservation guide's "기사 배정 전 예약 취소").
 */
const TOPIC_UNSAID = 0.6;

type Features = Map<string, number>;

/** The entries that have a feature, as parallel arrays (a large knowledge base holds millions of postings). */
interface Postings {
  entries: number[];
  weights: number[];
  /** A bit per phrasing of the entry (its question, each example) that has the feature. */
  phrasings: number[];
}

/**
 * How much a ticket's feature that no entry has counts against every entry. Latin letters no entry
 * has are left out: a Korean guide cannot explain an English ticket's wording, only the shared
 * concepts (cancel → 취소) carry its meaning across.
 */
function unknownWeight(feature: string): number {
  return /^[a-z]/.test(feature) ? 0 : UNKNOWN_WEIGHT;
}

export interface LearnedEvidence {
  /** Harmonic mean of the two below, 0–1. */
  score: number;
  /** How much of the ticket's informative content the entry explains. */
  ofTicket: number;
  /** How much of the entry's question (and examples) the ticket says. */
  ofQuestion: number;
  /** Cosine similarity of the ticket's and the entry's weighted wording (TF-IDF over bigrams). */
  cosine: number;
  /**
   * How many of the shared vocabulary's concepts the ticket names that the entry's guide never
   * mentions (탈퇴 asked of a reservation guide): a sign the ticket is about something else.
   */
  foreignConcepts: number;
}

/**
 * What each entry is about, learned from the guide itself: the words of its question and situation
 * tag, its answer and branches, its consultation type, and the lead's example phrasings — as
 * character bigrams (spacing, particles and endings aside) and as the shared vocabulary's concepts
 * (synonyms, colloquial wording, typos). A ticket is scored by how much of what it says the entry
 * explains, and how much of the entry's question it says.
 */
/** At most this many ways of asking per entry are told apart: the question and the first examples. */
const MAX_PHRASINGS = 16;

export class GuideIndex {
  /** Per feature: the entries that have it, how strongly, and in which of their phrasings (a bit per phrasing). */
  private readonly postings = new Map<string, Postings>();
  private readonly idf = new Map<string, number>();
  /** Per entry and phrasing (its question, each example): the weighted sum of its features, for how much of it a ticket says. */
  private readonly phrasingMass: number[][] = [];
  /** Per entry: the length of its weighted wording vector, for the cosine. */
  private readonly norms: number[] = [];
  /** Per guide with a topic: the features that name it. */
  private readonly topics = new Map<string, Set<string>>();
  /** Per guide: every concept its entries mention anywhere (question, answer, branches, type). */
  private readonly guideConcepts = new Map<string, Set<string>>();

  constructor(
    private readonly entries: FaqEntry[],
    private readonly finder: ConceptFinder,
    private readonly common: ReadonlySet<string>,
    examples: Record<string, string[]> = {},
  ) {
    const phrasingsOf: Array<Map<string, number>> = [];
    const vectors = entries.map((entry, index) => {
      const vector: Features = new Map();
      const keep = (feature: string, weight: number) => vector.set(feature, Math.max(vector.get(feature) ?? 0, weight));
      const add = (features: Features, weight: number) => {
        for (const [feature, strength] of features) keep(feature, weight * strength);
      };
      const addWording = (text: string, weight: number) => {
        for (const gram of bigrams(foldText(text))) keep(gram, weight);
      };
      // The ways customers ask for the entry: its question (with its tag) and each example. A ticket
      // needs to say one of them, not all of them together. Concepts are looked for in these only.
      const phrasings = [`${entry.tag ?? ''}\n${entry.question}`, ...(examples[entry.id] ?? [])].slice(0, MAX_PHRASINGS);
      const membership = new Map<string, number>();
      phrasings.forEach((phrasing, bit) => {
        const features = this.features(phrasing, true);
        add(features, FIELD_WEIGHT.question);
        for (const feature of features.keys()) membership.set(feature, (membership.get(feature) ?? 0) | (1 << bit));
      });
      phrasingsOf[index] = membership;
      addWording(entry.answer.join('\n'), FIELD_WEIGHT.answer);
      addWording(entry.branches.flatMap((branch) => branch.paragraphs).join('\n'), FIELD_WEIGHT.branch);
      addWording([...entry.typePath, ...entry.subtypes].join(' '), FIELD_WEIGHT.type);
      return vector;
    });
    const byGuide = new Map<string, number[]>();
    entries.forEach((entry, index) => {
      const own = byGuide.get(entry.guide ?? '');
      if (own) own.push(index);
      else byGuide.set(entry.guide ?? '', [index]);
    });
    for (const [guide, own] of byGuide) {
      const grams = new Set<string>();
      for (const index of own) for (const feature of vectors[index]!.keys()) if (!feature.startsWith('§')) grams.add(feature);
      this.guideConcepts.set(guide, finder.mentionedIn(grams));
    }
    // The first phrasing of each entry is its question with its tag.
    if (byGuide.size > 1) this.learnTopics(byGuide, phrasingsOf.map((membership) => new Set([...membership].filter(([, bits]) => bits & 1).map(([feature]) => feature))));
    const frequency = new Map<string, number>();
    for (const vector of vectors) for (const feature of vector.keys()) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
    for (const [feature, count] of frequency) this.idf.set(feature, Math.log(1 + entries.length / count));
    vectors.forEach((vector, entry) => {
      const masses: number[] = [];
      let norm = 0;
      for (const [feature, weight] of vector) {
        if (!feature.startsWith('§')) norm += (weight * this.idf.get(feature)!) ** 2;
        const phrasings = phrasingsOf[entry]!.get(feature) ?? 0;
        const list = this.postings.get(feature);
        if (list) {
          list.entries.push(entry);
          list.weights.push(weight);
          list.phrasings.push(phrasings);
        } else this.postings.set(feature, { entries: [entry], weights: [weight], phrasings: [phrasings] });
        for (let bit = 0; phrasings >> bit; bit++) if ((phrasings >> bit) & 1) masses[bit] = (masses[bit] ?? 0) + this.idf.get(feature)! * this.strength(feature);
      }
      this.phrasingMass[entry] = masses.map((mass) => mass || 1);
      this.norms[entry] = Math.sqrt(norm) || 1;
    });
  }

  /** Each guide's topic, from the concepts of its entries' questions (with their tags); see TOPIC_SHARE. */
  private learnTopics(byGuide: Map<string, number[]>, questionFeatures: Array<Set<string>>): void {
    const everywhere = new Map<string, number>();
    for (const features of questionFeatures) for (const feature of features) everywhere.set(feature, (everywhere.get(feature) ?? 0) + 1);
    for (const [guide, own] of byGuide) {
      if (own.length < TOPIC_MIN_ENTRIES) continue;
      const inOwn = new Map<string, number>();
      for (const index of own) for (const feature of questionFeatures[index]!) inOwn.set(feature, (inOwn.get(feature) ?? 0) + 1);
      const others = this.entries.length - own.length;
      const topic = [...inOwn].filter(([feature, count]) => feature.startsWith('§') && count >= TOPIC_SHARE * own.length && everywhere.get(feature)! - count <= TOPIC_ELSEWHERE * others);
      if (topic.length > 0) this.topics.set(guide, new Set(topic.map(([feature]) => feature)));
    }
  }

  /** The guides whose topic the ticket says nothing of. */
  private topicsUnsaid(query: Features): Set<string> {
    const unsaid = new Set<string>();
    for (const [guide, topic] of this.topics) if (![...topic].some((feature) => query.has(feature))) unsaid.add(guide);
    return unsaid;
  }

  /**
   * Bigrams of the folded text and the concepts it mentions, with their certainty. A ticket's text
   * also gets the typo-tolerant concept look and its Korean typed in English mode read as Korean;
   * a guide's own text is taken as written.
   */
  private features(text: string, written = false): Features {
    const features: Features = new Map();
    const read = written ? text : withKeyboardSlipsRead(text);
    for (const gram of bigrams(foldText(read))) features.set(gram, 1);
    for (const [concept, certainty] of this.finder.find(read, { exactOnly: written })) features.set(`§${concept}`, certainty);
    return features;
  }

  private strength(feature: string): number {
    if (feature.startsWith('§')) return CONCEPT_WEIGHT;
    return this.common.has(feature) ? COMMON_WEIGHT : 1;
  }

  /**
   * For every entry the ticket shares something with: the harmonic mean (0–1) of how much of the
   * ticket's informative content the entry explains and how much of one of the entry's phrasings the
   * ticket says, with what it is made of, for the matcher's confidence.
   */
  evidence(text: string): Map<FaqEntry, LearnedEvidence> {
    const query = this.features(text);
    let queryMass = 0;
    let queryNorm = 0;
    const explained = new Map<number, number>();
    /** Per entry and phrasing: how much of the phrasing the ticket says. */
    const covered = new Map<number, number[]>();
    const dot = new Map<number, number>();
    for (const [feature, certainty] of query) {
      const idf = this.idf.get(feature);
      const wording = !feature.startsWith('§');
      if (wording && idf !== undefined) queryNorm += idf ** 2;
      const weight = (idf ?? unknownWeight(feature) * Math.log(1 + this.entries.length)) * this.strength(feature) * certainty;
      queryMass += weight;
      const postings = idf === undefined ? undefined : this.postings.get(feature)!;
      if (!postings || postings.entries.length > MAX_POSTINGS) continue;
      postings.entries.forEach((entry, at) => {
        const strength = postings.weights[at]!;
        const phrasings = postings.phrasings[at]!;
        explained.set(entry, (explained.get(entry) ?? 0) + weight * strength);
        if (wording) dot.set(entry, (dot.get(entry) ?? 0) + idf! * idf! * strength);
        if (phrasings) {
          const sums = covered.get(entry) ?? [];
          for (let bit = 0; phrasings >> bit; bit++) if ((phrasings >> bit) & 1) sums[bit] = (sums[bit] ?? 0) + weight;
          covered.set(entry, sums);
        }
      });
    }
    const unsaid = this.topicsUnsaid(query);
    const named = [...query].filter(([feature, certainty]) => feature.startsWith('§') && certainty === EXACT).map(([feature]) => feature.slice(1));
    const foreignTo = new Map<string, number>();
    for (const [guide, mentioned] of this.guideConcepts) foreignTo.set(guide, named.filter((concept) => !mentioned.has(concept)).length);
    const scores = new Map<FaqEntry, LearnedEvidence>();
    for (const [entry, sum] of explained) {
      const sums = covered.get(entry) ?? [];
      const topic = unsaid.has(this.entries[entry]!.guide ?? '') ? TOPIC_UNSAID : 1;
      const ofTicket = (topic * sum) / (queryMass || 1);
      const ofQuestion = topic * Math.min(1, Math.max(0, ...this.phrasingMass[entry]!.map((mass, bit) => (sums[bit] ?? 0) / mass)));
      const cosine = (topic * (dot.get(entry) ?? 0)) / ((Math.sqrt(queryNorm) || 1) * this.norms[entry]!);
      const foreignConcepts = foreignTo.get(this.entries[entry]!.guide ?? '') ?? 0;
      scores.set(this.entries[entry]!, { score: ofTicket + ofQuestion === 0 ? 0 : (2 * ofTicket * ofQuestion) / (ofTicket + ofQuestion), ofTicket, ofQuestion, cosine, foreignConcepts });
    }
    return scores;
  }
}
