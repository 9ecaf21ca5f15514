// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { PickResult, ProfileCheck } from '@/utils/messaging';
import { createProfilePicker, type ProfilePickerEnv } from '@/utils/panel/profile-picker';
import type { SiteProfile } from '@/utils/profiles/site-profile';

const CHECK: ProfileCheck = { messages: 2, message: '기사 배정이 안 돼요', replyBox: 'textarea', invalid: [] };

function pickerWith(saved: SiteProfile[], hostname = 'desk.example.com') {
  let stored = saved;
  const picks: Record<string, PickResult> = {
    message: { hostname, proposals: [{ selector: 'li[data-author="customer"]', robustness: 'attribute', matches: 2, reads: '기사 배정이 안 돼요' }] },
    reply: { hostname, proposals: [{ selector: 'textarea[name="reply"]', robustness: 'attribute', matches: 1, reads: 'textarea' }] },
  };
  const env: ProfilePickerEnv = {
    pageStatus: async () => ({ hostname, helpdesk: null }),
    pick: vi.fn(async (_tab: number, role: 'message' | 'reply') => picks[role]!),
    cancelPick: vi.fn(async () => {}),
    check: vi.fn(async () => CHECK),
    profiles: { getValue: async () => stored, setValue: async (value: SiteProfile[]) => {
        stored = value;
      },
    },
  };
  return { picker: createProfilePicker(env, () => 7), env, stored: () => stored };
}

describe('직접 지정 (the panel’s point-and-click profile editor)', () => {
  it('asks for the message, then the reply box, keeps the best proposals and what they read', async () => {
    const { picker, env } = pickerWith([]);
    await picker.start();
    expect(vi.mocked(env.pick).mock.calls.map(([, role]) => role)).toEqual(['message', 'reply']);
    expect(picker.draft.value).toEqual({ host: 'desk.example.com', messageSelector: 'li[data-author="customer"]', replySelector: 'textarea[name="reply"]' });
    expect(picker.check.value).toEqual(CHECK);
    expect(picker.editing.value).toBeNull();
  });

  it('saves a new profile beside the others, and replaces the one it edits', async () => {
    const other = { host: 'other.example.com', messageSelector: '.m', replySelector: '#r' };
    const { picker, stored } = pickerWith([other]);
    await picker.start();
    expect(await picker.save()).toBe(true);
    expect(stored()).toHaveLength(2);
    expect(picker.open.value).toBe(false);

    await picker.start(); // the site has a profile now: it is edited, nothing is picked
    expect(picker.editing.value).toBe('desk.example.com');
    picker.change('messageSelector', '.thread .customer');
    expect(await picker.save()).toBe(true);
    expect(stored()).toEqual([other, { host: 'desk.example.com', messageSelector: '.thread .customer', replySelector: 'textarea[name="reply"]' }]);
  });

  it('starts from the preset of a product shipped as one, without asking for clicks', async () => {
    const { picker, env } = pickerWith([], 'app.frontapp.com');
    await picker.start();
    expect(env.pick).not.toHaveBeenCalled();
    expect(picker.draft.value.messageSelector).toContain('data-is-inbound="true"');
    expect(env.check).toHaveBeenCalled();
  });

  it('keeps what is saved when the draft is invalid and names the field', async () => {
    const { picker, stored } = pickerWith([]);
    await picker.start();
    picker.change('replySelector', 'textarea[');
    expect(await picker.save()).toBe(false);
    expect(picker.problems.value.replySelector).toContain('올바른 CSS 선택자가 아닙니다');
    expect(stored()).toEqual([]);
  });
});
