import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';

// playwright.config.ts sets both (free ports when PORT is not given) before any test file loads.
const PORT = Number(process.env.PORT);

export interface Site {
  name: 'main' | 'fixture';
  /** Built output folder, relative to the project root. */
  dist: string;
  origin: string;
}

/** Both built sites: the real one (dist/, astro preview on PORT) and the fixture one (dist-fixture/, FIXTURE_PORT or PORT+1000, as in playwright.config.ts). */
export const SITES: Site[] = [
  { name: 'main', dist: 'dist', origin: `http://localhost:${PORT}` },
  { name: 'fixture', dist: 'dist-fixture', origin: `http://localhost:${Number(process.env.FIXTURE_PORT)}` },
];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

/** An address no page has: the server answers with the site's 404 page (status 404), as readers see it. */
export const NOT_FOUND = '/no-such-page/';

/** The editors' guide: not in the sitemap (noindex), the same page whatever CONTENT_DIR is. */
export const GUIDE = '/guide/';

/**
 * Every page path in a built site's sitemap. The main site adds the pages that are the same on every
 * site and are not in a sitemap: the editors' guide and the 404 page (swept once, not once per site).
 */
export function sitePaths(site: Site): string[] {
  const index = join(ROOT, site.dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${site.dist}/sitemap-index.xml is missing: build the site first (npm test does)`);
  const pages = locs(readFileSync(index, 'utf-8')).flatMap((m) => locs(readFileSync(join(ROOT, site.dist, m), 'utf-8')));
  return site.name === 'main' ? [...pages, GUIDE, NOT_FOUND] : pages;
}

/**
 * Embed pages (noindex, not in a sitemap): every one of the main site, and the hostile explainer's
 * on the fixture site (its content is what an embed must not let through). The other fixture
 * explainers' embeds are the same template around islands their own pages already show.
 */
export function embedPaths(site: Site): string[] {
  const dir = join(ROOT, site.dist, 'embed');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => site.name === 'main' || slug === HOSTILE_SLUG)
    .flatMap((slug) => readdirSync(join(dir, slug)).map((island) => `/embed/${slug}/${island}/`))
    // Not the translations' (/embed/<lang>/<slug>/<island>/): the same template around the islands their
    // own pages show, swept above in that language; tests/e2e/arabic-edition.spec.ts loads them.
    .filter((path) => existsSync(join(ROOT, site.dist, path, 'index.html')))
    .sort();
}

/** The fixture explainer whose every text field carries a payload (tests/hardening/payloads.ts). */
export const HOSTILE_SLUG = 'hostile';

/** Every page of both sites (with `embeds`, their embed pages too), as absolute URLs with a label for test titles. */
export function allPages({ embeds = false } = {}): { site: Site; path: string; url: string; label: string }[] {
  return SITES.flatMap((site) =>
    [...sitePaths(site), ...(embeds ? embedPaths(site) : [])].map((path) => ({ site, path, url: site.origin + path, label: `${site.name}${path}` })),
  );
}

/** A source page (`/<slug>/source/<source>/`, and its translations'): one template around one article's paragraphs. */
const SOURCE_PAGE = /\/source\/[^/]+\/$/;

/**
 * The pages for checks of what a template does rather than of the words in it (the keyboard walk,
 * forced colours, resilience): every page of `allPages()` except source pages beyond the first per
 * site and language. Source pages are one template with the same controls around another article's
 * paragraphs; their words are checked on every one of them by the sweep (axe, overflow, contrast,
 * injected markup). The hostile explainer's source page is always kept: its text is the attack.
 */
export function templatePages(): ReturnType<typeof allPages> {
  const seen = new Set<string>();
  return allPages().filter(({ site, path }) => {
    if (!SOURCE_PAGE.test(path) || path.startsWith(`/${HOSTILE_SLUG}/`)) return true;
    const key = `${site.name} ${builtHtml(site, path).match(/<html[^>]*\blang="([^"]+)"/)?.[1]}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A built page's HTML ('' when the path is no file, as the 404 address). */
function builtHtml(site: Site, path: string): string {
  const file = join(ROOT, site.dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) ? readFileSync(file, 'utf-8') : '';
}

/** True when the built page is an explainer (its HTML has the explainer article). */
export function isExplainer(site: Site, path: string): boolean {
  return /<article[^>]*class="[^"]*\bexplainer\b/.test(builtHtml(site, path));
}

/** The widths every page is checked at for sideways scroll; full axe runs at one of them per theme (sweep.spec.ts). */
export const VIEWPORTS = [
  { name: '320', width: 320, height: 640 },
  { name: '768', width: 768, height: 1024 },
  { name: '1280', width: 1280, height: 800 },
] as const;

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
