import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A development guide (tests/data/guides) used as a team's own guide: it has labelled tickets, and the matcher was not tuned on it as a team guide. */
export const TEAM_GUIDE_MARKDOWN = readFileSync(resolve(import.meta.dirname, '../../data/guides/account-faq.md'), 'utf8');

export { NO_PERSONAL_DATA } from '@/utils/team/personal-storage';

/** The pack of the contract: a pin on the built-in guide and a team guide. */
export function contractPack(): Record<string, unknown> {
  return {
    format: 'replydeck-team-pack',
    version: 1,
    pins: [{ entry: 'dispatch-policy-faq/q1', note: '배정 지연 문의는 AI 추천 요금 안내까지 꼭 포함', opener: { kind: '사과', text: '오래 기다리시게 해서 정말 죄송합니다.' }, complaintBranch: true }],
    guides: [{ id: 'team-extra', markdown: TEAM_GUIDE_MARKDOWN }],
  };
}
