// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { siteProfileAdapter } from '@/utils/helpdesks/site-profile-adapter';
import { createProfilesStore } from '@/utils/profiles/profiles-store';
import { hostPatterns } from '@/utils/profiles/site-permission';
import { asciiHost, normalizeProfile, validateProfile, type SiteProfile } from '@/utils/profiles/site-profile';
import { profileMatchesHost } from '@/utils/profiles/site-profile-host';

const PROFILE: SiteProfile = { host: 'desk.example.com', messageSelector: '.msg.customer', replySelector: '#reply' };

describe('site profile validation', () => {
  it('accepts a host and valid selectors', () => {
    expect(validateProfile(PROFILE, [])).toEqual({});
    expect(validateProfile({ ...PROFILE, host: '*.example.com' }, [])).toEqual({});
  });

  it('names each problem: a URL for a host, a broken selector, a missing field, a duplicate', () => {
    const problems = validateProfile({ host: 'https://desk.example.com/x', messageSelector: 'div[', replySelector: '  ' }, [PROFILE]);
    expect(Object.keys(problems).sort()).toEqual(['host', 'messageSelector', 'replySelector']);
    expect(problems.messageSelector).toBe('올바른 CSS 선택자가 아닙니다: div[');
    expect(validateProfile(PROFILE, [PROFILE]).host).toContain('이미 desk.example.com 프로필이 있습니다');
  });

  it('keeps one profile per site whatever the port, so two never compete for a page', () => {
    const local = { ...PROFILE, host: '127.0.0.1' };
    expect(validateProfile({ ...PROFILE, host: '127.0.0.1:8731' }, [local]).host).toContain('이미 127.0.0.1 프로필이 있습니다');
    expect(validateProfile(local, [{ ...PROFILE, host: '127.0.0.1:8731' }]).host).toContain('127.0.0.1:8731');
    expect(validateProfile({ ...PROFILE, host: '127.0.0.1:8731' }, [PROFILE])).toEqual({});
  });

  it('accepts a host with Korean letters and stores it as the browser shows it (punycode)', () => {
    expect(validateProfile({ ...PROFILE, host: '상담.예시.kr' }, [])).toEqual({});
    expect(asciiHost('상담.예시.kr')).toBe('xn--jk1bs5x.xn--vv4b11d.kr');
    expect(normalizeProfile({ ...PROFILE, host: ' *.예시.KR:8080 ' }).host).toBe('*.xn--vv4b11d.kr:8080');
    expect(asciiHost('desk example.com')).toBeNull();
    expect(asciiHost('user@desk.example.com')).toBeNull();
  });

  it('matches hosts exactly or by a leading wildcard', () => {
    const at = (host: string) => ({ hostname: host.split(':')[0]!, host });
    expect(profileMatchesHost(PROFILE, at('desk.example.com'))).toBe(true);
    expect(profileMatchesHost(PROFILE, at('evil-desk.example.com'))).toBe(false);
    expect(profileMatchesHost({ ...PROFILE, host: '*.example.com' }, at('a.b.example.com'))).toBe(true);
    expect(profileMatchesHost({ ...PROFILE, host: '*.example.com' }, at('example.org'))).toBe(false);
    // A host written in Korean (a policy or a pack may carry it so) matches the punycode the browser shows.
    expect(profileMatchesHost({ ...PROFILE, host: '상담.예시.kr' }, at('xn--jk1bs5x.xn--vv4b11d.kr'))).toBe(true);
  });
});

describe('profiles store', () => {
  function storeWith(answer: boolean) {
    let saved: SiteProfile[] = [PROFILE];
    const access = { request: vi.fn(async () => answer), has: vi.fn(async (host: string) => host === PROFILE.host) };
    const store = createProfilesStore({ getValue: async () => saved, setValue: async (value) => {
        saved = value;
      },
    }, access);
    return { store, access, saved: () => saved };
  }

  it('keeps what is saved when a draft is invalid, and asks for nothing then', async () => {
    const { store, access, saved } = storeWith(true);
    await store.load();
    expect(store.granted.value).toEqual({ 'desk.example.com': true });
    expect(await store.add({ host: 'other.example.com', messageSelector: '>>', replySelector: '#r' })).toBe(false);
    expect(saved()).toEqual([PROFILE]);
    expect(access.request).not.toHaveBeenCalled();
    expect(await store.add({ host: ' Other.Example.com ', messageSelector: '.m', replySelector: '#r', subjectSelector: '' })).toBe(true);
    expect(access.request).toHaveBeenCalledWith('other.example.com');
    expect(saved()).toEqual([PROFILE, { host: 'other.example.com', messageSelector: '.m', replySelector: '#r' }]);
    expect(store.status.value).toContain('바로 적용됩니다');
  });

  it('says clearly when the host was not granted, and asks again on request', async () => {
    const { store, access } = storeWith(false);
    await store.load();
    expect(await store.add({ host: 'other.example.com', messageSelector: '.m', replySelector: '#r' })).toBe(true);
    expect(store.granted.value['other.example.com']).toBe(false);
    expect(store.status.value).toContain('권한이 없어 아직 동작하지 않습니다');
    access.request.mockResolvedValueOnce(true);
    expect(await store.requestAccess('other.example.com')).toBe(true);
    expect(store.granted.value['other.example.com']).toBe(true);
  });

  it('edits a saved profile in place and checks a draft against the open tabs of its site', async () => {
    const checks = vi.fn(async (profile: SiteProfile) => [{ title: 'Desk', url: `https://${profile.host}/t/1`, check: null }]);
    let saved: SiteProfile[] = [PROFILE];
    const store = createProfilesStore({ getValue: async () => saved, setValue: async (value) => {
          saved = value;
        },
      }, { request: async () => true, has: async () => true }, checks);
    await store.load();
    store.edit(PROFILE.host);
    expect(await store.add({ ...PROFILE, messageSelector: '.thread .customer' })).toBe(true);
    expect(saved).toEqual([{ ...PROFILE, messageSelector: '.thread .customer' }]);
    expect(store.editing.value).toBeNull();
    await store.checkInOpenTabs({ ...PROFILE, host: ' 상담.예시.kr ' });
    expect(checks).toHaveBeenCalledWith(expect.objectContaining({ host: 'xn--jk1bs5x.xn--vv4b11d.kr' }));
    expect(store.tabChecks.value).toHaveLength(1);
  });

  it('asks for the host over http and https, without its port', () => {
    expect(hostPatterns('desk.example.com')).toEqual(['http://desk.example.com/*', 'https://desk.example.com/*']);
    expect(hostPatterns('*.example.com')).toEqual(['http://*.example.com/*', 'https://*.example.com/*']);
    expect(hostPatterns('127.0.0.1:8731')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });
});

describe('site profile adapter', () => {
  it('reads the last customer message and finds the editable reply box inside a container', () => {
    document.body.innerHTML = `<h1>문의</h1><div class="msg customer">첫 메시지</div><div class="msg agent">답변</div><div class="msg customer">멀티콜 번호를 잘못 넣었어요</div>
      <div id="reply"><div contenteditable="true"><p></p></div></div>`;
    const adapter = siteProfileAdapter({ ...PROFILE, host: 'localhost', subjectSelector: 'h1' });
    expect(adapter.matches(document)).toBe(true);
    expect(adapter.readTicket(document)).toMatchObject({ subject: '문의', message: '멀티콜 번호를 잘못 넣었어요' });
    expect(adapter.findReplyBox(document)?.getAttribute('contenteditable')).toBe('true');
  });
});
