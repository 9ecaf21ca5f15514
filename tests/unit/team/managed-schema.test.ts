import { describe, expect, it } from 'vitest';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { MANAGED_SCHEMA, TEAM_PACK_MANAGED_SCHEMA } from '@/utils/team/managed-schema';
import { checkTeamPack } from '@/utils/team/team-pack';
import { TEAM_GUIDE_MARKDOWN } from '../support/team';

interface Schema {
  type: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

/**
 * What Chromium does with a policy value (found by experiment): an undeclared field is dropped, a
 * value of another type drops the whole policy. Returns the fields it would drop or reject.
 */
function chromiumProblems(value: unknown, schema: Schema, path = 'teamPack'): string[] {
  if (typeOf(value) !== schema.type) return [`${path}: ${typeOf(value)} where the schema says ${schema.type}`];
  if (schema.type === 'array') return (value as unknown[]).flatMap((item, index) => chromiumProblems(item, schema.items!, `${path}[${index}]`));
  if (schema.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, field]) =>
    schema.properties?.[key] ? chromiumProblems(field, schema.properties[key], `${path}.${key}`) : [`${path}.${key}: not declared`],
  );
}

/** A pack with every field the format has. */
const FULL_PACK = {
  format: 'replydeck-team-pack',
  version: 1,
  name: '상담 1팀',
  exportedAt: '2026-12-01T00:00:00.000Z',
  pins: [{ entry: 'dispatch-policy-faq/q1', note: '요금 안내 꼭', opener: { kind: '사과', text: '죄송합니다.' }, complaintBranch: true }],
  openers: { 호응: ['네, 고객님.'], 공감: ['걱정되셨죠.'], 양해: ['양해 부탁드립니다.'], 사과: ['죄송합니다.'] },
  siteProfiles: [{ host: 'desk.example.com', messageSelector: '.msg', replySelector: 'textarea', subjectSelector: 'h1' }],
  guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN }],
  examples: [{ entry: 'team-extra/q1', text: '번호 바꿨어요' }],
};

describe('the managed storage schema', () => {
  it('declares every field of the pack format with its type, so that Chromium passes a valid pack whole', () => {
    expect(checkTeamPack(FULL_PACK, BUILTIN_GUIDES).ok).toBe(true);
    expect(chromiumProblems(FULL_PACK, TEAM_PACK_MANAGED_SCHEMA as Schema)).toEqual([]);
    expect(MANAGED_SCHEMA.properties.teamPack.type).toBe('object');
  });

  it('uses none of what makes Chromium refuse to load the extension', () => {
    const text = JSON.stringify(MANAGED_SCHEMA);
    expect(text).not.toMatch(/"type":"any"|"additionalProperties":(true|false)|"required"/);
  });
});
