/**
 * The integration that tidies every built page once the build is written: one stylesheet per page
 * (./merge-stylesheets.ts), then a CSP naming only the page's own inline code (./page-csp.ts).
 * Both only narrow or regroup what Astro wrote; a page either needs neither is left byte for byte.
 *
 * Incremental: what this makes of a page depends on the page's bytes and on this code alone (a
 * stylesheet's name is the hash of its text), so under `npm run build` (scripts/build.ts) a page
 * byte for byte the one the last build tidied, with the same kit version (src/build/kit-version.ts:
 * this code is in its hash), is linked to that build's tidy file in the last site (KIT_LAST_SITE),
 * and its merged stylesheet with it, instead of being tidied again: reading, rewriting and writing
 * every page of a site of thousands was a tenth of a one-edit build. Which pages those were is kept
 * in the cache folder (KIT_CACHE_DIR), by the hash of each page as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergeStylesheets } from './merge-stylesheets.ts';
import { narrowPageCsp } from './page-csp.ts';
import { kitVersion } from './kit-version.ts';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

/** Every .html file under `dir`. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

const TIDIED = 'kit-tidied-pages.json';

/** A page as Astro wrote it (the hash of its bytes), the tidy file made of it (its size and time), and its merged stylesheet. */
interface Tidied {
  raw: string;
  tidy: string;
  css?: string;
}

/** The pages of one build, by site path. */
type TidiedPages = { [path: string]: Tidied };

const stamp = (file: string) => {
  const s = statSync(file);
  return `${s.size}:${Math.trunc(s.mtimeMs)}`;
};

/** `to` made the same file as `from` (a hard link: the swap of the output folders keeps it; a copy where links fail). */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function builtPages(): AstroIntegration {
  let root = '';
  return {
    name: 'explainer-kit:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const sheets = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!sheets.has(path)) sheets.set(path, existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf-8') : undefined);
          return sheets.get(path);
        };
        const written = new Set<string>();
        const version = kitVersion(root);
        const cache = process.env.KIT_CACHE_DIR;
        const site = process.env.KIT_LAST_SITE;
        // The last build's pages, when it was made by this version of the kit and its site is there.
        const last = cache && site ? readCacheFile<TidiedPages>(cache, TIDIED, version) : undefined;
        const next: TidiedPages = {};
        let linked = 0;
        for (const file of htmlFiles(out)) {
          const raw = readFileSync(file);
          const rel = relative(out, file);
          const hash = createHash('sha256').update(raw).digest('base64url');
          const before = last?.[rel];
          const from = before && site && join(site, rel);
          // The same page as last time, its tidy file untouched since (not edited by hand), and its stylesheet there.
          if (before?.raw === hash && from && existsSync(from) && stamp(from) === before.tidy && (!before.css || existsSync(join(site!, before.css)))) {
            unlinkSync(file);
            linkOrCopy(from, file);
            if (before.css && !written.has(before.css) && !existsSync(join(out, before.css))) linkOrCopy(join(site!, before.css), join(out, before.css));
            if (before.css) written.add(before.css);
            next[rel] = { ...before, tidy: stamp(file) };
            linked++;
            continue;
          }
          const html = raw.toString('utf-8');
          const merged = mergeStylesheets(html, read);
          const css = merged.css?.path.replace(/^\//, '');
          if (merged.css && css && !written.has(css)) {
            writeFileSync(join(out, css), merged.css.text);
            written.add(css);
          }
          const tidy = narrowPageCsp(merged.html);
          if (tidy !== html) writeFileSync(file, tidy);
          next[rel] = { raw: hash, tidy: stamp(file), ...(css ? { css } : {}) };
        }
        if (written.size) logger.info(`${written.size} merged stylesheet${written.size === 1 ? '' : 's'} in _astro/`);
        if (linked) logger.info(`${linked} page${linked === 1 ? '' : 's'} the same as in the last build, taken from it as tidied then`);
        if (cache) writeCacheFile(cache, TIDIED, version, next);
      },
    },
  };
}
