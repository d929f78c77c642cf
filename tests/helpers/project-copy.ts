import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content-fixture';

/** What a build needs from the project; tests add folders they break (e.g. `tests/fixtures/site`). */
const BUILD_INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A throwaway copy of the project (node_modules linked) in which to break a file and build. */
export function projectCopy(extra: string[] = [], prefix = 'explainer-build-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of [...BUILD_INPUTS, ...extra]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
