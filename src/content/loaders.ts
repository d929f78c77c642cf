import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, type ContentEntries, type ReadResult } from './read.ts';
import { readFolder } from './folder-fs.ts';
import { ContentError, formatProblem, type ContentProblem } from './problems.ts';
import { lintMdx } from './mdx/lint.ts';
import { closeParseCache, openParseCache, parserVersion } from './parse-cache.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { translationMetaSchema } from '../schemas/translation.ts';
import { eventSchema } from '../schemas/event.ts';
import { incidentSchema } from '../schemas/figure.ts';
import { actorSchema } from '../schemas/actor.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceSchema } from '../schemas/source.ts';

const locSchema = z.object({ file: z.string(), line: z.number(), fields: z.record(z.string(), z.number()) });
/** What the reader adds to each list entry: the explainer (file stem) and where the entry is written. */
const located = <S extends z.ZodType>(schema: S) =>
  z.intersection(schema, z.object({ explainer: z.string().optional(), loc: locSchema, i18n: z.record(z.string(), z.record(z.string(), z.any())).optional() }));
/** An explainer's front matter; a translation's has the original's fields and its own words, plus `translation`. */
const explainerEntrySchema = z.intersection(explainerSchema, z.object({ translation: translationMetaSchema.optional() }));

let last: { key: string; result: ReadResult } | undefined;
/**
 * The whole folder read once per change: the six collections' loaders share one read, so a build
 * reports every problem of every file in one pass, exactly as `npm run check` does.
 */
function read(root: string, dir: string): ReadResult {
  const folder = readFolder(root, dir);
  const abs = isAbsolute(dir) ? dir : resolve(root, dir);
  const key = `${abs}\n${[...folder.files].map(([p, t]) => `${p}\0${t.length}\0${statSync(resolve(abs, p)).mtimeMs}`).join('\n')}`;
  if (last?.key !== key) {
    // `npm run build` keeps each file's parse for the next build (parse-cache.ts): an edit parses one file.
    const cache = process.env.KIT_CACHE_DIR;
    if (cache) openParseCache(cache, parserVersion(root));
    try {
      last = { key, result: readContent(folder) };
    } finally {
      closeParseCache();
    }
  }
  return last.result;
}

const checked = new WeakMap<ReadResult, ContentProblem[]>();
/** Every problem of one read, the MDX lint's included: computed once for the collections' loaders. */
function problemsOf(result: ReadResult): ContentProblem[] {
  if (!checked.has(result)) checked.set(result, [...result.problems, ...lintMdx(result.mdx, result.input)]);
  return checked.get(result)!;
}

type Store = LoaderContext['store'];

let lastLogged: string | undefined;
/**
 * `npm run dev`: the problems in the terminal once per change (not once per collection), as the
 * same one-line messages `npm run check` prints, and never thrown — a thrown error would stop the
 * watcher and leave a stack trace in the overlay; the pages show them instead (the problems
 * collection, read by the layout).
 */
function logInDev(ctx: LoaderContext, problems: ContentProblem[]) {
  const text = problems.map(formatProblem).join('\n');
  if (text === lastLogged) return;
  // Labelled "content", not after whichever collection's loader happened to read first.
  const logger = ctx.logger.fork?.('content') ?? ctx.logger;
  if (text) logger.error(`${problems.length} content problem${problems.length === 1 ? '' : 's'} to fix (as npm run check lists them):\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`);
  else if (lastLogged) logger.info('content problems fixed');
  lastLogged = text;
}

/** A loader that fills one collection from the shared read; any problem anywhere fails the build with all of them. */
function contentLoader<S extends z.ZodType>(name: string, dir: string, schema: S, fill: (store: Store, entries: ContentEntries, ctx: LoaderContext, result: ReadResult) => void): Loader & { schema: S } {
  return {
    name: `explainer-kit:${name}`,
    schema,
    async load(ctx) {
      const root = fileURLToPath(ctx.config.root);
      const dev = ctx.watcher !== undefined;
      const sync = () => {
        const result = read(root, dir);
        // The MDX is checked here with the lint's rules, in the build as in dev, so an unknown
        // component or a wrong prop is the lint's one line with file:line, not Astro's render error.
        const problems = problemsOf(result);
        if (problems.length && !dev) throw new ContentError(problems);
        if (dev) logInDev(ctx, problems);
        // In dev the valid entries are shown beside the list of problems, and the page reloads as
        // each is fixed; a build stops on the first read with every problem listed.
        ctx.store.clear();
        fill(ctx.store, result.entries, ctx, { ...result, problems });
      };
      sync();
      if (ctx.watcher) {
        const abs = isAbsolute(dir) ? dir : resolve(root, dir);
        ctx.watcher.add(abs);
        ctx.watcher.on('all', (_event, path) => {
          if (!path.startsWith(abs)) return;
          try {
            sync();
          } catch (e) {
            // A failure of the kit itself, not of content: one line, no stack.
            ctx.logger.error((e as Error).message.split('\n')[0]);
          }
        });
      }
    },
  };
}

/** The collections of one content folder (`content/`, or CONTENT_DIR), all read by `readContent`. */
export function contentLoaders(dir: string) {
  return {
    explainers: contentLoader('explainers', dir, explainerEntrySchema, (store, entries, { generateDigest }) => {
      for (const e of entries.explainers) {
        // deferredRender: Astro compiles the .mdx itself (its MDX pipeline), as its glob() loader does.
        store.set({ id: e.id, data: e.data, body: e.body, filePath: e.file, digest: generateDigest(e.text), deferredRender: true });
      }
    }),
    sources: contentLoader('sources', dir, sourceSchema, (store, entries) => {
      for (const s of entries.sources) store.set({ id: s.id, data: s.data, filePath: s.file });
    }),
    events: contentLoader('events', dir, located(eventSchema), (store, entries) => {
      for (const e of entries.events) store.set({ id: `${e.explainer}/${e.id}`, data: e, filePath: e.loc.file });
    }),
    figures: contentLoader('figures', dir, located(incidentSchema), (store, entries) => {
      for (const i of entries.incidents) store.set({ id: `${i.explainer}/${i.id}`, data: i, filePath: i.loc.file });
    }),
    actors: contentLoader('actors', dir, located(actorSchema), (store, entries) => {
      for (const a of entries.actors) store.set({ id: a.id, data: a, filePath: a.loc.file });
    }),
    /** `npm run dev` only: the content problems of the last read, one line each, for the banner on every page. */
    problems: contentLoader('problems', dir, z.object({ lines: z.array(z.string()), mdx: z.array(z.string()) }), (store, entries, _ctx, result) => {
      // One entry, always there (empty when all is well), so reading it never warns. `mdx`: the
      // explainers whose MDX has a problem, which the page does not render until it is fixed.
      const files = new Map(entries.explainers.map((e) => [e.file, e.id]));
      const mdx = [...new Set(result.problems.flatMap((p) => (files.has(p.file) && (p.kind === 'component' || p.kind === 'mdx') ? [files.get(p.file)!] : [])))];
      store.set({ id: 'last-read', data: { lines: result.problems.map(formatProblem), mdx } });
    }),
    glossary: contentLoader('glossary', dir, located(glossaryTermSchema), (store, entries) => {
      for (const g of entries.glossary) store.set({ id: g.id, data: g, filePath: g.loc.file });
    }),
    places: contentLoader('places', dir, located(placeSchema), (store, entries) => {
      for (const p of entries.places) store.set({ id: p.id, data: p, filePath: p.loc.file });
    }),
  };
}
