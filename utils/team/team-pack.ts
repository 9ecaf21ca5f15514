import * as v from 'valibot';
import { asciiHost, siteOf } from '../profiles/site-profile-host';
import { OPENER_KINDS, type OpenerKind } from '@/knowledge/faq-types';
import { parseGuide, type Guide } from '@/knowledge/guide';
import { errorText } from '../error-text';

/**
 * A team pack: what a team lead hands the team in one file (or IT pushes by policy) — pinned
 * answers, opener phrasings, site profiles, guides and example phrasings. The format is a contract
 * with files already in circulation, so it is versioned and checked field by field on the way in.
 */
export const TEAM_PACK_FORMAT = 'replydeck-team-pack';
export const TEAM_PACK_VERSION = 1;

/** A guide's id: a file stem (`dispatch-policy-faq`, `team-extra`); entries are `<id>/qN`. */
export const GUIDE_ID = /^[a-z0-9][a-z0-9_-]*$/;
const ENTRY_REF = /^[a-z0-9][a-z0-9_-]*\/q\d+$/;

const text = (max: number) => v.pipe(v.string('글자여야 합니다'), v.trim(), v.nonEmpty('비어 있습니다'), v.maxLength(max, `${max}자를 넘습니다`));
const entryRef = v.pipe(v.string('글자여야 합니다'), v.regex(ENTRY_REF, '`<가이드 id>/qN` 형식이어야 합니다 (예: dispatch-policy-faq/q1)'));

const OpenerSchema = v.strictObject({
  kind: v.picklist(OPENER_KINDS, `호응·공감·양해·사과 중 하나여야 합니다`),
  text: text(300),
});

const PinSchema = v.strictObject({
  entry: entryRef,
  note: v.optional(text(200)),
  opener: v.optional(OpenerSchema),
  /** true: always add the `불만 제기 시` branch; false: never; absent: when the ticket complains. */
  complaintBranch: v.optional(v.boolean('true 또는 false여야 합니다')),
});

const GuideSchema = v.strictObject({
  id: v.pipe(v.string('글자여야 합니다'), v.regex(GUIDE_ID, '영문 소문자·숫자·-·_ 로 된 id여야 합니다 (예: team-extra)')),
  markdown: v.pipe(v.string('글자여야 합니다'), v.nonEmpty('비어 있습니다'), v.maxLength(500_000, '너무 깁니다')),
});

const ExampleSchema = v.strictObject({ entry: entryRef, text: text(2000) });

const OpenersSchema = v.strictObject(
  Object.fromEntries(OPENER_KINDS.map((kind) => [kind, v.optional(v.array(text(300), '문구 목록이어야 합니다'))])) as Record<
    OpenerKind,
    v.OptionalSchema<v.ArraySchema<ReturnType<typeof text>, string>, undefined>
  >,
);

const SiteProfileSchema = v.strictObject({
  host: text(253),
  messageSelector: text(1000),
  replySelector: text(1000),
  subjectSelector: v.optional(v.string()),
});

const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, '목록이어야 합니다'), []);

export const TeamPackSchema = v.strictObject({
  format: v.literal(TEAM_PACK_FORMAT, `"${TEAM_PACK_FORMAT}"여야 합니다`),
  version: v.literal(TEAM_PACK_VERSION, `이 ReplyDeck은 버전 ${TEAM_PACK_VERSION} 팩을 읽습니다`),
  /** Shown to counselors, e.g. 상담 1팀. */
  name: v.optional(text(100)),
  /** When the file was exported (ISO 8601); informative only. */
  exportedAt: v.optional(v.string()),
  pins: list(PinSchema),
  openers: v.optional(OpenersSchema, {}),
  siteProfiles: list(SiteProfileSchema),
  guides: list(GuideSchema),
  examples: list(ExampleSchema),
});

export type TeamPack = v.InferOutput<typeof TeamPackSchema>;
export type Pin = v.InferOutput<typeof PinSchema>;
export type PackGuide = v.InferOutput<typeof GuideSchema>;
export type PackExample = v.InferOutput<typeof ExampleSchema>;
export type OpenerPhrasings = TeamPack['openers'];

export type PackCheck = { ok: true; pack: TeamPack; guides: Guide[] } | { ok: false; problems: string[] };

/** Parses the guides of a pack (those with a string id and markdown), adding a problem for each that does not parse. */
function parseGuides(items: unknown[], problems: string[]): { guides: Guide[]; ids: Set<string> } {
  const guides: Guide[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const { id, markdown } = (item ?? {}) as { id?: unknown; markdown?: unknown };
    if (typeof id !== 'string' || typeof markdown !== 'string') return;
    if (ids.has(id)) problems.push(`guides[${index}].id: "${id}" 가이드가 팩에 두 번 있습니다`);
    ids.add(id);
    try {
      guides.push(parseGuide(`${id}.md`, markdown));
    } catch (error) {
      problems.push(`guides[${index}].markdown (${id}): ${errorText(error)}`);
    }
  });
  return { guides, ids };
}

/** `pins[0].opener.kind`, the way a lead finds the field in the file. */
function fieldPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key);
  }, '');
}

function message(issue: v.BaseIssue<unknown>): string {
  const path = fieldPath(issue);
  // valibot's own wording for unknown keys and wrong types is English; the lead reads Korean.
  const reason = issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never' ? '알 수 없는 항목입니다 (철자를 확인하세요)' : issue.message;
  return path ? `${path}: ${reason}` : reason;
}

/**
 * Checks a pack (parsed JSON) completely: the schema, every guide's markdown (a malformed guide is
 * named with its line), that ids are unique, and that every pin and example names an entry that
 * exists among `knownGuides` (the built-in guides) and the pack's own guides (null: not checked,
 * for a reader without the guides). All problems are listed; nothing partial is returned.
 */
export function checkTeamPack(value: unknown, knownGuides: readonly Guide[] | null): PackCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: ['팩은 JSON 객체여야 합니다 ({"format": "replydeck-team-pack", …}).'] };
  const parsed = v.safeParse(TeamPackSchema, value);
  const problems = parsed.success ? [] : parsed.issues.map(message);
  // Guides are parsed even when other fields are wrong: the lead fixes everything in one go.
  const listed = parsed.success ? parsed.output.guides : (value as { guides?: unknown }).guides;
  const { guides, ids: seen } = parseGuides(Array.isArray(listed) ? listed : [], problems);
  if (!parsed.success) return { ok: false, problems };
  const pack = parsed.output;
  const entries = knownGuides && new Set([...knownGuides.filter((guide) => !seen.has(guide.id)), ...guides].flatMap((guide) => guide.document.entries.map((entry) => `${guide.id}/${entry.id}`)));
  const pinned = new Set<string>();
  pack.pins.forEach((pin, index) => {
    if (entries && !entries.has(pin.entry)) problems.push(`pins[${index}].entry: "${pin.entry}" 항목이 없습니다`);
    if (pinned.has(pin.entry)) problems.push(`pins[${index}].entry: "${pin.entry}" 고정이 두 번 있습니다`);
    pinned.add(pin.entry);
  });
  pack.examples.forEach((example, index) => {
    if (entries && !entries.has(example.entry)) problems.push(`examples[${index}].entry: "${example.entry}" 항목이 없습니다`);
  });
  const hosts = new Set<string>();
  pack.siteProfiles.forEach((profile, index) => {
    // One profile per site, whatever the port or the spelling of its name (as in the lead's own list).
    const site = siteOf(asciiHost(profile.host) ?? profile.host.toLowerCase());
    if (hosts.has(site)) problems.push(`siteProfiles[${index}].host: "${profile.host}" 사이트의 프로필이 두 번 있습니다`);
    hosts.add(site);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack, guides };
}

/** Reads a pack file's text: JSON errors are named too. */
export function readTeamPack(json: string, knownGuides: readonly Guide[]): PackCheck {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`JSON이 아닙니다: ${errorText(error)}`] };
  }
  return checkTeamPack(value, knownGuides);
}
