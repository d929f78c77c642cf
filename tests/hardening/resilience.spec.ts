import { test, expect, type Page, type Browser } from '@playwright/test';
import { join } from 'node:path';
import { templatePages, NOT_FOUND, type Site } from './sites.ts';
import { enhance, installGuards } from './page-checks.ts';
import { ROOT, pageWeight } from '../helpers/built-site.ts';

/**
 * What a reader must be able to read: the headings, and every element a link can point at. Text
 * said only where scripts cannot run (`data-no-script-note`, e.g. "Search needs JavaScript") is
 * not counted: with scripts it is rightly replaced by the control it speaks of.
 */
interface Baseline {
  headings: string[];
  anchors: string[];
  textLength: number;
}

const readable = (page: Page) =>
  page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true });
    // A closed disclosure whose summary is shown is one tap away: open it, as a reader would, to measure.
    const opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')].filter((d) => {
      const summary = d.querySelector(':scope > summary');
      return summary && shown(summary);
    });
    opened.forEach((d) => (d.open = true));
    const headings = [...document.querySelectorAll('h1, h2, h3')].filter(shown).map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    const anchors = [...document.querySelectorAll('main [id]')]
      .filter((el) => shown(el) && /^(event|incident|actor|term|source)-/.test(el.id))
      .map((el) => `#${el.id}`);
    const note = [...document.querySelectorAll<HTMLElement>('main [data-no-script-note]')].filter(shown).reduce((n, el) => n + el.innerText.length, 0);
    const textLength = (document.querySelector('main') as HTMLElement).innerText.length - note;
    opened.forEach((d) => (d.open = false));
    return { headings, anchors, textLength };
  });

/** The page as served with no script at all. Locators only: page.evaluate timers do not run with JS off. */
async function baseline(browser: Browser, url: string): Promise<Baseline> {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(url);
  const headings = (await page.locator('h1, h2, h3').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  const anchors = await page.locator('main [id]').evaluateAll((els) => els.filter((el) => /^(event|incident|actor|term|source)-/.test(el.id)).map((el) => `#${el.id}`));
  const note = (await page.locator('main [data-no-script-note]').filter({ visible: true }).allInnerTexts()).reduce((n, t) => n + t.length, 0);
  const textLength = (await page.locator('main').innerText()).length - note;
  await ctx.close();
  return { headings, anchors, textLength };
}

async function expectReadable(page: Page, base: Baseline, what: string) {
  const now = await readable(page);
  expect(base.headings.filter((h) => !now.headings.includes(h)), `${what}: headings missing or hidden`).toEqual([]);
  expect(base.anchors.filter((a) => !now.anchors.includes(a)), `${what}: linked elements missing or hidden`).toEqual([]);
  expect(now.textLength, `${what}: text in main`).toBeGreaterThanOrEqual(base.textLength * 0.9);
}

/**
 * The islands' lazy code on a built page, as URLs: the chunks reachable from the page's scripts only
 * through `import()` (Vite's build manifest), loaded when an island comes into view. The page's own
 * modules and their static imports are not among them: they load, as they would from a reader's cache.
 */
function lazyChunks(site: Site, path: string): string[] {
  const dist = join(ROOT, site.dist);
  const file = path === NOT_FOUND ? '404.html' : `${path.replace(/^\//, '')}index.html`;
  return pageWeight(dist, file).lazyJs.map((a) => `${site.origin}/${a.path}`);
}

for (const { site, path, url, label } of templatePages()) {
  // A page with no island loads no lazy chunk: failing them would load the page as the sweep does.
  const lazy = lazyChunks(site, path);
  test(`${label} stays readable with JavaScript off, with CSS blocked${lazy.length ? " and with the islands' lazy chunks failing" : ''}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const base = await baseline(browser, url);
    expect(base.headings.length, 'JavaScript off: the page has headings').toBeGreaterThan(0);
    expect(base.textLength, 'JavaScript off: the page has text').toBeGreaterThan(50);

    // CSS blocked: unstyled, but everything there and no script error.
    const noCss = await browser.newContext();
    const noCssPage = await noCss.newPage();
    const g1 = await installGuards(noCssPage);
    await noCssPage.route(/\.css(\?|$)/, (r) => r.abort());
    await noCssPage.goto(url);
    await enhance(noCssPage);
    expect(g1.pageErrors, 'CSS blocked: uncaught errors').toEqual([]);
    await expectReadable(noCssPage, base, 'CSS blocked');
    await noCss.close();

    // The islands' lazy chunks fail (offline, CDN error) while the page's own scripts run: the HTML
    // the islands enhance must stay, with no uncaught error.
    if (!lazy.length) return;
    const broken = await browser.newContext();
    const brokenPage = await broken.newPage();
    const g2 = await installGuards(brokenPage);
    const aborted: string[] = [];
    await brokenPage.route(
      (u) => lazy.includes(u.href),
      (r) => {
        aborted.push(r.request().url());
        return r.abort('failed');
      },
    );
    await brokenPage.goto(url);
    // An island whose code failed never upgrades: a short wait for that (the failures come as the
    // aborts answer; enhance then waits for the network to be idle), not the 10 s that wait for code that loads.
    await enhance(brokenPage, 2_000).catch(() => ({}));
    test.info().annotations.push({ type: 'lazy chunks failed', description: aborted.map((u) => new URL(u).pathname).join(', ') });
    expect(aborted.length, 'the page’s lazy chunks were requested and failed').toBeGreaterThanOrEqual(1);
    expect(g2.pageErrors, 'lazy chunks failing: uncaught errors').toEqual([]);
    await expectReadable(brokenPage, base, 'lazy chunks failing');
    await broken.close();
  });
}
