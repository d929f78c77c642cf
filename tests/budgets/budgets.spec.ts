// Byte budgets on the built files (bytes are deterministic, so they are asserted here, after
// `astro build`), and what a reader's browser actually requests. Every test prints its figures so a
// regression shows its size in the test output. Budgets: issue #8.
import { test, expect, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { explainerPages, kb, KB, pageWeight, siteClientJs, siteFonts, type PageWeight } from '../../bench/lib/assets';
import { ROOT } from '../helpers/content-fixture';
import { scrollToEnd } from '../../bench/lib/transfer';

/** HTML + CSS + every script loaded before interaction, per explainer page. */
const PAGE_BUDGET = 40 * KB;
/** All client JS of a site, lazy chunks included (Pagefind's own files aside). */
const JS_BUDGET = 30 * KB;
/** A Latin subset of one face in woff2 is about 15–25 KB; anything heavier carries glyphs the text doesn't use. */
const FONT_FILE_BUDGET = 30 * KB;

/** The sites `npm test` builds: the real one and the fixture site on another subject. */
const SITES = [
  { name: 'site', dist: join(ROOT, 'dist'), content: join(ROOT, 'content') },
  { name: 'fixture site', dist: join(ROOT, 'dist-fixture'), content: join(ROOT, 'tests/fixtures/site/content') },
].filter((s) => existsSync(s.dist));

function describeWeight(w: PageWeight): string {
  const line = (label: string, bytes: number) => `    ${label.padEnd(44)} ${kb(bytes).padStart(9)}`;
  return [
    `  ${w.page}: ${kb(w.initialGzip)} gzip before interaction (budget ${kb(PAGE_BUDGET)})`,
    line(`HTML ${w.html.path}`, w.html.gzip),
    ...w.css.map((a) => line(`CSS  ${a.path}`, a.gzip)),
    ...w.js.map((a) => line(`JS   ${a.path}`, a.gzip)),
    ...w.lazyJs.map((a) => line(`lazy ${a.path} (on view, not counted)`, a.gzip)),
  ].join('\n');
}

test.describe('byte budgets of the built site', () => {
  test('the build outputs exist', () => {
    expect(SITES.map((s) => s.name), 'run `astro build` (and `npm run build:fixture`) first').toContain('site');
  });

  for (const site of SITES) {
    test(`each explainer page of the ${site.name} loads at most 40 KB gzip before interaction`, () => {
      const pages = explainerPages(site.dist, site.content);
      expect(pages.length, `no explainer page found in ${site.dist}`).toBeGreaterThan(0);
      for (const page of pages) {
        const w = pageWeight(site.dist, page);
        console.log(describeWeight(w));
        expect(w.missing, `${page} references files that are not in the build`).toEqual([]);
        expect(w.external, `${page} loads from another origin`).toEqual([]);
        expect(w.initialGzip, `${page}: HTML + CSS + initial JS, gzip`).toBeLessThanOrEqual(PAGE_BUDGET);
      }
    });

    test(`all client JavaScript of the ${site.name}, lazy chunks included, is at most 30 KB gzip`, () => {
      const js = siteClientJs(site.dist);
      console.log(
        [
          `  ${site.name}: ${kb(js.gzip)} gzip of client JS (budget ${kb(JS_BUDGET)}), Pagefind aside`,
          ...js.files.map((a) => `    ${a.path.padEnd(50)} ${kb(a.gzip).padStart(9)}`),
          ...js.inline.map((s) => `    inline script in ${s.page.padEnd(32)} ${kb(s.gzip).padStart(9)}`),
        ].join('\n'),
      );
      expect(js.gzip).toBeLessThanOrEqual(JS_BUDGET);
    });

    test(`the ${site.name} ships no font file heavier than 30 KB`, () => {
      const fonts = siteFonts(site.dist);
      console.log(
        fonts.length
          ? `  ${site.name} fonts:\n${fonts.map((f) => `    ${f.path.padEnd(50)} ${kb(f.bytes).padStart(9)}`).join('\n')}`
          : `  ${site.name}: no web fonts (system fonts)`,
      );
      for (const f of fonts) expect(f.bytes, f.path).toBeLessThanOrEqual(FONT_FILE_BUDGET);
    });
  }
});

const mainPages = () => explainerPages(join(ROOT, 'dist'), join(ROOT, 'content')).map((p) => `/${p.replace(/index\.html$/, '')}`);

for (const [device, options] of [
  ['desktop', devices['Desktop Chrome']],
  ['phone', devices['Pixel 7']],
] as const) {
  test.describe(`what a reader's browser loads (${device})`, () => {
    // Scrolling a long page step by step on a busy 2-core machine takes a while.
    test.setTimeout(90_000);
    test.use({ viewport: options.viewport, deviceScaleFactor: options.deviceScaleFactor, isMobile: options.isMobile, hasTouch: options.hasTouch, userAgent: options.userAgent });

    for (const path of mainPages()) {
      test(`${path} requests nothing from another origin while a reader scrolls to the end`, async ({ page, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        const requests: { url: string; type: string; bytes: number }[] = [];
        page.on('requestfinished', async (req) => {
          const sizes = await req.sizes().catch(() => ({ responseBodySize: 0 }));
          requests.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize });
        });
        const failed: string[] = [];
        page.on('requestfailed', (req) => failed.push(req.url()));
        await page.goto(path, { waitUntil: 'networkidle' });
        await scrollToEnd(page);
        const foreign = [...requests.map((r) => r.url), ...failed].filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
        console.log(
          `  ${device} ${path}: ${requests.length} requests, all from ${origin}\n` +
            requests.map((r) => `    ${r.type.padEnd(10)} ${r.url.replace(origin, '').padEnd(50)} ${kb(r.bytes).padStart(9)}`).join('\n'),
        );
        expect(foreign, 'requests to other origins').toEqual([]);
        const fonts = requests.filter((r) => r.type === 'font');
        for (const f of fonts) expect(f.bytes, f.url).toBeLessThanOrEqual(FONT_FILE_BUDGET);
      });

      test(`${path} loads island code only when an island comes into view`, async ({ page }) => {
        const w = pageWeight(join(ROOT, 'dist'), `${path.replace(/^\//, '')}index.html`);
        const lazy = new Set(w.lazyJs.map((a) => `/${a.path}`));
        const requested: string[] = [];
        page.on('request', (req) => requested.push(new URL(req.url()).pathname));
        await page.goto(path, { waitUntil: 'networkidle' });
        // Islands (custom elements in the article, not the site's header controls) that are in the
        // first viewport may load their code at once; the others must wait until they are scrolled to.
        const islandsInView = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((el) => el.localName.includes('-'))
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
            })
            .map((el) => el.localName),
        );
        const early = requested.filter((p) => lazy.has(p));
        console.log(`  ${device} ${path}: lazy chunks ${[...lazy].join(', ') || '(none)'}; loaded before scrolling: ${early.join(', ') || '(none)'}; islands in first view: ${islandsInView.join(', ') || '(none)'}`);
        if (islandsInView.length === 0) expect(early, 'lazy chunks loaded before any island was in view').toEqual([]);
        await scrollToEnd(page);
        const late = requested.filter((p) => lazy.has(p));
        // Every lazy chunk that exists belongs to an island on some page; on this page, what loads must be a known chunk.
        for (const p of late) expect(lazy.has(p)).toBe(true);
      });

      test(`${path} does not shift its layout while loading, scrolling and enhancing (CLS 0)`, async ({ page }) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly }[] }[]) {
              if (e.hadRecentInput) continue;
              // Name each moved element and the island (custom element) it is in, so a failure says whose it is.
              const name = (el: Element) =>
                `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).slice(0, 2).join('.')}` : ''}`;
              const sources = (e.sources ?? []).map((s: { node?: Node; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly }) => {
                const el = s.node instanceof Element ? s.node : s.node?.parentElement;
                if (!el) return '?';
                const island = [...(function* up(n: Element | null): Generator<Element> { for (; n; n = n.parentElement) yield n; })(el.parentElement)].find((a) => a.localName.includes('-'));
                const r = (x?: DOMRectReadOnly) => (x ? `${Math.round(x.y)}+${Math.round(x.height)}` : '?');
                return `${island ? `${name(island)} > ` : ''}${name(el)} (y+h ${r(s.previousRect)} → ${r(s.currentRect)})`;
              });
              w.__shifts.push({ value: e.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path, { waitUntil: 'networkidle' });
        await scrollToEnd(page);
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
        const cls = shifts.reduce((n, s) => n + s.value, 0);
        console.log(`  ${device} ${path}: CLS ${cls.toFixed(4)}${shifts.map((s) => `\n    shift ${s.value.toFixed(4)} from ${s.sources.join(', ')}`).join('')}`);
        expect(shifts, 'layout shifts (element moved without user input)').toEqual([]);
      });
    }
  });
}
