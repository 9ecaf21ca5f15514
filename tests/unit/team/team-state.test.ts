import { describe, expect, it } from 'vitest';
import { BUILTIN_GUIDES } from '@/knowledge/builtin';
import { ClarifyChoices } from '@/utils/suggest/clarify-choices';
import { teamAnswers } from '@/utils/team/pins';
import { checkPolicyValue } from '@/utils/team/policy';
import { mergeTeamState } from '@/utils/team/team-state';
import { teamSuggester } from '@/utils/team/team-source';
import type { TicketSnapshot } from '@/utils/ticket';
import { contractPack, NO_PERSONAL_DATA, TEAM_GUIDE_MARKDOWN } from '../support/team';

const policy = (value: unknown) => checkPolicyValue(value, BUILTIN_GUIDES);
const ticket = (message: string): TicketSnapshot => ({ key: message, subject: '', message, requester: null, channel: null, source: 'helpdesk', helpdesk: null, hasReplyBox: true });

const DELAY = '30분째 기사 배정이 안 돼요. 왜 이렇게 안 잡히나요?';
const ANGRY_DELAY = '아니 30분째 배정이 안 되는데 이게 말이 됩니까? 진짜 너무하네요';
const CANCEL = '대리 호출 취소할 수 있나요?';
const CANCEL_BEFORE_ASSIGNMENT = '호출하자마자 잘못 불렀다는거 알았어요 아직 기사 안잡혔는데 바로 취소하면 돼요?';
const PHONE_CHANGE = '폰 번호가 바뀌었는데 앱에 등록된 번호는 어디서 바꾸나요?';

describe('team state: built-in, policy and personal data merged', () => {
  it("policy pins come first and are the organization's; a personal pin of the same entry yields", () => {
    const personal = { ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q5', note: '내 메모' }, { entry: 'dispatch-policy-faq/q1', note: '무시됨' }] };
    const state = mergeTeamState(BUILTIN_GUIDES, policy(contractPack()), personal);
    expect(state.pins.map((pin) => [pin.entry, pin.origin, pin.entryId])).toEqual([
      ['dispatch-policy-faq/q1', 'organization', 'dispatch-policy-faq/q1'],
      ['dispatch-policy-faq/q5', 'personal', 'dispatch-policy-faq/q5'],
    ]);
    expect(state.origins).toMatchObject({ 'dispatch-policy-faq': 'builtin', 'team-extra': 'organization' });
  });

  it('names entries by the knowledge base: unqualified while the built-in guide is alone', () => {
    const state = mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q5' }] });
    expect(state.pins[0]!.entryId).toBe(BUILTIN_GUIDES.length > 1 ? 'dispatch-policy-faq/q5' : 'q5');
  });

  it('ignores a malformed policy pack as a whole and keeps personal data working', () => {
    const broken = policy({ ...contractPack(), pins: [{ entry: 'dispatch-policy-faq/q1', opener: { kind: '감사', text: '…' } }] });
    expect(broken.state).toBe('invalid');
    const state = mergeTeamState(BUILTIN_GUIDES, broken, { ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q5' }] });
    expect(state.guides.map((guide) => guide.id)).not.toContain('team-extra');
    expect(state.pins.map((pin) => pin.origin)).toEqual(['personal']);
    expect(state.policy.state).toBe('invalid');
  });

  it("a personal guide may replace a built-in one but never the organization's", () => {
    const personal = { ...NO_PERSONAL_DATA, guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN.replace('휴대폰 번호를 바꾸고', '폰 번호를 바꾸고') }] };
    const state = mergeTeamState(BUILTIN_GUIDES, policy(contractPack()), personal);
    expect(state.origins['team-extra']).toBe('organization');
    expect(state.problems.join('\n')).toContain('조직 정책의 같은 id 가이드');
    const alone = mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, guides: [{ id: 'dispatch-policy-faq', markdown: TEAM_GUIDE_MARKDOWN }] });
    expect(alone.origins['dispatch-policy-faq']).toBe('personal');
    expect(alone.guides.find((guide) => guide.id === 'dispatch-policy-faq')!.document.title).toContain('회원 정보');
  });

  it('layers opener phrasings: ReplyDeck’s, then the organization’s, then the personal ones, per kind', () => {
    const state = mergeTeamState(BUILTIN_GUIDES, policy({ ...contractPack(), openers: { 사과: ['조직 사과'], 공감: ['조직 공감'] } }), { ...NO_PERSONAL_DATA, openers: { 사과: ['내 사과'] } });
    expect(state.openers.사과).toEqual(['내 사과']);
    expect(state.openers.공감).toEqual(['조직 공감']);
    expect(state.openers.호응.length).toBeGreaterThan(0);
  });

  it('reports a personal pin whose entry is gone instead of dropping it silently', () => {
    const state = mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, pins: [{ entry: 'old-guide/q3' }] });
    expect(state.pins).toEqual([]);
    expect(state.problems).toEqual(['개인 고정 답변 "old-guide/q3"의 항목이 지금 가이드에 없습니다.']);
  });
});

describe('pins in the suggestions', () => {
  const withPin = (pin: Record<string, unknown>) => mergeTeamState(BUILTIN_GUIDES, policy({ ...contractPack(), pins: [pin] }), NO_PERSONAL_DATA);

  it('ranks a pinned entry that matches first, marked with its origin and note, composed with the pinned opener and branch', () => {
    const state = withPin({ entry: 'dispatch-policy-faq/q1', note: '요금 안내 꼭', opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' }, complaintBranch: true });
    const [top] = teamSuggester(state, new ClarifyChoices()).suggest(ticket(DELAY)).suggestions;
    expect(top?.entry.id).toBe('dispatch-policy-faq/q1');
    expect(top?.pin).toEqual({ origin: 'organization', note: '요금 안내 꼭' });
    expect(top?.reply.startsWith('오래 기다리시게 해서 정말 죄송합니다.\n\n')).toBe(true);
    expect(top?.reply).toContain('AI 추천 요금');
  });

  it('leaves the complaint branch out when the pin says so, even for an angry customer', () => {
    const unpinned = teamSuggester(mergeTeamState(BUILTIN_GUIDES, policy(contractPack()), NO_PERSONAL_DATA), new ClarifyChoices());
    const pinned = teamSuggester(withPin({ entry: 'dispatch-policy-faq/q1', complaintBranch: false }), new ClarifyChoices());
    expect(unpinned.suggest(ticket(ANGRY_DELAY)).suggestions[0]?.reply).toContain('AI 추천 요금');
    const top = pinned.suggest(ticket(ANGRY_DELAY)).suggestions[0];
    expect(top?.reply).not.toContain('AI 추천 요금');
    expect(top?.opener.kind).toBe('사과');
  });

  it('moves a pinned entry ahead of the matcher’s first choice among what it shows', () => {
    const unpinned = teamSuggester(mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, NO_PERSONAL_DATA), new ClarifyChoices());
    const ids = (shown: Array<{ entry: { id: string } }>) => shown.map((suggestion) => suggestion.entry.id);
    expect(ids(unpinned.suggest(ticket(CANCEL)).suggestions)).toEqual(['q2', 'q3']);
    const pinned = teamSuggester(mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q3' }] }), new ClarifyChoices());
    expect(ids(pinned.suggest(ticket(CANCEL)).suggestions)).toEqual(['q3', 'q2']);
  });

  it('does not let a pin overrule the situation the ticket tells', () => {
    const state = mergeTeamState(BUILTIN_GUIDES, { state: 'none' }, { ...NO_PERSONAL_DATA, pins: [{ entry: 'dispatch-policy-faq/q2' }] });
    const shown = teamSuggester(state, new ClarifyChoices()).suggest(ticket(CANCEL_BEFORE_ASSIGNMENT)).suggestions;
    expect(shown.map((suggestion) => suggestion.entry.id)).toEqual(['q3']);
  });

  it('does not bring a pinned entry into a ticket it does not match', () => {
    const state = withPin({ entry: 'dispatch-policy-faq/q1' });
    const shown = teamSuggester(state, new ClarifyChoices()).suggest(ticket(PHONE_CHANGE)).suggestions;
    expect(shown[0]?.entry.id).toBe('team-extra/q1');
    expect(shown.some((suggestion) => suggestion.pin)).toBe(false);
  });

  it('lists the team answers in the lead’s order, each composed as pinned', () => {
    const state = mergeTeamState(BUILTIN_GUIDES, policy({ ...contractPack(), pins: [{ entry: 'team-extra/q1', complaintBranch: true }, { entry: 'dispatch-policy-faq/q5' }] }), {
      ...NO_PERSONAL_DATA,
      pins: [{ entry: 'dispatch-policy-faq/q1', opener: { kind: '공감', text: '많이 당황하셨을 것 같습니다.' } }],
    });
    const answers = teamAnswers(state);
    expect(answers.map((answer) => [answer.entry.id, answer.pin.origin])).toEqual([
      ['team-extra/q1', 'organization'],
      ['dispatch-policy-faq/q5', 'organization'],
      ['dispatch-policy-faq/q1', 'personal'],
    ]);
    expect(answers[0]!.reply).toContain('고객센터 1:1 문의');
    expect(answers[2]!.reply.startsWith('많이 당황하셨을 것 같습니다.')).toBe(true);
  });
});
