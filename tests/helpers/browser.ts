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
 * Which Chromium to drive: $PLAYWRIGHT_CHROMIUM_PATH if set, else the system /usr/bin/chromium if
 * present, else undefined, meaning Playwright's own downloaded browser (a developer laptop).
 */
export function chromiumExecutable(env = process.env, exists = existsSync): string | undefined {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (exists(candidate)) return candidate;
  }
  return undefined;
}
