// The reader's budgets for the seed explainer's page (issue 13, ../../READER.md): its height on a
// phone and a desktop after scrolling through (every island enhanced), with every fact still on the
// page (JS on and off); one permalink per section heading, hidden until hover or focus; no text
// block shown twice; and the headline font counted in the 40 KB a page may load before interaction.
// Each test prints its figures, so a regression shows its size in the output.
import { test, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { kb, KB, wireBytes } from '../helpers/built-site.ts';
import { scrollToEnd } from '../helpers/scroll.ts';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const SLUG = 'syria-ceasefire-2016';
const URL = `/${SLUG}/`;
const HEIGHT = { 375: 12_000, 1280: 8_000 } as const;
/** A phone screen: 375 px wide, as tall as a Pixel 7's viewport (839 CSS px). */
const SCREEN_375 = 839;
/** Where the first graphic may start, in phone screens from the top: issue 13's bar. */
const FIRST_GRAPHIC_SCREENS = 1.5;
// Issue 13's bar is 40 KB with the font, everything fetched before interaction counted. Reached in
// session 6 (39.7 KB at both widths, from 43.6 and 45.0): one stylesheet and one module script per
// page, each page's CSP naming only its own inline code, the QR code a lazy image printed only, the
// embeds' CSS on the embeds, and the code of what is on screen at 1280 (the chart) and of the
// permalinks' copy buttons loaded on the reader's first interaction. Pinned just above, so it cannot grow.
const PAGE_BUDGET: Record<number, number> = { 375: 39.75 * KB, 1280: 39.75 * KB };

const content = readContentDir(ROOT).input;
const events = content.events.filter((e) => e.explainer === SLUG);
const incidents = content.incidents.filter((i) => i.explainer === SLUG);

/** Every fact a reader must still be able to reach, whatever is folded away: in the page's text. */
async function missingFacts(page: Page): Promise<string[]> {
  const text = await page.locator('main').evaluate((m) => (m.textContent ?? '').replace(/\s+/g, ' '));
  const facts = [
    ...events.map((e) => e.title),
    ...incidents.map((i) => i.label),
    ...incidents.flatMap((i) => i.reports.map((r) => r.stated).filter((s): s is string => !!s)),
    'What you need to know',
    'Learning goals',
    'Discussion questions',
    'APA (7th edition)',
    'Read the full text (12 numbered paragraphs)',
  ];
  return facts.filter((f) => !text.includes(f.replace(/\s+/g, ' ')));
}

/** Innermost visible text blocks of 40+ characters in `main` that appear more than once (citation lines aside). */
const shownTwice = (page: Page) =>
  page.evaluate(() => {
    const visible = (e: Element) => {
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0.05 && b.width > 0 && b.height > 0;
    };
    const seen = new Map<string, number>();
    for (const b of document.querySelectorAll<HTMLElement>('main p, main li, main dd, main figcaption, main blockquote, main td, main summary')) {
      if (b.querySelector('p, li, dd, blockquote') || !visible(b)) continue;
      const t = b.innerText.replace(/\s+/g, ' ').trim();
      if (t.length >= 40 && !/^(Sources?|Who|Citation)\s*:/i.test(t)) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    return [...seen].filter(([, n]) => n > 1).map(([t]) => t);
  });

/** Names of the "Copy link" controls with a visible box, as READER.md counts them. */
const visibleCopyLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, a, [role="button"]')].filter((e) => {
      if (!/copy link/i.test(`${e.getAttribute('aria-label') ?? ''} ${e.textContent}`)) return false;
      let opacity = 1;
      for (let n: Element | null = e; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      return s.display !== 'none' && s.visibility !== 'hidden' && opacity > 0.05 && b.width > 0 && b.height > 0;
    }).map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''),
  );

test.describe('the seed explainer, as long as a newsroom explainer of its scope', () => {
  test.setTimeout(90_000);

  for (const width of [375, 1280] as const) {
    test(`is at most ${HEIGHT[width].toLocaleString('en')} px tall at ${width} px once scrolled through, with every fact on the page`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.goto(URL, { waitUntil: 'networkidle' });
      await scrollToEnd(page);
      await page.waitForTimeout(300);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`  ${URL} at ${width} px, JS on, scrolled through: ${height} px (budget ${HEIGHT[width]})`);
      expect(await missingFacts(page)).toEqual([]);
      expect(height).toBeLessThanOrEqual(HEIGHT[width]);
    });
  }

  test('keeps every fact without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(URL);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`  ${URL} at 375 px, JS off: ${height} px`);
    expect(await missingFacts(page)).toEqual([]);
    await context.close();
  });

  for (const width of [375, 1280] as const) {
    test(`has one permalink per section heading, none visible before hover or focus, and no text block twice, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.goto(URL, { waitUntil: 'networkidle' });
      await scrollToEnd(page);
      const perHeading = await page.locator('main h2').evaluateAll((hs) =>
        hs.map((h) => ({ id: h.id, links: h.closest('.heading-wrap')?.querySelectorAll(':scope > copy-link').length ?? 0 })),
      );
      expect(perHeading.filter((h) => h.links > 1)).toEqual([]);
      const before = await visibleCopyLinks(page);
      const twice = await shownTwice(page);
      console.log(`  ${URL} at ${width} px: ${perHeading.length} h2, "Copy link" controls visible before hover/focus: ${before.length} (${before.join('; ')}); text blocks shown twice: ${twice.length}`);
      // No section permalink shows before hover or focus; at most 3 "Copy link" controls in all
      // (READER.md): the timeline's details panel has its own, for the event it shows.
      expect(before.filter((name) => /^Copy link to /.test(name))).toEqual([]);
      expect(before.length).toBeLessThanOrEqual(3);
      expect(twice).toEqual([]);
      // Focus shows one, and only that one.
      await page.getByRole('button', { name: 'Copy link to “Sources”' }).focus();
      await expect.poll(async () => (await visibleCopyLinks(page)).filter((name) => /^Copy link to /.test(name))).toEqual(['Copy link to “Sources”']);
    });
  }

  // Issue 13 point 1: the first graphic (a timeline, chart or map: the kit's islands) within 1.5
  // phone screens of the top. The seed places its casualty chart right under the key facts (the
  // editors' guide says so: a small graphic first), "On this page" folds to one line under 80rem, and
  // the chart starts at about 1.3 screens; on paper its drawing shares the first page with the key
  // facts (global.css), so the handout stays within 8 pages (tests/e2e/print.spec.ts).
  test(`shows its first graphic within ${FIRST_GRAPHIC_SCREENS} phone screens of the top`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: SCREEN_375 });
    await page.goto(URL, { waitUntil: 'networkidle' });
    const first = await page.evaluate(() => {
      const graphic = [...document.querySelectorAll('main ek-timeline, main ek-casualty-chart, main ek-locator-map')]
        .map((el) => ({ name: el.localName, top: el.getBoundingClientRect().top + window.scrollY, height: el.getBoundingClientRect().height }))
        .filter((g) => g.height > 0)
        .sort((a, b) => a.top - b.top)[0];
      return graphic;
    });
    expect(first, 'the seed explainer has a graphic').toBeDefined();
    const screens = first!.top / SCREEN_375;
    console.log(`  ${URL} at 375×${SCREEN_375}: first graphic <${first!.name}> at ${Math.round(first!.top)} px, ${screens.toFixed(2)} screens (bar ${FIRST_GRAPHIC_SCREENS})`);
    expect(screens).toBeLessThanOrEqual(FIRST_GRAPHIC_SCREENS);
  });

  // Everything the browser fetches on load with the page at its top, at a phone's and a desktop's
  // size: the HTML, stylesheets, scripts, the headline face, images near the viewport (a lazy image
  // within the browser's lazy-load margin loads at once) and the code of any island in view. Each
  // request is counted as its built file costs on the wire (gzip -9; woff2 and images as they are).
  for (const [width, height] of [
    [375, SCREEN_375],
    [1280, 900],
  ] as const) {
    test(`loads at most ${PAGE_BUDGET[width] / KB} KB before interaction at ${width} px, the headline font included`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const requested = new Set<string>();
      page.on('requestfinished', (req) => requested.add(req.url()));
      await page.goto(URL, { waitUntil: 'networkidle' });
      // Islands and lazy images near the viewport start loading once layout has run: let them finish.
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
      // What the page itself says it fetched (Resource Timing), so a request event lost on a busy
      // machine cannot make the page look lighter; and every stylesheet and script it names is among them.
      const timing = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
      for (const u of timing) requested.add(u);
      const named = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]')].map((e) => ('href' in e ? e.href : e.src)));
      expect(named.filter((u) => !requested.has(u)), 'stylesheets and scripts of the page not counted').toEqual([]);
      const origin = new globalThis.URL(page.url()).origin;
      const dist = join(ROOT, 'dist');
      const loaded = [...requested]
        .filter((u) => !u.startsWith('data:'))
        .map((u) => {
          const url = new globalThis.URL(u);
          expect(url.origin, `${u} is from another origin`).toBe(origin);
          const file = wireBytes(dist, url.pathname);
          expect(file, `${url.pathname} was fetched but is no file of the build`).toBeDefined();
          return { path: url.pathname, bytes: file!.bytes };
        });
      const total = loaded.reduce((n, r) => n + r.bytes, 0);
      console.log(
        `  ${URL} at ${width}×${height}, at its top: ${loaded.length} requests, ${kb(total)} (budget ${kb(PAGE_BUDGET[width])})\n` +
          loaded.map((r) => `    ${r.path.padEnd(72)} ${kb(r.bytes).padStart(9)}`).join('\n'),
      );
      expect(loaded.some((r) => /\.woff2$/.test(r.path)), 'the headline face is self-hosted and used').toBe(true);
      expect(loaded.some((r) => r.path === URL), 'the page itself is counted').toBe(true);
      expect(total).toBeLessThanOrEqual(PAGE_BUDGET[width]);
    });
  }
});
