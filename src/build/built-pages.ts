/**
 * The integration that tidies every built page once the build is written: one stylesheet per page
 * (./merge-stylesheets.ts), then a CSP naming only the page's own inline code (./page-csp.ts).
 * Both only narrow or regroup what Astro wrote; a page either needs neither is left byte for byte.
 *
 * Incremental: what this makes of a page depends on the page's bytes alone (a stylesheet's name is the
 * hash of its text), so under `npm run build` (scripts/build.ts) a page Astro copied from its cache,
 * byte for byte the one the last build tidied, is linked to that build's tidy file in the last site
 * (KIT_LAST_SITE) instead of being tidied again: reading, rewriting and writing every page of a
 * site of thousands was a tenth of a one-edit build. Which pages those were is kept in the cache
 * folder (KIT_CACHE_DIR), by the hash of each page as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergeStylesheets } from './merge-stylesheets.ts';
import { narrowPageCsp } from './page-csp.ts';

/** Every .html file under `dir`. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

const TIDIED = 'kit-tidied-pages.json';

/** A page as Astro wrote it (the hash of its bytes), and the tidy file made of it (its size and time). */
interface Tidied {
  raw: string;
  tidy: string;
}

const stamp = (file: string) => {
  const s = statSync(file);
  return `${s.size}:${Math.trunc(s.mtimeMs)}`;
};

/** The last build's pages, by site path, and the site it made of them. */
function tidiedLastTime(): { site: string; pages: Record<string, Tidied> } | undefined {
  const { KIT_CACHE_DIR: cache, KIT_LAST_SITE: site } = process.env;
  if (!cache || !site || !existsSync(join(cache, TIDIED))) return undefined;
  try {
    return { site, pages: JSON.parse(readFileSync(join(cache, TIDIED), 'utf-8')) as Record<string, Tidied> };
  } catch {
    return undefined;
  }
}

function keepTidied(pages: Record<string, Tidied>): void {
  const cache = process.env.KIT_CACHE_DIR;
  if (!cache) return;
  writeFileSync(join(cache, `${TIDIED}.tmp`), JSON.stringify(pages));
  renameSync(join(cache, `${TIDIED}.tmp`), join(cache, TIDIED));
}

/**
 * `file` replaced by the last site's tidy copy (a hard link: the swap keeps it); false when there is
 * none, or it is not as the last build left it (edited by hand).
 */
function reuse(from: string, file: string, tidy: string): boolean {
  if (!existsSync(from) || stamp(from) !== tidy) return false;
  unlinkSync(file);
  try {
    linkSync(from, file);
  } catch {
    copyFileSync(from, file);
  }
  return true;
}

export function builtPages(): AstroIntegration {
  return {
    name: 'explainer-kit:built-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const sheets = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!sheets.has(path)) sheets.set(path, existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf-8') : undefined);
          return sheets.get(path);
        };
        const written = new Set<string>();
        const last = tidiedLastTime();
        const tidied: Record<string, Tidied> = {};
        let linked = 0;
        for (const file of htmlFiles(out)) {
          const raw = readFileSync(file);
          const rel = relative(out, file);
          const hash = createHash('sha256').update(raw).digest('base64url');
          const before = last?.pages[rel];
          if (last && before?.raw === hash && reuse(join(last.site, rel), file, before.tidy)) {
            tidied[rel] = before;
            linked++;
            continue;
          }
          const html = raw.toString('utf-8');
          const merged = mergeStylesheets(html, read);
          if (merged.css && !written.has(merged.css.path)) {
            writeFileSync(join(out, merged.css.path), merged.css.text);
            written.add(merged.css.path);
          }
          const tidy = narrowPageCsp(merged.html);
          if (tidy !== html) writeFileSync(file, tidy);
          tidied[rel] = { raw: hash, tidy: stamp(file) };
        }
        if (written.size) logger.info(`${written.size} merged stylesheet${written.size === 1 ? '' : 's'} written to _astro/`);
        if (linked) logger.info(`${linked} page${linked === 1 ? '' : 's'} unchanged since the last build, taken from it as tidied then`);
        keepTidied(tidied);
      },
    },
  };
}
