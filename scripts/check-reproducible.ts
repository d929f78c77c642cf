// Builds each site once more from clean (an empty cache of its own and --force, a fresh output
// folder) and compares a SHA-256 of every output file with the build `npm test` just made (dist/ and
// dist-fixture/): the same sources must give the same bytes, or a deploy diff, a cache and a CSP hash
// cannot be trusted. Pagefind's index (pagefind/) is written by another tool after the build and is
// left out. Usage: node scripts/check-reproducible.ts (after npm run build and npm run build:fixture).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = join(import.meta.dirname, '..');
const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SITES = [
  { dist: 'dist', contentDir: undefined },
  { dist: 'dist-fixture', contentDir: 'tests/fixtures/site/content' },
];

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (rel === 'pagefind') continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(rel, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function build(outDir: string, contentDir: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env.CONTENT_DIR;
  if (contentDir) env.CONTENT_DIR = contentDir;
  // A cache of its own (astro.config.mjs reads KIT_CACHE_DIR), empty: a build from clean that shares no
  // content store with the builds and tests `npm test` runs beside this check (scripts/test.ts).
  env.KIT_CACHE_DIR = `${outDir}-cache`;
  const r = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', outDir], { cwd: ROOT, encoding: 'utf-8', env });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`astro build --outDir ${outDir} failed`);
  }
  // The build manifest the config keeps for the budget tests: not needed for this copy.
  rmSync(join(ROOT, '.astro/vite-manifest', `${basename(outDir)}.json`), { force: true });
  return hashes(outDir);
}

const tmp = mkdtempSync(join(tmpdir(), 'explainer-repro-'));
let failed = 0;
try {
  for (const site of SITES) {
    const first = join(ROOT, site.dist);
    if (!existsSync(join(first, 'index.html'))) throw new Error(`${site.dist}/ is missing: run npm run build and npm run build:fixture first`);
    const a = hashes(first);
    const b = build(join(tmp, `${site.dist}-again`), site.contentDir);
    const files = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differ = files.filter((f) => a.get(f) !== b.get(f));
    for (const f of differ) console.error(`DIFFERS ${site.dist}/${f}: ${a.get(f) ?? '(missing)'} vs ${b.get(f) ?? '(missing)'}`);
    console.log(`reproducible build of ${site.dist}/: ${files.length} files, ${differ.length} differ`);
    if (files.length < 5) throw new Error(`too few files built in ${site.dist}/`);
    if (differ.length) failed++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
