import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, type ContentEntries, type ReadResult } from './read.ts';
import { readFolder } from './folder-fs.ts';
import { ContentError } from './problems.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { eventSchema } from '../schemas/event.ts';
import { incidentSchema } from '../schemas/figure.ts';
import { actorSchema } from '../schemas/actor.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { sourceSchema } from '../schemas/source.ts';

const locSchema = z.object({ file: z.string(), line: z.number(), fields: z.record(z.string(), z.number()) });
/** What the reader adds to each list entry: the explainer (file stem) and where the entry is written. */
const located = <S extends z.ZodType>(schema: S) => z.intersection(schema, z.object({ explainer: z.string().optional(), loc: locSchema }));

let last: { key: string; result: ReadResult } | undefined;
/**
 * The whole folder read once per change: the six collections' loaders share one read, so a build
 * reports every problem of every file in one pass, exactly as `npm run check` does.
 */
function read(root: string, dir: string): ReadResult {
  const folder = readFolder(root, dir);
  const abs = isAbsolute(dir) ? dir : resolve(root, dir);
  const key = `${abs}\n${[...folder.files].map(([p, t]) => `${p}\0${t.length}\0${statSync(resolve(abs, p)).mtimeMs}`).join('\n')}`;
  if (last?.key !== key) last = { key, result: readContent(folder) };
  return last.result;
}

type Store = LoaderContext['store'];

/** A loader that fills one collection from the shared read; any problem anywhere fails the build with all of them. */
function contentLoader<S extends z.ZodType>(name: string, dir: string, schema: S, fill: (store: Store, entries: ContentEntries, ctx: LoaderContext) => void): Loader & { schema: S } {
  return {
    name: `explainer-kit:${name}`,
    schema,
    async load(ctx) {
      const root = fileURLToPath(ctx.config.root);
      const sync = () => {
        const { entries, problems } = read(root, dir);
        if (problems.length) throw new ContentError(problems);
        ctx.store.clear();
        fill(ctx.store, entries, ctx);
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
            ctx.logger.error((e as Error).message);
          }
        });
      }
    },
  };
}

/** The collections of one content folder (`content/`, or CONTENT_DIR), all read by `readContent`. */
export function contentLoaders(dir: string) {
  return {
    explainers: contentLoader('explainers', dir, explainerSchema, (store, entries, { generateDigest }) => {
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
    glossary: contentLoader('glossary', dir, located(glossaryTermSchema), (store, entries) => {
      for (const g of entries.glossary) store.set({ id: g.id, data: g, filePath: g.loc.file });
    }),
  };
}
