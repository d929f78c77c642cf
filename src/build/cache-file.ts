import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the kit keeps in the build's cache folder (KIT_CACHE_DIR, scripts/build.ts: kept only when
 * the whole build succeeds) for the next build, named with the version of the code that made it: the
 * content files' parses (src/content/parse-cache.ts), the pages as tidied (./built-pages.ts).
 */

/** The file's data when it was written by this `version`; undefined when absent, unreadable or older. */
export function readCacheFile<T>(dir: string, name: string, version: string): T | undefined {
  try {
    if (!existsSync(join(dir, name))) return undefined;
    const saved = JSON.parse(readFileSync(join(dir, name), 'utf-8')) as { version?: string; data?: T };
    return saved.version === version ? saved.data : undefined;
  } catch {
    // An unreadable file is no file: the work is done again.
    return undefined;
  }
}

/** Writes the file whole or not at all (a temporary file renamed over it). */
export function writeCacheFile(dir: string, name: string, version: string, data: unknown): void {
  const tmp = join(dir, `${name}.${process.pid}`);
  writeFileSync(tmp, JSON.stringify({ version, data }));
  renameSync(tmp, join(dir, name));
}
