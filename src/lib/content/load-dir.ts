import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { listFiles } from './files';
import { frontmatterLocation, lineOf } from './yaml-source';
import { parse as parseYaml } from 'yaml';
import { validateYamlList } from './validate-list';
import { parseSourceText } from './source-text';
import { crossCheck, type CrossCheckInput } from './crosscheck';
import type { ContentProblem } from './problems';
import { eventSchema } from '../../schemas/event';
import { incidentSchema } from '../../schemas/figure';
import { actorSchema } from '../../schemas/actor';
import { glossaryTermSchema } from '../../schemas/glossary';
import { sourceMetaSchema } from '../../schemas/source';
import { explainerSchema } from '../../schemas/explainer';

const yamlFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];

/** Front matter of an MDX file and the line the body starts on. */
export function splitFrontmatter(text: string): { data: unknown; body: string; bodyLine: number; yaml: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text, bodyLine: 1, yaml: '' };
  return { data: parseYaml(m[1]), body: text.slice(m[0].length), bodyLine: m[0].split('\n').length, yaml: m[1] };
}

export interface LoadedContent {
  input: CrossCheckInput;
  /** Explainer MDX bodies, for the lint's component checks. */
  mdx: { id: string; file: string; body: string; bodyLine: number; draft: boolean }[];
  problems: ContentProblem[];
}

/**
 * Reads and validates a `content/` folder without Astro, with the same schemas and cross-checks the
 * build uses. For the content lint, the scaffold and tests.
 */
export function loadContentDir(root: string, contentDir = 'content'): LoadedContent {
  const problems: ContentProblem[] = [];
  const base = join(root, contentDir);
  const rel = (...p: string[]) => [contentDir, ...p].join('/');
  const input: CrossCheckInput = { sources: [], explainers: [], events: [], incidents: [], actors: [], glossary: [] };
  const mdx: LoadedContent['mdx'] = [];

  for (const f of yamlFiles(join(base, 'sources'))) {
    const id = f.replace(/\.ya?ml$/, '');
    const meta = sourceMetaSchema.safeParse(parseYaml(readFileSync(join(base, 'sources', f), 'utf-8')));
    if (!meta.success) {
      for (const i of meta.error.issues) problems.push({ file: rel('sources', f), kind: 'source', entry: id, field: i.path.join('.'), message: i.message });
      continue;
    }
    const txt = join(base, 'sources', `${id}.txt`);
    if (!existsSync(txt)) {
      problems.push({ file: rel('sources', f), kind: 'source', entry: id, field: '', message: `the article text is missing: add ${rel('sources', `${id}.txt`)} beside it` });
      continue;
    }
    input.sources.push({ id, file: rel('sources', f), paragraphs: parseSourceText(readFileSync(txt, 'utf-8')) });
  }

  const expDir = join(base, 'explainers');
  for (const f of existsSync(expDir) ? readdirSync(expDir).filter((n) => n.endsWith('.mdx')).sort() : []) {
    const id = f.replace(/\.mdx$/, '');
    const file = rel('explainers', f);
    const { data, body, bodyLine, yaml } = splitFrontmatter(readFileSync(join(expDir, f), 'utf-8'));
    const loc = frontmatterLocation(yaml, file);
    const fm = explainerSchema.safeParse(data);
    if (!fm.success) {
      for (const i of fm.error.issues) problems.push({ file, line: lineOf(loc, i.path.join('.')), kind: 'explainer', entry: id, field: i.path.join('.'), message: i.message });
      continue;
    }
    input.explainers.push({ id, file, sources: fm.data.sources, roles: fm.data.roles, termNotes: fm.data.termNotes, updates: fm.data.updates, loc });
    mdx.push({ id, file, body, bodyLine, draft: fm.data.draft });
  }

  const lists = [
    { name: 'events', kind: 'event', schema: eventSchema, key: 'events', perExplainer: true },
    { name: 'figures', kind: 'incident', schema: incidentSchema, key: 'incidents', perExplainer: true },
    { name: 'actors', kind: 'actor', schema: actorSchema, key: 'actors', perExplainer: false },
    { name: 'glossary', kind: 'term', schema: glossaryTermSchema, key: 'glossary', perExplainer: false },
  ] as const;
  for (const { name, kind, schema, key, perExplainer } of lists) {
    const seen = new Map<string, string>();
    for (const abs of listFiles(join(base, name), perExplainer)) {
      const file = relative(root, abs).split('\\').join('/');
      const explainer = perExplainer ? basename(abs).replace(/\.ya?ml$/, '') : undefined;
      const r = validateYamlList(readFileSync(abs, 'utf-8'), file, kind, schema);
      problems.push(...r.problems);
      for (const e of r.entries) {
        const id = explainer ? `${explainer}/${e.id}` : e.id;
        if (seen.has(id)) {
          problems.push({ file, line: e.loc.line, kind, entry: e.id, field: 'id', message: `duplicate id: already used in ${seen.get(id)}` });
          continue;
        }
        seen.set(id, `${file}:${e.loc.line}`);
        (input[key] as unknown[]).push({ ...(e.data as object), ...(explainer ? { explainer } : {}), loc: e.loc });
      }
    }
  }

  problems.push(...crossCheck(input));
  return { input, mdx, problems };
}
