// A throwaway copy of the project to change a file in and build or serve: for the tests that prove
// a broken content file stops `astro build` with its message, and for the bench. One helper, so every
// copy is made the same way.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './root.ts';
import { cleanEnv } from './clean-env.ts';

/** What a build reads from the project (besides node_modules). */
export const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'pagefind.yml'];

export const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Copies the project's code into `dir` (a new temporary folder by default), plus `extra` paths (e.g.
 * 'scripts', 'tests/fixtures/site'). Packages are linked one by one, so Astro's and Vite's caches
 * (node_modules/.astro, .vite) are the copy's own: each copy builds from a cold cache, as a fresh
 * clone does, builds running side by side never share a content store, and nothing is written to
 * the working copy's.
 */
export function projectCopy({ dir, extra = [], root = ROOT }: { dir?: string; extra?: string[]; root?: string } = {}): string {
  const to = dir ?? mkdtempSync(join(tmpdir(), 'explainer-copy-'));
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const p of [...PROJECT_FILES, ...extra]) {
    if (existsSync(join(root, p))) cpSync(join(root, p), join(to, p), { recursive: true });
  }
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(to, 'node_modules', name));
  }
  return to;
}

/**
 * Runs `astro <args>` in a project copy with a clean environment (none of Vitest's variables, no
 * CONTENT_DIR unless given in `env`), and returns its status and everything it printed.
 */
export function astro(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [ASTRO_BIN, ...args], {
    cwd: dir,
    encoding: 'utf-8',
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
