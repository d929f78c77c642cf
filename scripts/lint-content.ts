/**
 * `npm run check` (after `astro check`): validates the content folder as the build does — every
 * schema and cross-reference, with file:line — and the components written in explainer MDX.
 * Prints one line per problem and exits 1 if there is any. CONTENT_DIR picks another folder.
 */
import './ts-resolve.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../src/lib/content/problems.ts';

const { loadContentDir } = await import('../src/lib/content/load-dir.ts');
const { formatProblem } = await import('../src/lib/content/problems.ts');
const { lintMdx } = await import('../src/components/mdx/lint.ts');
const { splitFrontmatter } = await import('../src/lib/content/load-dir.ts');
const { PLACEHOLDERS } = await import('./new.ts');

/** The components explainers can use: the names exported by the MDX barrel. */
export function mdxComponents(): string[] {
  const barrel = readFileSync(fileURLToPath(new URL('../src/components/mdx/index.ts', import.meta.url)), 'utf-8');
  return [...barrel.matchAll(/\bas (\w+)/g)].map((m) => m[1]).sort();
}

/** Every content problem of `root/contentDir`, data and MDX. */
export function lintContent(root: string, contentDir = 'content'): ContentProblem[] {
  const loaded = loadContentDir(root, contentDir);
  return [...loaded.problems, ...lintMdx(loaded.mdx, loaded.input, mdxComponents()), ...placeholders(root, loaded)];
}

/**
 * Advice that does not stop the build: timeline titles too long to show whole on a phone, with
 * the fix (a short `label` for the graphic). The graphic never cuts a label; it leaves it out.
 */
export async function lintAdvice(root: string, contentDir = 'content'): Promise<ContentProblem[]> {
  const { labelAdvice } = await import('../src/lib/timeline/labels.ts');
  const { lineOf } = await import('../src/lib/content/yaml-source.ts');
  return loadContentDir(root, contentDir).input.events.flatMap((ev) => {
    const message = labelAdvice(ev);
    return message ? [{ file: ev.loc.file, line: lineOf(ev.loc, ev.label ? 'label' : 'title'), kind: 'event', entry: ev.id, field: ev.label ? 'label' : 'title', message }] : [];
  });
}

/** A published explainer (not a draft) must not keep the texts `npm run new` wrote as placeholders. */
function placeholders(root: string, loaded: ReturnType<typeof loadContentDir>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fix = 'replace it, or keep the explainer a draft (draft: true)';
  for (const mdx of loaded.mdx.filter((m) => !m.draft)) {
    const text = readFileSync(join(root, mdx.file), 'utf-8');
    const fm = splitFrontmatter(text).data as Record<string, unknown>;
    for (const field of ['dek', 'summary'] as const) {
      if (fm[field] === PLACEHOLDERS[field]) {
        const line = text.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1;
        problems.push({ file: mdx.file, line, kind: 'explainer', entry: mdx.id, field, message: `still has the placeholder text of \`npm run new\`: ${fix}` });
      }
    }
    for (const id of loaded.input.explainers.find((e) => e.id === mdx.id)?.sources ?? []) {
      const source = loaded.input.sources.find((s) => s.id === id);
      if (!source) continue;
      if (source.paragraphs[0] === PLACEHOLDERS.text) {
        problems.push({ file: source.file.replace(/\.ya?ml$/, '.txt'), line: 1, kind: 'source', entry: id, field: '', message: `still has the placeholder text of \`npm run new\`, not the article: paste the article, one paragraph per line (or keep ${mdx.file} a draft)` });
      }
      const meta = readFileSync(join(root, source.file), 'utf-8');
      for (const field of ['dateline', 'credit'] as const) {
        const line = meta.split('\n').findIndex((l) => l.startsWith(`${field}:`) && l.includes(PLACEHOLDERS[field])) + 1;
        if (line) problems.push({ file: source.file, line, kind: 'source', entry: id, field, message: `still has the placeholder text of \`npm run new\`: ${fix.replace('the explainer', mdx.file)}` });
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  // Relative to the project root, or absolute (as CONTENT_DIR may be for the build).
  const contentDir = relative(process.cwd(), resolve(process.env.CONTENT_DIR ?? 'content')).split(sep).join('/');
  const problems = lintContent(process.cwd(), contentDir);
  for (const a of await lintAdvice(process.cwd(), contentDir)) console.warn(`Advice: ${formatProblem(a)}`);
  if (problems.length) {
    console.error(`Content lint: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`);
    for (const p of problems) console.error(`  • ${formatProblem(p)}`);
    process.exit(1);
  }
  console.log(`Content lint: ${contentDir}/ is fine.`);
}
