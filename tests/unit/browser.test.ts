import { describe, expect, it } from 'vitest';
import { chromiumExecutable } from '../helpers/browser';

describe('chromiumExecutable()', () => {
  it('prefers PLAYWRIGHT_CHROMIUM_PATH over the system browser', () => {
    expect(chromiumExecutable({ PLAYWRIGHT_CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome');
  });
  it('refuses a PLAYWRIGHT_CHROMIUM_PATH that does not exist, rather than testing another browser', () => {
    expect(() => chromiumExecutable({ PLAYWRIGHT_CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/does not exist/);
  });
  it('uses /usr/bin/chromium when present', () => {
    expect(chromiumExecutable({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it("falls back to Playwright's own browser (undefined) on a laptop without one", () => {
    expect(chromiumExecutable({}, () => false)).toBeUndefined();
  });
});
