import { describe, expect, it } from 'vitest';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { checkTeamPack, readTeamPack } from '@/utils/team/team-pack';
import { contractPack, TEAM_GUIDE_MARKDOWN } from '../support/team';

const problemsOf = (value: unknown) => {
  const checked = checkTeamPack(value, BUILTIN_GUIDES);
  if (checked.ok) throw new Error('expected the pack to be refused');
  return checked.problems;
};

describe('team pack schema', () => {
  it('accepts the contract pack, with defaults for the parts it leaves out and its guide parsed', () => {
    const checked = checkTeamPack(contractPack(), BUILTIN_GUIDES);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.pack.pins[0]).toMatchObject({ entry: 'dispatch-policy-faq/q1', complaintBranch: true, opener: { kind: '사과' } });
    expect(checked.pack).toMatchObject({ siteProfiles: [], examples: [], openers: {} });
    expect(checked.guides.map((guide) => guide.id)).toEqual(['team-extra']);
    expect(checked.guides[0]!.document.entries.length).toBeGreaterThan(3);
  });

  it('accepts pins and examples naming entries of the pack’s own guide', () => {
    const pack = { ...contractPack(), pins: [{ entry: 'team-extra/q2' }], examples: [{ entry: 'team-extra/q1', text: '번호 바꿨어요' }] };
    expect(checkTeamPack(pack, BUILTIN_GUIDES).ok).toBe(true);
  });

  it.each([
    ['a wrong format', { format: 'other' }, 'format: "replydeck-team-pack"여야 합니다'],
    ['a newer version', { version: 2 }, 'version: 이 ReplyDeck은 버전 1 팩을 읽습니다'],
    ['a pin without a guide id', { pins: [{ entry: 'q1' }] }, 'pins[0].entry: `<가이드 id>/qN` 형식이어야 합니다'],
    ['an unknown opener kind', { pins: [{ entry: 'dispatch-policy-faq/q1', opener: { kind: '감사', text: '감사합니다' } }] }, 'pins[0].opener.kind: 호응·공감·양해·사과 중 하나여야 합니다'],
    ['a misspelt field', { pin: [] }, 'pin: 알 수 없는 항목입니다'],
    ['a branch flag that is not a boolean', { pins: [{ entry: 'dispatch-policy-faq/q1', complaintBranch: 'yes' }] }, 'pins[0].complaintBranch: true 또는 false여야 합니다'],
    ['a pin on an entry that does not exist', { pins: [{ entry: 'dispatch-policy-faq/q99' }] }, 'pins[0].entry: "dispatch-policy-faq/q99" 항목이 없습니다'],
    ['an example for a guide that is not loaded', { examples: [{ entry: 'nowhere/q1', text: '질문' }] }, 'examples[0].entry: "nowhere/q1" 항목이 없습니다'],
    ['a guide id with capitals', { guides: [{ id: 'Team', markdown: TEAM_GUIDE_MARKDOWN }] }, 'guides[0].id: 영문 소문자'],
    [
      'two profiles for one site (another port)',
      { siteProfiles: [{ host: '127.0.0.1', messageSelector: '.m', replySelector: '#r' }, { host: '127.0.0.1:8731', messageSelector: '.m', replySelector: '#r' }] },
      'siteProfiles[1].host: "127.0.0.1:8731" 사이트의 프로필이 두 번 있습니다',
    ],
  ])('refuses %s, naming the field', (_label, change, expected) => {
    expect(problemsOf({ ...contractPack(), ...change }).join('\n')).toContain(expected);
  });

  it("refuses a malformed guide, naming the guide and the markdown's line", () => {
    const broken = TEAM_GUIDE_MARKDOWN.replace('**A2.**', '**A7.**');
    const problems = problemsOf({ ...contractPack(), guides: [{ id: 'team-extra', markdown: broken }] });
    const line = broken.split('\n').findIndex((text) => text.includes('**A7.**')) + 1;
    expect(problems.join('\n')).toMatch(new RegExp(`^guides\\[0\\]\\.markdown \\(team-extra\\): team-extra\\.md: line ${line}: `, 'm'));
  });

  it('lists every problem at once, and names JSON errors', () => {
    expect(problemsOf({ ...contractPack(), version: '1', pins: [{ entry: 'x' }] })).toHaveLength(2);
    // A wrong field and a malformed guide are named together.
    const both = problemsOf({ ...contractPack(), version: 2, guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN.replace('**A2.**', '**A7.**') }] });
    expect(both.map((problem) => problem.split(':')[0])).toEqual(['version', 'guides[0].markdown (team-extra)']);
    const read = readTeamPack('{"format": "replydeck-team-pack",', BUILTIN_GUIDES);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(/^JSON이 아닙니다/);
    expect(checkTeamPack([], BUILTIN_GUIDES)).toMatchObject({ ok: false });
  });

  it('does not check entry references when the reader has no guides (the content script)', () => {
    expect(checkTeamPack({ ...contractPack(), pins: [{ entry: 'elsewhere/q1' }] }, null).ok).toBe(true);
    expect(checkTeamPack({ ...contractPack(), version: 3 }, null).ok).toBe(false);
  });
});
