import { batch, computed, signal } from '@preact/signals';
import type { OpenerKind } from '@/knowledge/faq-types';
import { parseGuide, type Guide } from '@/knowledge/guide';
import type { MessageKey } from '../i18n/messages';
import { t } from '../i18n/t';
import { ClarifyChoices } from '../suggest/clarify-choices';
import type { Suggester, Suggestions } from '../suggest/suggester';
import { feedbackLines, type Feedback } from '../team/feedback';
import { exportPack, planImport, type ImportPlan } from '../team/pack-merge';
import { NO_PERSONAL_DATA, PERSONAL_PARTS, readPersonalData, type PersonalData, type PersonalItems } from '../team/personal-storage';
import type { PolicyState } from '../team/policy';
import type { SaveOutcome } from '../team/synced-item';
import { GUIDE_ID, readTeamPack, type PackExample, type Pin } from '../team/team-pack';
import { mergeTeamState, type TeamState } from '../team/team-state';
import { isoWeek, usageRows, type UsageLog, type UsageRow } from '../team/usage';
import { errorText } from '../error-text';

/** What the lead's page needs from the browser (fakes in unit tests). */
export interface LeadEnv {
  builtin: readonly Guide[];
  items: PersonalItems;
  readPolicy(): Promise<PolicyState>;
  readUsage(): Promise<UsageLog>;
  readFeedback(): Promise<Feedback[]>;
  clearFeedback(): Promise<void>;
  /** The panel's suggester for these guides and pins (team-source.ts). */
  suggesterFor(state: TeamState, choices: ClarifyChoices): Suggester;
  /** Offers a file to save (the options page: a download). */
  download(name: string, text: string, type: string): void;
  now(): Date;
}

export interface Status {
  tone: 'success' | 'error' | 'info';
  text: string;
  /** Problems named one per line (the field, or the guide's line). */
  details?: string[];
}

const OPENER_KIND_LABEL: Record<OpenerKind, MessageKey> = { 호응: 'optKindAcknowledge', 공감: 'optKindEmpathy', 양해: 'optKindUnderstanding', 사과: 'optKindApology' };

/** An opener kind (a data value) as shown on the lead's page: the kind itself in Korean, named in English. */
export function openerKindLabel(kind: OpenerKind): string {
  return t(OPENER_KIND_LABEL[kind]);
}

export type LeadStore = ReturnType<typeof createLeadStore>;

/**
 * The team lead's page: personal pins, phrasings, guides and examples (the organization's shown
 * beside them, read only), a pasted-ticket check, pack import and export, and this week's usage.
 * Every change is saved at once; nothing is saved that does not check out.
 */
export function createLeadStore(env: LeadEnv) {
  const personal = signal<PersonalData>(NO_PERSONAL_DATA);
  const status = signal<Status | null>(null);
  /** Parts that live on this browser only, because sync storage had no room. */
  const localOnly = signal<Array<keyof PersonalData>>([]);
  const importPlan = signal<(ImportPlan & { file: string }) | null>(null);
  const usage = signal<UsageRow[]>([]);
  const feedbackCount = signal(0);
  const policy = signal<PolicyState>({ state: 'none' });
  /** The guides, pins and phrasings counselors get: the organization's and the lead's together. */
  const team = computed<TeamState>(() => mergeTeamState(env.builtin, policy.value, personal.value));

  async function load(): Promise<void> {
    const [mine, organization] = [await readPersonalData(env.items), await env.readPolicy()];
    batch(() => {
      personal.value = mine;
      policy.value = organization;
    });
    const where = await Promise.all(PERSONAL_PARTS.map((part) => env.items[part].location()));
    localOnly.value = PERSONAL_PARTS.filter((_, index) => where[index] === 'local');
    usage.value = usageRows(await env.readUsage(), isoWeek(env.now()));
    feedbackCount.value = (await env.readFeedback()).length;
  }

  /** Saves parts of the personal data; reports where they landed. */
  async function save(next: Partial<PersonalData>, done: string): Promise<boolean> {
    const parts = Object.keys(next) as Array<keyof PersonalData>;
    const outcomes: SaveOutcome[] = [];
    try {
      for (const part of parts) outcomes.push(await env.items[part].setValue(next[part] as never));
    } catch (error) {
      status.value = { tone: 'error', text: t('optSaveFailed', errorText(error)) };
      return false;
    }
    personal.value = { ...personal.value, ...next };
    const fellBack = parts.filter((_, index) => outcomes[index]?.where === 'local');
    localOnly.value = [...new Set([...localOnly.value.filter((part) => !parts.includes(part)), ...fellBack])];
    status.value = fellBack.length > 0 ? { tone: 'info', text: `${done} ${t('optSavedLocalOnly')}` } : { tone: 'success', text: done };
    return true;
  }

  // Pins -------------------------------------------------------------------------------------

  /** Pins an entry (or changes its pin), keeping its place in the order; a new pin goes last. */
  function pin(next: Pin): Promise<boolean> {
    const pins = personal.value.pins;
    const index = pins.findIndex((item) => item.entry === next.entry);
    const updated = index === -1 ? [...pins, next] : pins.map((item, at) => (at === index ? next : item));
    return save({ pins: updated }, index === -1 ? t('optPinned', next.entry) : t('optPinUpdated', next.entry));
  }

  function unpin(entry: string): Promise<boolean> {
    return save({ pins: personal.value.pins.filter((item) => item.entry !== entry) }, t('optUnpinned', entry));
  }

  /** Moves a pin to `to` (0 = first): counselors see pinned answers in this order. */
  function movePin(entry: string, to: number): Promise<boolean> {
    const pins = [...personal.value.pins];
    const from = pins.findIndex((item) => item.entry === entry);
    const target = Math.max(0, Math.min(pins.length - 1, to));
    if (from === -1 || from === target) return Promise.resolve(false);
    const [moved] = pins.splice(from, 1);
    pins.splice(target, 0, moved!);
    return save({ pins }, t('optPinMoved', entry, target + 1));
  }

  // Opener phrasings ---------------------------------------------------------------------------

  function setOpeners(kind: OpenerKind, phrasings: string[]): Promise<boolean> {
    const cleaned = phrasings.map((text) => text.trim()).filter((text) => text !== '');
    const openers = { ...personal.value.openers };
    if (cleaned.length === 0) delete openers[kind];
    else openers[kind] = cleaned;
    return save({ openers }, cleaned.length === 0 ? t('optOpenersReset', openerKindLabel(kind)) : t('optOpenersSaved', openerKindLabel(kind), cleaned.length));
  }

  // Guides ------------------------------------------------------------------------------------

  /** Adds a guide, or replaces the one with its id; a malformed document is refused with its line. */
  function putGuide(id: string, markdown: string): Promise<boolean> {
    const trimmed = id.trim();
    if (!GUIDE_ID.test(trimmed)) {
      status.value = { tone: 'error', text: t('optGuideIdInvalid') };
      return Promise.resolve(false);
    }
    if (team.value.origins[trimmed] === 'organization') {
      status.value = { tone: 'error', text: t('optGuideIdOrganization', trimmed) };
      return Promise.resolve(false);
    }
    try {
      parseGuide(`${trimmed}.md`, markdown);
    } catch (error) {
      status.value = { tone: 'error', text: t('optGuideNotSaved'), details: [errorText(error)] };
      return Promise.resolve(false);
    }
    const guides = personal.value.guides;
    const replacing = guides.some((guide) => guide.id === trimmed) || team.value.origins[trimmed] === 'builtin';
    const next = [...guides.filter((guide) => guide.id !== trimmed), { id: trimmed, markdown }];
    return save({ guides: next }, replacing ? t('optGuideReplaced', trimmed) : t('optGuideAdded', trimmed));
  }

  /** Removes a personal guide with its pins and examples (a replaced built-in guide comes back). */
  function removeGuide(id: string): Promise<boolean> {
    const ours = (ref: string) => ref.startsWith(`${id}/`) && team.value.origins[id] === 'personal' && !env.builtin.some((guide) => guide.id === id);
    return save(
      {
        guides: personal.value.guides.filter((guide) => guide.id !== id),
        pins: personal.value.pins.filter((item) => !ours(item.entry)),
        examples: personal.value.examples.filter((example) => !ours(example.entry)),
      },
      t('optGuideRemoved', id),
    );
  }

  // Example phrasings ---------------------------------------------------------------------------

  function addExample(example: PackExample): Promise<boolean> {
    const text = example.text.trim();
    if (text === '') {
      status.value = { tone: 'error', text: t('optExampleEmpty') };
      return Promise.resolve(false);
    }
    if (personal.value.examples.some((item) => item.entry === example.entry && item.text === text)) {
      status.value = { tone: 'info', text: t('optExampleDuplicate') };
      return Promise.resolve(false);
    }
    return save({ examples: [...personal.value.examples, { entry: example.entry, text }] }, t('optExampleAdded', example.entry));
  }

  function removeExample(index: number): Promise<boolean> {
    return save({ examples: personal.value.examples.filter((_, at) => at !== index) }, t('optExampleRemoved'));
  }

  // Ticket check ------------------------------------------------------------------------------

  /** What a pasted ticket would get in the panel with the current guides and pins. */
  function check(text: string): Suggestions {
    const ticket = { key: 'lead-check', subject: '', message: text, requester: null, channel: null, source: 'selection', helpdesk: null, hasReplyBox: false } as const;
    return env.suggesterFor(team.value, new ClarifyChoices()).suggest(ticket);
  }

  // Pack import and export ----------------------------------------------------------------------

  /** Reads a pack file and shows what importing it would change; nothing is saved yet. */
  function previewImport(file: string, json: string): boolean {
    importPlan.value = null;
    const checked = readTeamPack(json, env.builtin);
    if (!checked.ok) {
      status.value = { tone: 'error', text: t('optImportRefused', file), details: checked.problems };
      return false;
    }
    const plan = planImport(personal.value, checked.pack, env.builtin);
    importPlan.value = { ...plan, file };
    status.value = plan.changes.length === 0 ? { tone: 'info', text: t('optImportNothingNew', file) } : null;
    return true;
  }

  /** Applies the previewed import as a whole: should a save fail, what was saved is put back. */
  async function applyImport(): Promise<boolean> {
    const plan = importPlan.value;
    if (!plan) return false;
    const before = personal.value;
    const ok = await save(plan.next, t('optImportApplied', plan.file, plan.changes.length));
    if (!ok) {
      const failure = status.value;
      await save(before, '');
      status.value = failure && { ...failure, text: t('optImportRolledBack', failure.text) };
      return false;
    }
    importPlan.value = null;
    return true;
  }

  function cancelImport(): void {
    importPlan.value = null;
  }

  async function exportTeamPack(name?: string): Promise<void> {
    // Site profiles are edited in their own section: read everything fresh.
    await load();
    const pack = exportPack(personal.value, name, env.now());
    env.download(`replydeck-team-pack-${env.now().toISOString().slice(0, 10)}.json`, `${JSON.stringify(pack, null, 2)}\n`, 'application/json');
    status.value = { tone: 'success', text: t('optPackExported') };
  }

  // Feedback ----------------------------------------------------------------------------------

  async function exportFeedback(mask: boolean): Promise<void> {
    const list = await env.readFeedback();
    if (list.length === 0) {
      status.value = { tone: 'info', text: t('optFeedbackNone') };
      return;
    }
    env.download(`replydeck-feedback-${env.now().toISOString().slice(0, 10)}.jsonl`, feedbackLines(list, { mask }), 'application/x-ndjson');
    status.value = { tone: 'success', text: t(mask ? 'optFeedbackExportedMasked' : 'optFeedbackExported', list.length) };
  }

  async function clearFeedback(): Promise<void> {
    await env.clearFeedback();
    feedbackCount.value = 0;
    status.value = { tone: 'success', text: t('optFeedbackCleared') };
  }

  return {
    personal,
    team,
    status,
    localOnly,
    importPlan,
    usage,
    feedbackCount,
    load,
    pin,
    unpin,
    movePin,
    setOpeners,
    putGuide,
    removeGuide,
    addExample,
    removeExample,
    check,
    previewImport,
    applyImport,
    cancelImport,
    exportTeamPack,
    exportFeedback,
    clearFeedback,
  };
}
