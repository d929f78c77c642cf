import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readContent, type ContentFolder, type ReadResult } from './read.ts';

/** Every file under `abs` (dot-files and dot-folders aside), as paths relative to it, sorted. */
function walk(abs: string, prefix = ''): string[] {
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .flatMap((d) => (d.isDirectory() ? walk(join(abs, d.name), `${prefix}${d.name}/`) : d.isFile() ? [`${prefix}${d.name}`] : []))
    .sort();
}

/** The content folder `dir` (relative to `root`, or absolute) read from disk, named in messages relative to `root`. */
export function readFolder(root: string, dir: string): ContentFolder {
  const abs = isAbsolute(dir) ? dir : resolve(root, dir);
  const files = new Map(walk(abs).map((p) => [p, readFileSync(join(abs, p), 'utf-8')] as const));
  return { dir: relative(root, abs).split(sep).join('/') || '.', files };
}

/** The content folder of this run: CONTENT_DIR (relative to the project root, or absolute), or `content/`. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '');
}

/** `readContent` of a folder on disk: for the lint, the scaffold, the benchmarks and the tests. */
export function readContentDir(root: string, dir = 'content'): ReadResult {
  return readContent(readFolder(root, dir));
}
