// What a reader's browser requests on each explainer page (issue #8): nothing from another origin,
// island code only once its island comes into view and the reader has interacted, and no layout shift. The byte budgets of the built
// files are Vitest tests (budgets.test.ts). Every test prints its figures.
import { test, expect, devices } from '@playwright/test';
import { join } from 'node:path';
import { explainerPages, kb, KB, pageWeight, ROOT } from '../helpers/built-site.ts';
import { scrollToEnd } from '../helpers/scroll.ts';
import { movePointer } from '../helpers/interact.ts';

/** A Latin subset of one face in woff2 is about 15–25 KB; anything heavier carries glyphs the text doesn't use. */
const FONT_FILE_BUDGET = 30 * KB;

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

      test(`${path} loads island code only when an island comes into view, and not before the reader interacts`, async ({ page }) => {
        const w = pageWeight(join(ROOT, 'dist'), `${path.replace(/^\//, '')}index.html`);
        const lazy = new Set(w.lazyJs.map((a) => `/${a.path}`));
        const requested: string[] = [];
        page.on('request', (req) => requested.push(new URL(req.url()).pathname));
        await page.goto(path, { waitUntil: 'networkidle' });
        // Islands (the kit's ek- elements in the article; copy-link buttons are no island) that are in the
        // first viewport, or within the loader's 200 px margin of it (src/client/island.ts), load
        // their code on the reader's first interaction; the others when they are scrolled to.
        const islandsInView = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((el) => el.localName.startsWith('ek-'))
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.bottom > -200 && r.top < window.innerHeight + 200 && r.width > 0;
            })
            .map((el) => el.localName),
        );
        const early = requested.filter((p) => lazy.has(p));
        expect(early, 'island code loaded before the reader did anything').toEqual([]);
        // The first interaction, a pointer moving, fetches the code of the islands on screen.
        if (islandsInView.length) {
          await movePointer(page);
          await expect.poll(() => requested.filter((p) => lazy.has(p)), { message: 'island code on screen, after the first interaction' }).not.toEqual([]);
        }
        const onInteraction = requested.filter((p) => lazy.has(p));
        console.log(`  ${device} ${path}: lazy chunks ${[...lazy].join(', ') || '(none)'}; islands in first view: ${islandsInView.join(', ') || '(none)'}; loaded on the first interaction, before scrolling: ${onInteraction.join(', ') || '(none)'}`);
        await scrollToEnd(page);
        // Code that loads when its disclosure opens (the back matter's copy buttons): opened, as a reader would.
        await page.evaluate(() =>
          document.querySelectorAll<HTMLDetailsElement>('main details:not([open])').forEach((d) => [...d.querySelectorAll('*')].some((e) => e.localName.includes('-')) && (d.open = true)),
        );
        await page.waitForFunction(() => [...document.querySelectorAll('main *')].filter((e) => e.localName.includes('-')).every((e) => customElements.get(e.localName)));
        // Once every island has been in view, each of its chunks has loaded, and no other script of the
        // build was fetched: what loads late is exactly the page's lazy chunks.
        const initial = new Set(w.js.map((a) => `/${a.path}`));
        const built = requested.filter((p) => p.startsWith('/_astro/') && p.endsWith('.js'));
        expect([...lazy].filter((p) => !built.includes(p)), 'lazy chunks never loaded, though every island was scrolled into view').toEqual([]);
        expect(built.filter((p) => !initial.has(p) && !lazy.has(p)), 'scripts loaded that are neither the page\'s nor its islands\'').toEqual([]);
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
