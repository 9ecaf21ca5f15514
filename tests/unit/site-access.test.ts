import { describe, expect, it } from 'vitest';
import { sitePattern } from '@/utils/panel/site-access';

describe('sitePattern', () => {
  it('asks for one site: its scheme and host, any port and path', () => {
    expect(sitePattern('https://desk.example.com:8443/tickets/1?x=1')).toBe('https://desk.example.com/*');
    expect(sitePattern('http://10.0.0.5/helpdesk')).toBe('http://10.0.0.5/*');
  });

  it('refuses pages that are not web sites', () => {
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('file:///tmp/a.html')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });
});
