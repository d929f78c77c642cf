/**
 * The home pages' pagination (src/pages/[...page].astro, src/pages/[lang]/[...page].astro): a site of
 * thousands of explainers cannot list them all on one page (1,000 cards made a 1,057 KB home page, over
 * the page budget of src/lib/content-limits.ts). Page 1 is the language's home page (/ or /<lang>/)
 * with the newest explainers; the older ones are on /page/2/, /page/3/… (/<lang>/page/2/…).
 *
 *   EXPLAINER_HOME_PAGE_SIZE=24   explainers per home page (read at build time)
 */
import { homePath } from './editions.ts';

export const DEFAULT_HOME_PAGE_SIZE = 24;

/** Explainers per home page: EXPLAINER_HOME_PAGE_SIZE when it is a whole number of at least 1, else the default. */
export function homePageSize(env: Record<string, string | undefined> = {}): number {
  const v = env.EXPLAINER_HOME_PAGE_SIZE?.trim();
  return v && /^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : DEFAULT_HOME_PAGE_SIZE;
}

/** Site-relative path of page `n` of a language's home pages: /, /page/2/, /ar/, /ar/page/2/. */
export const homePagePath = (lang: string | undefined, n: number): string => (n > 1 ? `${homePath(lang)}page/${n}/` : homePath(lang));

/**
 * The page number in an address Astro's `paginate()` made for a `[...page]` route ("/", "/2", "/ar/3/"),
 * 1 when there is none: `paginate()`'s `format` option turns its addresses into `homePagePath`'s.
 */
export function pageNumberOf(url: string): number {
  const m = /\/(\d+)\/?$/.exec(url);
  return m ? Number(m[1]) : 1;
}

/** The rest parameter of page `n` for a `[...page]` route: none for page 1, "page/<n>" after it. */
export const pageParam = (n: number): string | undefined => (n > 1 ? `page/${n}` : undefined);

/**
 * The page numbers a page's navigation links to: the first and the last, and the pages within
 * `radius` of the current one; a run of left-out numbers is one 'gap' (a gap of one page is that page).
 */
export function pageWindow(current: number, last: number, radius = 2): (number | 'gap')[] {
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  // A gap that would hide a single page shows it instead.
  for (const n of [...shown]) {
    if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const [i, n] of sorted.entries()) {
    if (i > 0 && n > sorted[i - 1] + 1) out.push('gap');
    out.push(n);
  }
  return out;
}
