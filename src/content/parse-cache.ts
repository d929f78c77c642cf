/**
 * Parses kept from one build to the next: a YAML file's value and lines (yaml.ts) and an MDX file's
 * scan (mdx/scan.ts), by a hash of their text. Parsing is most of what reading a content folder costs
 * (about 25 ms an explainer), and an edit changes one file of thousands, so `npm run build` keeps each
 * clean parse in its cache folder (KIT_CACHE_DIR, scripts/build.ts: kept only when the whole build
 * succeeds) and parses only the files that changed. A file with a problem is parsed every time, and
 * everything the reader checks across files (src/content/crosscheck.ts) is checked every time.
 *
 * The cache names the parsers' version (`parserVersion`: the kit's code and the installed packages):
 * a change to either starts it over. Without a cache folder (astro dev, npm run check) nothing is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kitVersion } from '../build/kit-version.ts';
import { readCacheFile, writeCacheFile } from '../build/cache-file.ts';

const FILE = 'kit-parses.json';

interface Open {
  dir: string;
  version: string;
  /** The last build's parses, by hash: JSON, made into a fresh value each time one is asked for. */
  last: Map<string, string>;
  /** This build's, written when the read is done (a file no longer read drops out). */
  next: Map<string, string>;
}
let open: Open | undefined;

/**
 * The version of the code that parses: the kit's (src/build/kit-version.ts, which leaves packages
 * out) and the packages installed (npm's record of node_modules: the YAML and MDX parsers are among them).
 */
export function parserVersion(root: string): string {
  const installed = join(root, 'node_modules/.package-lock.json');
  const packages = existsSync(installed) ? createHash('sha256').update(readFileSync(installed)).digest('base64url') : 'unknown';
  return `${kitVersion(root)} ${packages}`;
}

/** Starts keeping parses in `dir` for a read made by this version of the parsers (`parserVersion`). */
export function openParseCache(dir: string, version: string): void {
  const saved = readCacheFile<Record<string, string>>(dir, FILE, version);
  open = { dir, version, last: new Map(Object.entries(saved ?? {})), next: new Map() };
}

/** Writes this read's parses to the cache folder and stops keeping them. */
export function closeParseCache(): void {
  if (!open) return;
  const { dir, version, next } = open;
  open = undefined;
  writeCacheFile(dir, FILE, version, Object.fromEntries(next));
}

/**
 * `parse()`'s result for this text, from the last build when it parsed the same text the same way
 * (`kind` names the parser and its arguments), else parsed now and kept when `keep` says it is clean.
 * Each call gets its own copy: a caller may add to what it is given.
 */
export function recallParse<T>(kind: string, text: string, parse: () => T, keep: (value: T) => boolean): T {
  if (!open) return parse();
  const hash = createHash('sha256').update(kind).update('\0').update(text).digest('base64url');
  const saved = open.last.get(hash) ?? open.next.get(hash);
  if (saved !== undefined) {
    open.next.set(hash, saved);
    return JSON.parse(saved) as T;
  }
  const value = parse();
  if (keep(value)) open.next.set(hash, JSON.stringify(value));
  return value;
}
