/**
 * `npm run check` (after `astro check`): reads the content folder with the reader the build uses
 * (src/content/read.ts) — every schema and cross-reference, with file:line — and checks the
 * components written in explainer MDX. Prints one line per problem of every file and exits 1 if
 * there is any; never a stack trace. CONTENT_DIR picks another folder. The guide's example content
 * (src/pages/guide/_content/) is checked too.
 */
import { join } from 'node:path';
import { readFolder, contentDirFromEnv } from '../src/content/folder-fs.ts';
import { readContent, type ReadResult } from '../src/content/read.ts';
import { formatProblem, inReadingOrder, type ContentProblem } from '../src/content/problems.ts';
import { lintMdx } from '../src/content/mdx/lint.ts';
import { PLACEHOLDERS } from './new.ts';
import { labelAdvice } from '../src/lib/timeline/labels.ts';
import { lineOf } from '../src/content/yaml.ts';
import type { ExplainerFrontmatter } from '../src/schemas/explainer.ts';

/** The guide's example content folder: fed to the same reader as content/. */
export const GUIDE_CONTENT = 'src/pages/guide/_content';

/** Every content problem of `root/contentDir`, data and MDX. */
export function lintContent(root: string, contentDir = 'content'): ContentProblem[] {
  const folder = readFolder(root, contentDir);
  const read = readContent(folder);
  return inReadingOrder([...read.problems, ...lintMdx(read.mdx, read.input), ...placeholders(read, folder.files)]);
}

/**
 * Advice that does not stop the build: timeline titles too long to show whole on a phone, with
 * the fix (a short `label` for the graphic). The graphic never cuts a label; it leaves it out.
 */
export function lintAdvice(root: string, contentDir = 'content'): ContentProblem[] {
  return readContent(readFolder(root, contentDir)).entries.events.flatMap((ev) => {
    const message = labelAdvice(ev);
    const field = ev.label ? 'label' : 'title';
    return message ? [{ file: ev.loc.file, line: lineOf(ev.loc, field), kind: 'event', entry: ev.id, field, message }] : [];
  });
}

/** A published explainer (not a draft) must not keep the texts `npm run new` wrote as placeholders. */
function placeholders(read: ReadResult, files: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fix = 'replace it, or keep the explainer a draft (draft: true)';
  const lineIn = (text: string, field: string, value: string) => text.split('\n').findIndex((l) => l.startsWith(`${field}:`) && l.includes(value)) + 1;
  // Explainers whose front matter has another problem too: their valid fields are checked in the same pass.
  const partial = read.mdx.filter((m) => m.data && !read.entries.explainers.some((e) => e.id === m.id)) as { id: string; file: string; text: string; data: Partial<ExplainerFrontmatter> }[];
  for (const exp of [...read.entries.explainers, ...partial].filter((e) => !e.data.draft)) {
    for (const field of ['dek', 'summary'] as const) {
      if (exp.data[field] === PLACEHOLDERS[field]) {
        problems.push({ file: exp.file, line: lineIn(exp.text, field, ''), kind: 'explainer', entry: exp.id, field, message: `still has the placeholder text of \`npm run new\`: ${fix}` });
      }
    }
    for (const id of exp.data.sources ?? []) {
      const source = read.entries.sources.find((s) => s.id === id);
      if (!source) continue;
      if (source.data.paragraphs[0] === PLACEHOLDERS.text) {
        problems.push({ file: source.file.replace(/\.ya?ml$/, '.txt'), line: 1, kind: 'source', entry: id, field: '', message: `still has the placeholder text of \`npm run new\`, not the article: paste the article, one paragraph per line (or keep ${exp.file} a draft)` });
      }
      const meta = files.get(`sources/${source.file.split('/').pop()}`) ?? '';
      for (const field of ['kind', 'outlet'] as const) {
        const line = lineIn(meta, field, PLACEHOLDERS[field]);
        if (line) problems.push({ file: source.file, line, kind: 'source', entry: id, field, message: `still has the placeholder text of \`npm run new\`: ${fix.replace('the explainer', exp.file)}` });
      }
    }
  }
  return problems;
}

/** The lint as a command: the lines it prints and its exit code. Any unexpected failure is one line too. */
export function runLint(root: string, env: Record<string, string | undefined> = process.env): { out: string[]; err: string[]; status: number } {
  const dirs = [contentDirFromEnv(env), GUIDE_CONTENT];
  const problems: ContentProblem[] = [];
  for (const dir of dirs) {
    try {
      problems.push(...lintContent(root, dir));
    } catch (e) {
      problems.push({ file: dir, kind: 'folder', entry: dir, field: '', message: `could not be read: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  const advice = lintAdvice(root, dirs[0]).map((a) => `Advice: ${formatProblem(a)}`);
  if (problems.length) {
    return { out: advice, err: [`Content lint: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`, ...problems.map((p) => `  • ${formatProblem(p)}`)], status: 1 };
  }
  return { out: [...advice, `Content lint: ${readFolder(root, dirs[0]).dir}/ is fine, and so is the guide's ${GUIDE_CONTENT}/.`], err: [], status: 0 };
}

if (import.meta.main) {
  const { out, err, status } = runLint(join(process.cwd()));
  for (const l of out) console.log(l);
  for (const l of err) console.error(l);
  process.exitCode = status;
}
