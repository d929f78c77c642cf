/**
 * Each page's Content Security Policy names only the inline scripts and styles that page holds.
 * Astro writes one list of hashes into every page's CSP <meta>: those of every inline script and
 * style of the whole site (and of its bundled scripts, which 'self' already allows), about 0.8 KB
 * gzip of base64 on every page, before interaction (issue 13's 40 KB). After the build each page
 * keeps the hashes of its own inline <script>s and <style>s and drops the rest: a narrower policy,
 * never a wider one (nothing is added, 'self' and every other source stay). Node-only (build time).
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const ALGORITHMS = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' } as const;
type Algorithm = keyof typeof ALGORITHMS;

/** Script types a browser runs (a JSON data block, such as JSON-LD, is not run and needs no hash). */
const runs = (attrs: string) => {
  const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'module' || type === 'speculationrules' || type === 'importmap' || /javascript|ecmascript/.test(type);
};

/** The text of the page's inline scripts that run, and of its <style> elements. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]) && runs(m[1])).map((m) => m[2]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  return { scripts, styles };
}

const hashOf = (algorithm: Algorithm, text: string) => `${algorithm}-${createHash(ALGORITHMS[algorithm]).update(text, 'utf-8').digest('base64')}`;

/**
 * The page with its CSP <meta> narrowed to the hashes of its own inline code; unchanged when it has
 * no CSP <meta>. Idempotent.
 */
export function narrowPageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineCode(html);
  const keep = (directive: string, texts: string[]) =>
    directive
      .split(/\s+/)
      .filter((token) => {
        const hash = /^'(sha256|sha384|sha512)-([^']+)'$/.exec(token);
        return !hash || texts.some((t) => hashOf(hash[1] as Algorithm, t) === `${hash[1]}-${hash[2]}`);
      })
      .join(' ');
  const policy = meta[1]
    .split(';')
    .map((d) => {
      const lead = /^\s*/.exec(d)![0];
      const name = d.trim().split(/\s+/)[0];
      if (name === 'script-src') return lead + keep(d.trim(), scripts);
      if (name === 'style-src') return lead + keep(d.trim(), styles);
      return d;
    })
    .join(';');
  return html.slice(0, meta.index) + meta[0].replace(meta[1], () => policy) + html.slice(meta.index + meta[0].length);
}
