/**
 * `npm run check` (after `astro check`): validates the content folder as the build does — every
 * schema and cross-reference, with file:line — and the components written in explainer MDX.
 * Prints one line per problem and exits 1 if there is any. CONTENT_DIR picks another folder.
 */
import './ts-resolve.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../src/lib/content/problems.ts';

const { loadContentDir } = await import('../src/lib/content/load-dir.ts');
const { formatProblem } = await import('../src/lib/content/problems.ts');
const { lintMdx } = await import('../src/components/mdx/lint.ts');

/** The components explainers can use: the names exported by the MDX barrel. */
export function mdxComponents(): string[] {
  const barrel = readFileSync(fileURLToPath(new URL('../src/components/mdx/index.ts', import.meta.url)), 'utf-8');
  return [...barrel.matchAll(/\bas (\w+)/g)].map((m) => m[1]).sort();
}

/** Every content problem of `root/contentDir`, data and MDX. */
export function lintContent(root: string, contentDir = 'content'): ContentProblem[] {
  const loaded = loadContentDir(root, contentDir);
  return [...loaded.problems, ...lintMdx(loaded.mdx, loaded.input, mdxComponents())];
}

if (import.meta.main) {
  // Relative to the project root, or absolute (as CONTENT_DIR may be for the build).
  const contentDir = relative(process.cwd(), resolve(process.env.CONTENT_DIR ?? 'content')).split(sep).join('/');
  const problems = lintContent(process.cwd(), contentDir);
  if (problems.length) {
    console.error(`Content lint: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`);
    for (const p of problems) console.error(`  • ${formatProblem(p)}`);
    process.exit(1);
  }
  console.log(`Content lint: ${contentDir}/ is fine.`);
}
