/**
 * A build with nothing changed is skipped (scripts/build.ts). Astro's incremental build still reads
 * and checks every content file, compiles every MDX file with Vite and runs every getStaticPaths before
 * it can copy a page from its cache: 38–47 % of a cold build at any size. What a build makes is a
 * function of what it reads (the build is reproducible: scripts/check-reproducible.ts), so when every
 * input is byte for byte the last good build's and its output is untouched, that output is the build's.
 *
 * The inputs: every file of the content folder and of the project the build reads (src/, public/, the
 * configs, the lockfiles, the build scripts), the environment variables the kit, Astro and Vite read,
 * Node's version and the build's arguments. The output is named by the path, size and modification
 * time of each of its files, so a hand-edited or replaced output folder is built again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** What a build reads from the project besides the content folder (tests/helpers/project-copy.ts copies the same, with the lockfiles). */
export const BUILD_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'pagefind.yml', 'node_modules/.package-lock.json'];

/** Environment variables that change what a build makes: the kit's (EXPLAINER_*, SITE_URL, CONTENT_DIR), Astro's, Vite's, Node's. */
export const BUILD_ENV = /^(SITE_URL|CONTENT_DIR|NODE_ENV|NODE_OPTIONS|TZ|LANG|LC_ALL|EXPLAINER_\w+|KIT_\w+|ASTRO_\w+|VITE_\w+|PUBLIC_\w+)$/;
/** …except those that only change what is printed. */
const PRINT_ONLY = new Set(['ASTRO_TELEMETRY_DISABLED']);

export const INPUT_STAMP = 'kit-inputs.json';

export interface InputStamp {
  inputs: string;
  output: string;
}

const sha256 = () => createHash('sha256');

/** Adds every file under `abs` (sorted; dot-files too: a .env is read by Vite) to the hash, by path and bytes. */
function hashTree(hash: ReturnType<typeof sha256>, abs: string, name: string): void {
  if (!existsSync(abs)) return void hash.update(`${name}\0absent\0`);
  const s = statSync(abs);
  if (s.isFile()) {
    hash.update(`${name}\0${s.size}\0`);
    hash.update(readFileSync(abs));
    return;
  }
  for (const entry of readdirSync(abs).sort()) hashTree(hash, join(abs, entry), `${name}/${entry}`);
}

/** A hash of everything the build of `contentDir` with these arguments and environment reads. */
export function inputsHash(root: string, contentDir: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const hash = sha256();
  const content = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
  hash.update(JSON.stringify({ node: process.version, args, env: Object.entries(env).filter(([k]) => BUILD_ENV.test(k) && !PRINT_ONLY.has(k)).sort() }));
  hashTree(hash, content, 'content');
  for (const p of BUILD_INPUTS) hashTree(hash, join(root, p), p);
  for (const name of readdirSync(root).filter((n) => /^\.env/.test(n)).sort()) hashTree(hash, join(root, name), name);
  return hash.digest('hex');
}

/**
 * A hash of the output folder's files, and of `beside` (files the build keeps outside it), by path,
 * size and modification time (undefined when there is no output).
 */
export function outputHash(dir: string, beside: string[] = []): string | undefined {
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  const hash = sha256();
  for (const file of beside) hash.update(existsSync(file) ? `${file}\0${statSync(file).size}\0${Math.trunc(statSync(file).mtimeMs)}\n` : `${file}\0absent\n`);
  const walk = (abs: string, rel: string) => {
    for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (d.isDirectory()) walk(join(abs, d.name), `${rel}${d.name}/`);
      else {
        const s = statSync(join(abs, d.name));
        hash.update(`${rel}${d.name}\0${s.size}\0${Math.trunc(s.mtimeMs)}\n`);
      }
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}
