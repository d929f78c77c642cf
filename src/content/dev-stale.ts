import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';

/**
 * `npm run dev` only: true while the MDX file on disk is newer than what the content store holds —
 * the moment between a save and the loader's re-read, when Vite already reloads the page. The page
 * then waits for the re-read (which reloads it again) instead of rendering text whose mistakes the
 * loader has not checked yet.
 */
export function storeIsBehind(entry: { filePath?: string; body?: string }, root = process.cwd()): boolean {
  if (!entry.filePath || entry.body === undefined) return false;
  try {
    const path = isAbsolute(entry.filePath) ? entry.filePath : resolve(root, entry.filePath);
    return splitFrontmatter(readFileSync(path, 'utf-8')).body !== entry.body;
  } catch {
    return false;
  }
}
