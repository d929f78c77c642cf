// What a built page makes a reader download, read from the built files (bytes are deterministic)
// and from Vite's build manifest of the client build (astro.config.mjs moves it to
// `.astro/vite-manifest/<output folder>.json`): the HTML, its stylesheets, its module scripts and
// what they import statically, as the bundler recorded it; `import()`ed chunks (the islands' code,
// loaded when an island comes into view) are followed separately. Used by the byte budgets
// (tests/budgets/budgets.test.ts) and the bench.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { ROOT } from './root.ts';

export { ROOT };

/** gzip at level 9, the figure every budget and the bench use. */
export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export const KB = 1024;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** One chunk of Vite's build manifest (https://vite.dev/guide/backend-integration). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The manifest of the client build written into `distDir` (e.g. dist → .astro/vite-manifest/dist.json). */
export function readManifest(distDir: string): Manifest {
  const file = join(resolve(distDir, '..'), '.astro/vite-manifest', `${basename(distDir)}.json`);
  if (!existsSync(file)) throw new Error(`${relative(ROOT, file)} is missing: build the site with \`astro build\` first (npm test does)`);
  return JSON.parse(readFileSync(file, 'utf-8')) as Manifest;
}

/** The parts of an HTML page that load something, found in its markup. */
export interface HtmlRefs {
  /** `<script type="module" src>` and classic `<script src>`. */
  scripts: string[];
  /** `<link rel="stylesheet" href>`. */
  stylesheets: string[];
  /** `<link rel="modulepreload" href>`. */
  modulepreloads: string[];
  /** `<link rel="preload" href>` (fonts and others). */
  preloads: string[];
  /** The text of inline scripts that run (counted in the HTML's own bytes). */
  inlineScripts: string[];
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** The scripts, stylesheets and preloads an HTML page references. */
export function htmlRefs(html: string): HtmlRefs {
  const refs: HtmlRefs = { scripts: [], stylesheets: [], modulepreloads: [], preloads: [], inlineScripts: [] };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = attr(tag, 'type');
    // JSON islands (application/json, ld+json) are data, not code.
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attr(tag, 'src');
    if (src) refs.scripts.push(src);
    else if (m[2].trim()) refs.inlineScripts.push(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) refs.stylesheets.push(href);
    else if (rel.includes('modulepreload')) refs.modulepreloads.push(href);
    else if (rel.includes('preload')) refs.preloads.push(href);
  }
  return refs;
}

/** A file of the built site and its sizes. */
export interface Asset {
  /** Path relative to the site root, e.g. `_astro/Base.css`. */
  path: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
  bytes: number;
  gzip: number;
}

export function kindOf(path: string): Asset['kind'] {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/i.test(path)) return 'font';
  if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/i.test(path)) return 'image';
  return 'other';
}

export function asset(distDir: string, path: string): Asset {
  const bytes = readFileSync(join(distDir, path));
  return { path, kind: kindOf(path), bytes: bytes.length, gzip: gzipSize(bytes) };
}

/** Formats that are compressed already: a server sends them as they are, so their bytes count as they are. */
const PRECOMPRESSED = /\.(woff2?|png|jpe?g|gif|webp|avif|ico|gz|br|zip)$/i;

/**
 * What a request for `pathname` costs a reader on the wire, from the built file it is served from:
 * gzip -9 for text (HTML, CSS, JS, SVG, JSON), the file's own bytes for compressed formats; undefined
 * when no file of the build answers it.
 */
export function wireBytes(distDir: string, pathname: string): { path: string; bytes: number } | undefined {
  const path = resolveRef(distDir, 'index.html', decodeURIComponent(pathname));
  if (!path) return undefined;
  const a = asset(distDir, path);
  return { path, bytes: PRECOMPRESSED.test(path) ? a.bytes : a.gzip };
}

/** External (other-origin) references a page makes, for the no-third-party rule. */
export const isExternal = (ref: string): boolean => /^(https?:)?\/\//i.test(ref);

/** Resolves a URL of a page to a file of the site; undefined for a data: URL, another origin or a missing file. */
export function resolveRef(distDir: string, fromFile: string, ref: string): string | undefined {
  if (/^(data:|blob:|[a-z][a-z0-9+.-]*:\/\/|\/\/)/i.test(ref)) return undefined;
  const clean = ref.split(/[?#]/)[0];
  const base = ref.startsWith('/') ? '/' : posix.dirname(`/${fromFile}`);
  let p = posix.normalize(posix.join(base, clean)).replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  return existsSync(join(distDir, p)) && statSync(join(distDir, p)).isFile() ? p : undefined;
}

/** The module graph of the manifest, by output file: its static and dynamic imports, as output files. */
export function moduleGraph(manifest: Manifest): Map<string, { imports: string[]; dynamicImports: string[]; src?: string }> {
  const fileOf = (key: string) => manifest[key]?.file;
  const graph = new Map<string, { imports: string[]; dynamicImports: string[]; src?: string }>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    graph.set(chunk.file, {
      src: chunk.src ?? key,
      imports: (chunk.imports ?? []).map(fileOf).filter((f): f is string => !!f),
      dynamicImports: (chunk.dynamicImports ?? []).map(fileOf).filter((f): f is string => !!f),
    });
  }
  return graph;
}

/** Every module reached from the entries through static imports (and dynamic ones too, if `dynamic`), entries first. */
export function closure(graph: ReturnType<typeof moduleGraph>, entries: string[], { dynamic = false } = {}): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const node = graph.get(file);
    if (node) queue.push(...node.imports, ...(dynamic ? node.dynamicImports : []));
  }
  return [...seen];
}

/** What a page loads before any interaction, and what its islands may load later. */
export interface PageWeight {
  page: string;
  html: Asset;
  css: Asset[];
  /** Module scripts of the page and their static imports. */
  js: Asset[];
  /** Chunks reachable only through `import()`: loaded when an island comes into view. */
  lazyJs: Asset[];
  /** Module scripts the page names that the build manifest does not know (their imports would go uncounted). */
  unknownScripts: string[];
  /** References that point at no file of the site (other than other origins). */
  missing: string[];
  /** References to other origins. */
  external: string[];
  /** gzip bytes of html + css + js. */
  initialGzip: number;
}

export function pageWeight(distDir: string, page: string, manifest: Manifest = readManifest(distDir)): PageWeight {
  const graph = moduleGraph(manifest);
  const html = readFileSync(join(distDir, page), 'utf-8');
  const refs = htmlRefs(html);
  const missing: string[] = [];
  const external: string[] = [];
  const resolveAll = (list: string[]) =>
    list.flatMap((r) => {
      if (isExternal(r)) {
        external.push(r);
        return [];
      }
      const p = resolveRef(distDir, page, r);
      if (!p) missing.push(r);
      return p ? [p] : [];
    });
  const css = resolveAll(refs.stylesheets);
  const entries = resolveAll([...refs.scripts, ...refs.modulepreloads]).filter((p) => kindOf(p) === 'js');
  const initial = closure(graph, entries);
  const initialSet = new Set(initial);
  const everything = closure(graph, initial, { dynamic: true });
  const htmlAsset = asset(distDir, page);
  const cssAssets = [...new Set(css)].map((p) => asset(distDir, p));
  const jsAssets = initial.map((p) => asset(distDir, p));
  return {
    page,
    html: htmlAsset,
    css: cssAssets,
    js: jsAssets,
    lazyJs: everything.filter((p) => !initialSet.has(p)).map((p) => asset(distDir, p)),
    unknownScripts: entries.filter((p) => !graph.has(p)),
    missing: [...new Set(missing)],
    external: [...new Set(external)],
    initialGzip: htmlAsset.gzip + sum(cssAssets) + sum(jsAssets),
  };
}

export const sum = (assets: Asset[]): number => assets.reduce((n, a) => n + a.gzip, 0);

/** Every file under a folder, relative to it, with `/` separators. */
export function walk(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const rel = relative(dir, abs).split('\\').join('/');
      if (skip(rel)) continue;
      if (statSync(abs).isDirectory()) visit(abs);
      else out.push(rel);
    }
  };
  visit(dir);
  return out;
}

/** Pagefind ships its own search UI and index; the site's JS budget is about our code. */
export const isPagefind = (rel: string): boolean => /^pagefind(\/|$)/.test(rel);

/** All client JavaScript of a built site: every .js file (Pagefind aside) and every distinct inline script. */
export function siteClientJs(distDir: string): { files: Asset[]; inline: { page: string; bytes: number; gzip: number }[]; gzip: number } {
  const all = walk(distDir, isPagefind);
  const files = all.filter((p) => kindOf(p) === 'js').map((p) => asset(distDir, p));
  const seen = new Set<string>();
  const inline: { page: string; bytes: number; gzip: number }[] = [];
  for (const page of all.filter((p) => kindOf(p) === 'html')) {
    for (const s of htmlRefs(readFileSync(join(distDir, page), 'utf-8')).inlineScripts) {
      if (seen.has(s)) continue;
      seen.add(s);
      inline.push({ page, bytes: Buffer.byteLength(s), gzip: gzipSize(s) });
    }
  }
  return { files, inline, gzip: sum(files) + inline.reduce((n, s) => n + s.gzip, 0) };
}

/** Font files shipped by the site (Pagefind aside). */
export function siteFonts(distDir: string): Asset[] {
  return walk(distDir, isPagefind)
    .filter((p) => kindOf(p) === 'font')
    .map((p) => asset(distDir, p));
}

/**
 * The explainer pages of a built site: `<slug>/index.html` for each `explainers/<slug>.mdx` of the
 * content folder it was built from (drafts are not built, so they are left out).
 */
export function explainerPages(distDir: string, contentDir: string): string[] {
  const dir = join(contentDir, 'explainers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${f.replace(/\.mdx$/, '')}/index.html`)
    .filter((p) => existsSync(join(distDir, p)))
    .sort();
}
