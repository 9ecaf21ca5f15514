import { signal } from '@preact/signals';
import type { OpenerKind } from '@/knowledge/faq-types';
import { parseGuide, type Guide } from '@/knowledge/guide';
import { ClarifyChoices } from '../suggest/clarify-choices';
import type { Suggester, Suggestions } from '../suggest/suggester';
import { feedbackLines, type Feedback } from '../team/feedback';
import { exportPack, planImport, type ImportPlan } from '../team/pack-merge';
import { PERSONAL_PARTS, type PersonalData, type PersonalItems } from '../team/personal-storage';
import type { PolicyState } from '../team/policy';
import type { SaveOutcome } from '../team/synced-item';
import { readTeamPack, type PackExample, type Pin } from '../team/team-pack';
import { mergeTeamState, type TeamState } from '../team/team-state';
import { isoWeek, usageRows, type UsageLog, type UsageRow } from '../team/usage';

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

const EMPTY: PersonalData = { pins: [], openers: {}, siteProfiles: [], guides: [], examples: [] };
const LOCAL_ONLY = '브라우저 동기화 용량을 넘어 이 브라우저에만 저장했습니다 (다른 브라우저에는 팀 팩 파일로 옮기세요).';

export type LeadStore = ReturnType<typeof createLeadStore>;

/**
 * The team lead's page: personal pins, phrasings, guides and examples (the organization's shown
 * beside them, read only), a pasted-ticket check, pack import and export, and this week's usage.
 * Every change is saved at once; nothing is saved that does not check out.
 */
export function createLeadStore(env: LeadEnv) {
  const personal = signal<PersonalData>(EMPTY);
  const team = signal<TeamState>(mergeTeamState(env.builtin, { state: 'none' }, EMPTY));
  const status = signal<Status | null>(null);
  /** Parts that live on this browser only, because sync storage had no room. */
  const localOnly = signal<Array<keyof PersonalData>>([]);
  const importPlan = signal<(ImportPlan & { file: string }) | null>(null);
  const usage = signal<UsageRow[]>([]);
  const feedbackCount = signal(0);
  let policy: PolicyState = { state: 'none' };

  async function load(): Promise<void> {
    const values = await Promise.all(PERSONAL_PARTS.map((part) => env.items[part].getValue()));
    personal.value = Object.fromEntries(PERSONAL_PARTS.map((part, index) => [part, values[index]])) as unknown as PersonalData;
    policy = await env.readPolicy();
    team.value = mergeTeamState(env.builtin, policy, personal.value);
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
      status.value = { tone: 'error', text: `저장하지 못했습니다: ${error instanceof Error ? error.message : String(error)}` };
      return false;
    }
    personal.value = { ...personal.value, ...next };
    team.value = mergeTeamState(env.builtin, policy, personal.value);
    const fellBack = parts.filter((_, index) => outcomes[index]?.where === 'local');
    localOnly.value = [...new Set([...localOnly.value.filter((part) => !parts.includes(part)), ...fellBack])];
    status.value = fellBack.length > 0 ? { tone: 'info', text: `${done} ${LOCAL_ONLY}` } : { tone: 'success', text: done };
    return true;
  }

  // Pins -------------------------------------------------------------------------------------

  /** Pins an entry (or changes its pin), keeping its place in the order; a new pin goes last. */
  function pin(next: Pin): Promise<boolean> {
    const pins = personal.value.pins;
    const index = pins.findIndex((item) => item.entry === next.entry);
    const updated = index === -1 ? [...pins, next] : pins.map((item, at) => (at === index ? next : item));
    return save({ pins: updated }, index === -1 ? `${next.entry}을(를) 팀 추천에 고정했습니다.` : `${next.entry} 고정을 고쳤습니다.`);
  }

  function unpin(entry: string): Promise<boolean> {
    return save({ pins: personal.value.pins.filter((item) => item.entry !== entry) }, `${entry} 고정을 풀었습니다.`);
  }

  /** Moves a pin to `to` (0 = first): counselors see pinned answers in this order. */
  function movePin(entry: string, to: number): Promise<boolean> {
    const pins = [...personal.value.pins];
    const from = pins.findIndex((item) => item.entry === entry);
    const target = Math.max(0, Math.min(pins.length - 1, to));
    if (from === -1 || from === target) return Promise.resolve(false);
    const [moved] = pins.splice(from, 1);
    pins.splice(target, 0, moved!);
    return save({ pins }, `${entry}을(를) ${target + 1}번째로 옮겼습니다.`);
  }

  // Opener phrasings ---------------------------------------------------------------------------

  function setOpeners(kind: OpenerKind, phrasings: string[]): Promise<boolean> {
    const cleaned = phrasings.map((text) => text.trim()).filter((text) => text !== '');
    const openers = { ...personal.value.openers };
    if (cleaned.length === 0) delete openers[kind];
    else openers[kind] = cleaned;
    return save({ openers }, cleaned.length === 0 ? `${kind} 문구를 기본값으로 되돌렸습니다.` : `${kind} 문구 ${cleaned.length}개를 저장했습니다.`);
  }

  // Guides ------------------------------------------------------------------------------------

  /** Adds a guide, or replaces the one with its id; a malformed document is refused with its line. */
  function putGuide(id: string, markdown: string): Promise<boolean> {
    const trimmed = id.trim();
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(trimmed)) {
      status.value = { tone: 'error', text: '가이드 id는 영문 소문자·숫자·-·_ 로 적어 주세요 (예: team-extra).' };
      return Promise.resolve(false);
    }
    if (team.value.origins[trimmed] === 'organization') {
      status.value = { tone: 'error', text: `"${trimmed}"는 조직 정책의 가이드입니다. 다른 id를 쓰세요.` };
      return Promise.resolve(false);
    }
    try {
      parseGuide(`${trimmed}.md`, markdown);
    } catch (error) {
      status.value = { tone: 'error', text: '가이드를 저장하지 않았습니다.', details: [error instanceof Error ? error.message : String(error)] };
      return Promise.resolve(false);
    }
    const guides = personal.value.guides;
    const replacing = guides.some((guide) => guide.id === trimmed) || team.value.origins[trimmed] === 'builtin';
    const next = [...guides.filter((guide) => guide.id !== trimmed), { id: trimmed, markdown }];
    return save({ guides: next }, replacing ? `가이드 ${trimmed}을(를) 교체했습니다.` : `가이드 ${trimmed}을(를) 추가했습니다.`);
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
      `가이드 ${id}을(를) 지웠습니다.`,
    );
  }

  // Example phrasings ---------------------------------------------------------------------------

  function addExample(example: PackExample): Promise<boolean> {
    const text = example.text.trim();
    if (text === '') {
      status.value = { tone: 'error', text: '예시 문장을 적어 주세요.' };
      return Promise.resolve(false);
    }
    if (personal.value.examples.some((item) => item.entry === example.entry && item.text === text)) {
      status.value = { tone: 'info', text: '이미 있는 예시 문장입니다.' };
      return Promise.resolve(false);
    }
    return save({ examples: [...personal.value.examples, { entry: example.entry, text }] }, `${example.entry}에 예시 문장을 추가했습니다.`);
  }

  function removeExample(index: number): Promise<boolean> {
    return save({ examples: personal.value.examples.filter((_, at) => at !== index) }, '예시 문장을 지웠습니다.');
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
      status.value = { tone: 'error', text: `${file}: 팀 팩을 가져오지 않았습니다. 아무것도 바뀌지 않았습니다.`, details: checked.problems };
      return false;
    }
    const plan = planImport(personal.value, checked.pack, env.builtin);
    importPlan.value = { ...plan, file };
    status.value = plan.changes.length === 0 ? { tone: 'info', text: `${file}: 이미 모두 들어 있습니다.` } : null;
    return true;
  }

  /** Applies the previewed import as a whole: should a save fail, what was saved is put back. */
  async function applyImport(): Promise<boolean> {
    const plan = importPlan.value;
    if (!plan) return false;
    const before = personal.value;
    const ok = await save(plan.next, `${plan.file}: ${plan.changes.length}건을 가져왔습니다.`);
    if (!ok) {
      const failure = status.value;
      await save(before, '');
      status.value = failure && { ...failure, text: `${failure.text} 가져오기 전으로 되돌렸습니다.` };
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
    status.value = { tone: 'success', text: '팀 팩을 내보냈습니다. 팀원에게 파일로 전하거나, IT에 정책으로 배포해 달라고 하세요.' };
  }

  // Feedback ----------------------------------------------------------------------------------

  async function exportFeedback(mask: boolean): Promise<void> {
    const list = await env.readFeedback();
    if (list.length === 0) {
      status.value = { tone: 'info', text: '내보낼 피드백이 없습니다.' };
      return;
    }
    env.download(`replydeck-feedback-${env.now().toISOString().slice(0, 10)}.jsonl`, feedbackLines(list, { mask }), 'application/x-ndjson');
    status.value = { tone: 'success', text: `피드백 ${list.length}건을 평가용 티켓 파일로 내보냈습니다${mask ? ' (개인정보 가림)' : ''}.` };
  }

  async function clearFeedback(): Promise<void> {
    await env.clearFeedback();
    feedbackCount.value = 0;
    status.value = { tone: 'success', text: '피드백 기록을 지웠습니다.' };
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
