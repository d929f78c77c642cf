import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cache keys of the last incremental build, as Astro recorded them in its manifest
 * (`<cacheDir>/incremental-build.json`, experimental.incrementalBuild; scripts/build.ts points the
 * cache dir at KIT_CACHE_DIR): a page whose key is not among them is rendered by this build. Read only
 * to plan work ahead (share images drawn beside other pages: og-pool.ts), so a wrong guess costs time,
 * never a stale page; an unreadable manifest (a first build) reads as no keys.
 */
export function lastBuildKeys(cacheDir = process.env.KIT_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro')): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf-8')) as {
      routes?: Record<string, { paths?: Record<string, { cacheKey?: string }> }>;
    };
    return new Set(Object.values(manifest.routes ?? {}).flatMap((r) => Object.values(r.paths ?? {}).flatMap((p) => (p.cacheKey ? [p.cacheKey] : []))));
  } catch {
    return new Set();
  }
}
