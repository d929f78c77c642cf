/**
 * The incremental build's cache, kept beside the atomic build (scripts/build.ts). Astro keeps the
 * cache of `experimental.incrementalBuild` in its cacheDir: a manifest of each page's cache key and a
 * copy of each page's output, which it copies into the new output for every page it does not render
 * again, and overwrites (in place) for every page it does. A failed build would leave that cache
 * ahead of the last good site, so the kit never builds in the cache it keeps:
 *
 * - `.astro/build-cache/<out>/` is the cache of the last good build of `<out>/` (dist/, dist-fixture/).
 * - Each build works in its own copy, `.astro/build-cache/.<out>.staging-<pid>/`, made from the kept
 *   cache; it replaces the kept cache only when the whole build has succeeded (after the output swap).
 * - Copying the whole cache each build would copy every page's output once more, so the replaced
 *   cache is kept as `.<out>.spare/` and the next build's copy is made by bringing the spare up to
 *   date: only the files the last build wrote are copied (same size and modification time: same file).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { leftovers, stagingNames } from './build-staging.ts';

/** Where the kept caches, their spares and the builds' working copies live, under the project root. */
export const CACHE_ROOT = '.astro/build-cache';

export function cacheNames(out: string, pid: number) {
  return { kept: out, spare: `.${out}.spare`, work: stagingNames(out, pid).staging };
}

/** Files under `dir`, relative to it, with their size and modification time (whole ms). */
function files(dir: string, prefix = '', out = new Map<string, { size: number; mtime: number }>()) {
  if (!existsSync(dir)) return out;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) files(join(dir, d.name), rel, out);
    else if (d.isFile()) {
      const s = statSync(join(dir, d.name));
      out.set(rel, { size: s.size, mtime: Math.trunc(s.mtimeMs) });
    }
  }
  return out;
}

/**
 * Makes `to` a copy of `from`: copies each file whose size or modification time differs (setting the
 * copy's time to the original's, so the next sync skips it) and deletes the files `from` lacks.
 * Returns how many files were copied and deleted.
 */
export function syncTree(from: string, to: string): { copied: number; deleted: number } {
  const want = files(from);
  const have = files(to);
  let copied = 0;
  let deleted = 0;
  for (const [rel, f] of want) {
    const h = have.get(rel);
    if (h && h.size === f.size && h.mtime === f.mtime) continue;
    const target = join(to, rel);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, rel), target);
    utimesSync(target, new Date(f.mtime), new Date(f.mtime));
    copied++;
  }
  for (const rel of have.keys()) {
    if (want.has(rel)) continue;
    rmSync(join(to, rel), { force: true });
    deleted++;
  }
  return { copied, deleted };
}

/**
 * The working copy of the cache for this build (`fresh`: an empty one, as for `astro build --force`).
 * Tidies what killed builds left first: a working copy becomes the spare (it is brought up to date
 * like one) when there is none.
 */
export function prepareCache(root: string, out: string, pid: number, fresh = false): { dir: string; copied: number } {
  const base = join(root, CACHE_ROOT);
  const n = cacheNames(out, pid);
  mkdirSync(base, { recursive: true });
  for (const stale of leftovers(readdirSync(base), out)) {
    if (stale.kind === 'staging' && !existsSync(join(base, n.spare))) renameSync(join(base, stale.name), join(base, n.spare));
    else rmSync(join(base, stale.name), { recursive: true, force: true });
  }
  const work = join(base, n.work);
  rmSync(work, { recursive: true, force: true });
  if (fresh || !existsSync(join(base, n.kept))) {
    mkdirSync(work);
    return { dir: work, copied: 0 };
  }
  if (existsSync(join(base, n.spare))) renameSync(join(base, n.spare), work);
  else mkdirSync(work);
  return { dir: work, copied: syncTree(join(base, n.kept), work).copied };
}

/** After a good build: its working copy becomes the kept cache, and the one it replaces the spare. */
export function keepCache(root: string, out: string, pid: number): void {
  const base = join(root, CACHE_ROOT);
  const n = cacheNames(out, pid);
  rmSync(join(base, n.spare), { recursive: true, force: true });
  if (existsSync(join(base, n.kept))) renameSync(join(base, n.kept), join(base, n.spare));
  renameSync(join(base, n.work), join(base, n.kept));
}

/** After a failed build: the kept cache is untouched; the working copy becomes the spare (or goes). */
export function dropCache(root: string, out: string, pid: number): void {
  const base = join(root, CACHE_ROOT);
  const n = cacheNames(out, pid);
  if (!existsSync(join(base, n.work))) return;
  if (existsSync(join(base, n.spare))) rmSync(join(base, n.work), { recursive: true, force: true });
  else renameSync(join(base, n.work), join(base, n.spare));
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The files Astro wrote while generating pages, from its log: `├─ /path (+12ms)` for a page it
 * rendered, `├─ /path (restored)` or `(cached)` for one it copied from the incremental cache.
 */
export function generatedFiles(log: string): { rendered: string[]; reused: string[] } {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const line of log.replace(ANSI, '').split('\n')) {
    const m = /[├└]─ (\/\S*) \((restored|cached|\+[^)]*)\)/.exec(line);
    if (m) (m[2] === 'restored' || m[2] === 'cached' ? reused : rendered).push(m[1]);
  }
  return { rendered, reused };
}

/**
 * The search index. Pagefind reads every HTML file of the site (it has no incremental mode; at
 * 3,000 explainers that is about 20,000 files) and indexes the explainer pages' <article
 * data-pagefind-body>. Its index is a function of those files, its version, its config and its
 * arguments, so when none of them changed the last good site's index is still right, and is kept
 * (hard-linked into the new site) instead of being made again.
 */
export const SEARCH_STAMP = 'kit-search-index.json';

export interface SearchStamp {
  /** Pagefind's version, pagefind.yml and the arguments, hashed. */
  config: string;
  /**
   * SHA-256 and inode of pagefind/pagefind-entry.json of the site this cache was kept with: each run of
   * Pagefind writes a new file, and a kept index is the same file, so they name the index of that site.
   */
  entry: string;
  inode: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** What Pagefind's output depends on besides the pages. */
export function searchConfig(root: string, args: string[]): string {
  const read = (p: string) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf-8') : '');
  return sha256(JSON.stringify([JSON.parse(read('node_modules/pagefind/package.json') || '{}').version, read('pagefind.yml'), args]));
}

/** HTML files of a site, relative, outside its pagefind/ folder. */
function htmlFiles(site: string): string[] {
  return [...files(site).keys()].filter((p) => p.endsWith('.html') && !p.startsWith('pagefind/')).sort();
}

export function searchStampOf(site: string, config: string): SearchStamp | undefined {
  const entry = join(site, 'pagefind/pagefind-entry.json');
  return existsSync(entry) ? { config, entry: sha256(readFileSync(entry)), inode: statSync(entry).ino } : undefined;
}

/**
 * Why the last good site's search index cannot be kept for the new site, or undefined when it can:
 * the same HTML files, each byte for byte (those Astro copied from the cache are the last site's own
 * bytes, as long as the cache is the one kept with that site: `stamp` says so), the same config.
 */
export function searchIndexChange(opts: { previous: string; next: string; reused: string[]; stamp: SearchStamp | undefined; config: string }): string | undefined {
  const { previous, next, stamp, config } = opts;
  if (!existsSync(join(previous, 'pagefind'))) return 'no index in the last site';
  if (!stamp) return 'no record of the last index';
  const now = searchStampOf(previous, config);
  if (!now || now.entry !== stamp.entry || now.inode !== stamp.inode) return 'the last site is not the one the cache was kept with';
  if (stamp.config !== config) return 'Pagefind, its config or its arguments changed';
  const before = htmlFiles(previous);
  const after = htmlFiles(next);
  if (before.length !== after.length || before.some((p, i) => p !== after[i])) return 'pages were added or removed';
  const reused = new Set(opts.reused.map((p) => p.replace(/^\//, '')));
  for (const p of after) {
    if (reused.has(p)) continue;
    if (!readFileSync(join(previous, p)).equals(readFileSync(join(next, p)))) return `/${p} changed`;
  }
  return undefined;
}

/** Hard-links the last site's pagefind/ folder into the new site (nothing ever writes to its files in place). */
export function keepSearchIndex(previous: string, next: string): number {
  const index = files(join(previous, 'pagefind'));
  for (const rel of index.keys()) {
    const target = join(next, 'pagefind', rel);
    mkdirSync(dirname(target), { recursive: true });
    linkSync(join(previous, 'pagefind', rel), target);
  }
  return index.size;
}

/** A stamp the last good build left in its cache folder (`name`: SEARCH_STAMP, INPUT_STAMP), or undefined when there is none or it is unreadable. */
export function readStamp<T>(cacheDir: string, name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, name), 'utf-8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes a stamp into the cache folder; `undefined` removes it (the next build then starts without it). */
export function writeStamp(cacheDir: string, name: string, stamp: object | undefined): void {
  if (stamp) writeFileSync(join(cacheDir, name), `${JSON.stringify(stamp)}\n`);
  else rmSync(join(cacheDir, name), { force: true });
}

/**
 * Files written while pages render (src/build/static-files.ts: the locator maps' base maps, named
 * by a hash of their bytes) are written only by the pages that render; a page copied from the cache
 * is byte-identical to its copy in the last good site and refers to that site's files, so the ones
 * missing from the new site are carried over (hard links). Returns how many. (The merged page
 * stylesheets are brought over with their pages by src/build/built-pages.ts.)
 */
export function carryRenderFiles(previous: string, next: string): number {
  const dir = join(previous, '_astro');
  if (!existsSync(dir)) return 0;
  let carried = 0;
  for (const name of readdirSync(dir)) {
    if (!/^[a-z-]+\.[A-Za-z0-9_-]{10}\.svg$/.test(name)) continue;
    const to = join(next, '_astro', name);
    if (existsSync(to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    linkSync(join(dir, name), to);
    carried++;
  }
  return carried;
}
