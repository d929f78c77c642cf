import type { ContentFolder } from './read.ts';
import type { ContentProblem } from './problems.ts';
import { lineProblem } from '../lib/text-hygiene.ts';

const KINDS: Record<string, string> = { explainers: 'explainer', events: 'event', figures: 'incident', sources: 'source', actors: 'actor', glossary: 'term', places: 'place' };

/**
 * Characters no content file may hold, whatever its kind (source text, YAML, MDX): one problem per
 * line that holds one, at that line (see `lineProblem`). The reader runs it on every file, so the
 * build, `npm run check` and `npm run new` refuse the same lines.
 */
export function fileHygieneProblems(folder: ContentFolder): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [path, text] of folder.files) {
    if (!/\.(mdx?|ya?ml|txt)$/.test(path)) continue;
    const top = path.split('/')[0].replace(/\.ya?ml$/, '');
    const entry = path.split('/').pop()!.replace(/\.[^.]+$/, '');
    text.split('\n').forEach((line, i) => {
      const message = lineProblem(i === 0 ? line.replace(/^\uFEFF/, '') : line);
      if (message) problems.push({ file: `${folder.dir}/${path}`, line: i + 1, kind: KINDS[top] ?? 'file', entry, field: '(file)', message });
    });
  }
  return problems;
}
