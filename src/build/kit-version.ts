/**
 * The kit's version as the incremental build sees it: `<package.json version>+<hash of the code>`.
 * astro.config.mjs computes it once per run and hands it to the pages (import.meta.env.KIT_VERSION),
 * where every cache key starts with it (src/content/cache-key.ts).
 *
 * The hash covers every file a page's output can depend on besides content: src/ (components,
 * layouts, styles, i18n strings, the share-image code and anything it reads from disk), the
 * Astro config, package.json and tsconfig.json. Astro's own per-page module-graph hash misses code
 * and files read at render time (the share images' fonts and layout, the content readers and MDX
 * plugins that run outside a page's module graph), so a code change re-renders every page. Tests
 * (`*.test.ts`, snapshots) cannot change a page and are left out, so editing one keeps the cache.
 * Package versions are not hashed here: Astro drops its whole cache when the lockfile changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files and folders, relative to the project root, whose bytes make up the code part of the version. */
export const KIT_CODE = ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

const isTestFile = (name: string) => /\.test\.[cm]?[jt]sx?$/.test(name) || name === '__snapshots__';

/** `rel` (relative to `root`), or every file under it when it is a folder, tests aside, sorted: the same list on every machine. */
function codeFiles(root: string, rel: string): string[] {
  const abs = join(root, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => !isTestFile(d.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? codeFiles(root, `${rel}/${d.name}`) : d.isFile() ? [`${rel}/${d.name}`] : []));
}

/** `<version>+<first 16 hex digits of the SHA-256 of the code's paths and bytes>`, e.g. `0.1.0+3f2a…`. */
export function kitVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of KIT_CODE.flatMap((p) => codeFiles(root, p))) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as { version: string };
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}
