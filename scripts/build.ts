/**
 * `npm run build`: an atomic site build. Astro and Pagefind write into a fresh temporary folder
 * beside the output folder; the output folder (`dist/`, or `--outDir`) is replaced only when the
 * whole build has succeeded — pages, content checks, search index and the checks below. A failed or
 * interrupted build deletes its temporary folder and leaves the previous output byte-identical, so
 * a mistake in content never takes the live site down (Astro empties its outDir before rendering and
 * a failing check left half a site, with a compiled draft in `.prerender/chunks/`).
 *
 * Incremental: Astro renders again only the pages whose cache key or code changed since the last
 * good build (astro.config.mjs, src/content/cache-key.ts) and copies the others from the cache of that
 * build, which scripts/build-cache.ts keeps beside the output and replaces only on success, like the
 * output itself. `--force` renders every page (and starts a new cache).
 *
 * Unchanged: when every file and setting the build reads is the last good build's and the output folder
 * is as that build left it, the build stops there and keeps it (scripts/build-inputs.ts): an incremental
 * build would still read, check and compile every content file to make the same bytes.
 *
 * Usage: node scripts/build.ts [--outDir dist-fixture] [--force]   (CONTENT_DIR as for `astro build`)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { leftovers, stagingNames } from './build-staging.ts';
import {
  CACHE_ROOT,
  carryRenderFiles,
  dropCache,
  generatedFiles,
  keepCache,
  keepSearchIndex,
  prepareCache,
  readStamp,
  SEARCH_STAMP,
  searchConfig,
  searchIndexChange,
  searchStampOf,
  type SearchStamp,
  writeStamp,
} from './build-cache.ts';
import { INPUT_STAMP, inputsHash, outputHash, type InputStamp } from './build-inputs.ts';
import { contentLimits, pageBudgetProblem } from '../src/lib/content-limits.ts';
import { contentDirFromEnv } from '../src/content/folder-fs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const argOut = process.argv.indexOf('--outDir');
const outDir = resolve(ROOT, argOut >= 0 ? process.argv[argOut + 1] : 'dist');
const names = stagingNames(basename(outDir), process.pid);
const parent = dirname(outDir);
const staging = join(parent, names.staging);
const previous = join(parent, names.previous);
const force = process.argv.includes('--force');
/**
 * The V8 heap of the Astro build: 4 GB, whatever the machine's memory (Node's default limit depends on
 * it and is below what a site of thousands of explainers needs on small machines). NODE_OPTIONS still wins.
 */
const ASTRO_HEAP_MB = 4096;

let child: ChildProcess | undefined;
let swapping = false;
let interrupted: NodeJS.Signals | undefined;

/**
 * Runs a command to completion, its output passed through; resolves with what it printed on stdout
 * (kept only when `keep`), rejects with its exit code or signal.
 */
function run(command: string, args: string[], env: Record<string, string> = {}, keep = false): Promise<string> {
  return new Promise((done, fail) => {
    // Piped, so Astro would drop its colours: keep them when this build's own output is a terminal.
    const colour = process.stdout.isTTY && !process.env.NO_COLOR && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
    child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...colour, ...env } });
    const out: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (keep) out.push(chunk.toString('utf-8'));
    });
    child.on('close', (code, signal) => {
      child = undefined;
      if (code === 0) done(out.join(''));
      else {
        // The step by the name an editor knows (`astro build`, `pagefind`), not its node flags and paths.
        const [script, sub] = args.filter((a) => !a.startsWith('-'));
        const step = `${basename(script ?? command).replace(/\.(m|c)?js$/, '').replace(/^bin$/, 'pagefind')}${sub && !sub.includes('/') ? ` ${sub}` : ''}`;
        fail(new Error(`${step} ${signal ? `was stopped by ${signal}` : `stopped with exit code ${code}, for the reasons printed above`}`));
      }
    });
  });
}

/** Drops the temporary folder; the output folder is never touched on the way out. */
function abandon(message: string, exitCode: number): never {
  rmSync(staging, { recursive: true, force: true });
  dropCache(ROOT, basename(outDir), process.pid);
  rmSync(join(ROOT, '.astro/vite-manifest', `${names.staging}.json`), { force: true });
  console.error(`build: ${message}; ${existsSync(outDir) ? `${basename(outDir)}/ left as it was` : `no ${basename(outDir)}/ written`}`);
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    if (swapping) return; // two renames, microseconds: finish them, then stop
    // Stop the running step first and tidy up once it has exited, so nothing writes after the clean-up.
    if (child) child.kill(signal);
    else abandon(`interrupted (${signal})`, 130);
  });
}

/**
 * What a finished build must hold (pages, a search index) and must not: build scratch folders
 * (Astro's `.prerender/` kept compiled drafts) and pages over the size budget (src/lib/content-limits.ts).
 */
function checkOutput(dir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(join(dir, 'index.html'))) problems.push('no index.html was written');
  for (const name of readdirSync(dir)) if (name.startsWith('.')) problems.push(`build scratch "${name}" left in the output`);
  if (!existsSync(join(dir, 'pagefind'))) problems.push('no search index (pagefind/) was written');
  const limits = contentLimits(process.env);
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf-8' })) {
    const problem = file.endsWith('.html') ? pageBudgetProblem(statSync(join(dir, file)).size, limits) : undefined;
    if (problem) problems.push(`/${relative(dir, join(dir, file))} ${problem}`);
  }
  return problems;
}

// A build killed outright (SIGKILL, power cut) leaves its staging folder behind, or — between the two
// renames — the previous output under its staging name: tidy up, putting the previous output back.
for (const stale of leftovers(readdirSync(parent), basename(outDir))) {
  const path = join(parent, stale.name);
  if (stale.kind === 'previous' && !existsSync(outDir)) renameSync(path, outDir);
  else rmSync(path, { recursive: true, force: true });
}

// The same inputs as the last good build, and its output untouched: that output is this build's.
const inputs = inputsHash(ROOT, contentDirFromEnv(process.env), process.argv.slice(2).filter((a) => a !== '--force'));
const last = force ? undefined : readStamp<InputStamp>(join(ROOT, CACHE_ROOT, basename(outDir)), INPUT_STAMP);
// Vite's manifest, kept beside the output (astro.config.mjs): the byte budgets read it.
const manifest = (name: string) => join(ROOT, '.astro/vite-manifest', `${name}.json`);
if (last && last.inputs === inputs && last.output === outputHash(outDir, [manifest(basename(outDir))])) {
  console.log(`build: nothing changed since the last build (content, code, settings): ${basename(outDir)}/ kept as it was (--force builds it again)`);
  process.exit(0);
}

const cache = prepareCache(ROOT, basename(outDir), process.pid, force);
let generated: ReturnType<typeof generatedFiles> = { rendered: [], reused: [] };
const searchCfg = searchConfig(ROOT, []);
let search = '';
try {
  const astroLog = await run(
    process.execPath,
    [`--max-old-space-size=${ASTRO_HEAP_MB}`, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging],
    // KIT_LAST_SITE: the pages of the last good site that this build copies unchanged are taken from it (src/build/built-pages.ts).
    { KIT_CACHE_DIR: cache.dir, ...(existsSync(outDir) ? { KIT_LAST_SITE: outDir } : {}) },
    true,
  );
  generated = generatedFiles(astroLog);
  // Pages copied from the cache refer to the maps' files of the last good site (scripts/build-cache.ts).
  if (generated.reused.length) carryRenderFiles(outDir, staging);
  // The search index: kept from the last good site when no page it reads changed (scripts/build-cache.ts).
  const change = force ? '--force' : searchIndexChange({ previous: outDir, next: staging, reused: generated.reused, stamp: readStamp<SearchStamp>(cache.dir, SEARCH_STAMP), config: searchCfg });
  if (change === undefined) search = `kept (${keepSearchIndex(outDir, staging)} files; no page changed)`;
  else {
    await run(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', staging]);
    search = `rebuilt (${change})`;
  }
} catch (error) {
  if (interrupted) abandon(`interrupted (${interrupted})`, 130);
  abandon(`failed: ${(error as Error).message}`, 1);
}
const problems = checkOutput(staging);
if (problems.length) abandon(`refused the output: ${problems.join('; ')}`, 1);
writeStamp(cache.dir, SEARCH_STAMP, searchStampOf(staging, searchCfg));

swapping = true;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
// astro.config.mjs keeps Vite's manifest as .astro/vite-manifest/<output folder>.json: name it after the real one.
if (existsSync(manifest(names.staging))) renameSync(manifest(names.staging), manifest(basename(outDir)));
// Inputs hashed before the build began: a file changed while it ran makes the next build run.
writeStamp(cache.dir, INPUT_STAMP, { inputs, output: outputHash(outDir, [manifest(basename(outDir))])! });
keepCache(ROOT, basename(outDir), process.pid);
swapping = false;
console.log(`build: rendered ${generated.rendered.length} files, reused ${generated.reused.length} from the last build${force ? ' (--force)' : ''}`);
console.log(`build: search index ${search}`);
console.log(`build: ${basename(outDir)}/ replaced by the new build`);
if (interrupted) process.exit(130);
