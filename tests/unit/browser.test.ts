import { describe, expect, it } from 'vitest';
import { chromiumExecutable } from '../helpers/browser.ts';

describe('chromiumExecutable()', () => {
  it('prefers PLAYWRIGHT_CHROMIUM_PATH over the system browser', () => {
    expect(chromiumExecutable({ PLAYWRIGHT_CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome');
  });
  it('refuses a PLAYWRIGHT_CHROMIUM_PATH that does not exist, rather than testing another browser', () => {
    expect(() => chromiumExecutable({ PLAYWRIGHT_CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/does not exist/);
  });
  it('uses the headless shell when present, else /usr/bin/chromium', () => {
    expect(chromiumExecutable({}, (p) => String(p).startsWith('/usr/bin/chromium'))).toBe('/usr/bin/chromium-headless-shell');
    expect(chromiumExecutable({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it("falls back to Playwright's own browser (undefined) on a laptop without one", () => {
    expect(chromiumExecutable({}, () => false)).toBeUndefined();
  });
});
