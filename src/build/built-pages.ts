/**
 * The integration that tidies every built page once the build is written: one stylesheet per page
 * (./merge-stylesheets.ts), then a CSP naming only the page's own inline code (./page-csp.ts).
 * Both only narrow or regroup what Astro wrote; a page either needs neither is left byte for byte.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergeStylesheets } from './merge-stylesheets.ts';
import { narrowPageCsp } from './page-csp.ts';

/** Every .html file under `dir`. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

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
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf-8');
          const merged = mergeStylesheets(html, read);
          if (merged.css && !written.has(merged.css.path)) {
            writeFileSync(join(out, merged.css.path), merged.css.text);
            written.add(merged.css.path);
          }
          const tidy = narrowPageCsp(merged.html);
          if (tidy !== html) writeFileSync(file, tidy);
        }
        if (written.size) logger.info(`${written.size} merged stylesheet${written.size === 1 ? '' : 's'} written to _astro/`);
      },
    },
  };
}
