import { existsSync } from 'node:fs';

/** Flags Chromium needs in containers and CI: root needs --no-sandbox; the rest keep it off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The system's Chromium builds, in the order they are preferred. First Debian's
 * chromium-headless-shell: Chromium's old headless mode, the browser Playwright itself runs headless
 * tests in (its "chromium-headless-shell" download), same Blink and V8 as the full browser without
 * its window and browser UI. On a 2-core machine the whole Playwright run took 343 s in it against
 * 799 s in the full browser's new headless mode (which /usr/bin/chromium --headless is). It cannot
 * open a window: for `--headed`, set PLAYWRIGHT_CHROMIUM_PATH=/usr/bin/chromium.
 */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Which Chromium to drive: $PLAYWRIGHT_CHROMIUM_PATH if set, else the first of SYSTEM_CHROMIUMS
 * present, else undefined, meaning Playwright's own downloaded browser (a developer laptop).
 */
export function chromiumExecutable(env = process.env, exists = existsSync): string | undefined {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const candidate of SYSTEM_CHROMIUMS) {
    if (exists(candidate)) return candidate;
  }
  return undefined;
}
