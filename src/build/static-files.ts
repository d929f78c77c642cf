/**
 * Static files written while pages render: the locator maps' base maps (src/lib/map/basemap-file.ts).
 * A page asks for a file's URL with `staticFileUrl(svg)`; the file is named by a hash of its bytes
 * (the same map on a page and its embed is one file, and a rebuild gives the same names), kept in
 * a registry shared by the process, written into the output folder when the build is done and
 * served from memory by `astro dev`. Astro's own image pipeline hands render-time assets to the
 * build the same way (globalThis.astroAsset).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folder of the written files under the site root: Astro's, whose files are all hashed and cached for good. */
const FOLDER = '_astro';
const REGISTRY = Symbol.for('explainer-kit:static-files');

type Registry = Map<string, string>;
const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());

/** The site path of an SVG file with these bytes (e.g. `/_astro/map.3f9a1c2b7d.svg`), registered to be written. */
export function staticFileUrl(svg: string, name = 'map'): string {
  const hash = createHash('sha256').update(svg).digest('base64url').slice(0, 10);
  const path = `/${FOLDER}/${name}.${hash}.svg`;
  registry().set(path, svg);
  return path;
}

/** The integration that writes the registered files into the build, and serves them in `astro dev`. */
export function staticFiles(): AstroIntegration {
  return {
    name: 'explainer-kit:static-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const svg = registry().get((req.url ?? '').split('?')[0]);
          if (svg === undefined) return next();
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = [...registry()];
        for (const [path, svg] of files) {
          mkdirSync(join(out, FOLDER), { recursive: true });
          writeFileSync(join(out, path), svg);
        }
        if (files.length) logger.info(`${files.length} map file${files.length === 1 ? '' : 's'} written to ${FOLDER}/`);
      },
    },
  };
}
