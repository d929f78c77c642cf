import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { listFiles } from './files';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { validateYamlList } from './validate-list';
import { ContentError, type ContentProblem } from './problems';
import { parseSourceText } from './source-text';
import { sourceMetaSchema, sourceSchema } from '../../schemas/source';

const locSchema = z.object({ file: z.string(), line: z.number(), fields: z.record(z.string(), z.number()) });
/** What the loader adds to each entry: the explainer (file stem) and where the entry is written. */
const addedSchema = z.object({ explainer: z.string().optional(), loc: locSchema });

interface ListLoaderOptions<S extends z.ZodType> {
  /**
   * Without extension: `content/actors` reads `content/actors.yaml` and every YAML file in
   * `content/actors/` (so fixtures and large newsrooms can split a list). With `perExplainer`,
   * `content/events` reads `content/events/<explainer>.yaml`, one file per explainer.
   */
  path: string;
  /** What one entry is called in messages: event, incident, actor, term. */
  kind: string;
  schema: S;
  /** Entries are keyed "<file stem>/<id>" and carry the file stem as `explainer`. */
  perExplainer?: boolean;
}

/**
 * Loads YAML lists into a collection, one entry per list item, validating each item with its
 * schema. Unlike Astro's file() loader it fails the build on a syntax error, and its messages give
 * file, line, entry and field.
 */
export function yamlListLoader<S extends z.ZodType>({
  path,
  kind,
  schema,
  perExplainer = false,
}: ListLoaderOptions<S>): Loader & { schema: z.ZodIntersection<S, typeof addedSchema> } {
  return {
    name: `yaml-list:${kind}`,
    schema: z.intersection(schema, addedSchema),
    async load({ store, config, watcher }) {
      const root = fileURLToPath(config.root);
      const abs = resolve(root, path);
      const files = listFiles(abs, perExplainer);
      const problems: ContentProblem[] = [];
      const seen = new Map<string, string>();
      store.clear();
      for (const filePath of files) {
        const file = relative(root, filePath).split('\\').join('/');
        const text = await readFile(filePath, 'utf-8');
        const result = validateYamlList(text, file, kind, schema);
        problems.push(...result.problems);
        const explainer = perExplainer ? basename(filePath).replace(/\.ya?ml$/, '') : undefined;
        for (const entry of result.entries) {
          const id = explainer ? `${explainer}/${entry.id}` : entry.id;
          const earlier = seen.get(id);
          if (earlier) {
            problems.push({ file, line: entry.loc.line, kind, entry: entry.id, field: 'id', message: `duplicate id: already used in ${earlier}` });
            continue;
          }
          seen.set(id, `${file}:${entry.loc.line}`);
          store.set({
            id,
            data: { ...(entry.data as Record<string, unknown>), ...(explainer ? { explainer } : {}), loc: entry.loc },
            filePath: file,
          });
        }
      }
      if (problems.length) throw new ContentError(problems);
      if (watcher) {
        watcher.add(abs);
        if (!perExplainer) watcher.add(`${abs}.yaml`);
      }
    },
  };
}

/**
 * Loads source articles from `content/sources/<id>.txt` (the text as received) and
 * `content/sources/<id>.yaml` (its metadata). Paragraphs are numbered from 1.
 */
export function sourceLoader(path = 'content/sources'): Loader & { schema: typeof sourceSchema } {
  return {
    name: 'source-articles',
    schema: sourceSchema,
    async load({ store, config, watcher }) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, path);
      const problems: ContentProblem[] = [];
      store.clear();
      const names = existsSync(dir) ? (await readdir(dir)).sort() : [];
      for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
        const id = name.replace(/\.ya?ml$/, '');
        const metaFile = relative(root, join(dir, name)).split('\\').join('/');
        const textFile = relative(root, join(dir, `${id}.txt`)).split('\\').join('/');
        const { parse } = await import('yaml');
        let meta: unknown;
        try {
          meta = parse(await readFile(join(dir, name), 'utf-8'));
        } catch (e) {
          problems.push({ file: metaFile, kind: 'source', entry: id, field: '', message: `YAML syntax error: ${(e as Error).message.split('\n')[0]}` });
          continue;
        }
        const result = sourceMetaSchema.safeParse(meta);
        if (!result.success) {
          for (const issue of result.error.issues) {
            problems.push({ file: metaFile, kind: 'source', entry: id, field: issue.path.join('.'), message: issue.message });
          }
          continue;
        }
        if (!existsSync(join(dir, `${id}.txt`))) {
          problems.push({ file: metaFile, kind: 'source', entry: id, field: '', message: `the article text is missing: add ${textFile} beside it` });
          continue;
        }
        const paragraphs = parseSourceText(await readFile(join(dir, `${id}.txt`), 'utf-8'));
        if (!paragraphs.length) {
          problems.push({ file: textFile, kind: 'source', entry: id, field: '', message: 'the article text is empty' });
          continue;
        }
        store.set({ id, data: { ...result.data, paragraphs }, filePath: metaFile });
      }
      if (problems.length) throw new ContentError(problems);
      watcher?.add(dir);
    },
  };
}
