import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content-fixture';

/** Paths of every page in the built sitemap (dist/sitemap-*.xml), e.g. "/syria-ceasefire-2016/". */
export function sitemapPaths(): string[] {
  const index = join(ROOT, 'dist/sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml is missing: run `astro build` first');
  const maps = [...readFileSync(index, 'utf-8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return maps.flatMap((m) =>
    [...readFileSync(join(ROOT, 'dist', m), 'utf-8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => new URL(x[1]).pathname),
  );
}
