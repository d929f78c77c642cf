import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';
import { movePointer } from '../helpers/interact.ts';

const URL = '/syria-ceasefire-2016/';
const CSS_ESCAPE = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

/**
 * With the interactive timeline island merged, event permalinks are the island's (a copy button per
 * event, deep links select and scroll to the mark; tests/e2e/timeline.spec.ts). These tests cover
 * the list form, which is what the page has without the island.
 */
async function skipIfTimelineIsland(page: Page) {
  test.skip((await page.locator('.timeline-island').count()) > 0, 'the timeline island draws its own event permalinks');
}

/** Bottom edge of the sticky site header, in viewport pixels. */
const headerBottom = (page: Page) => page.locator('header[data-site-header]').evaluate((el) => el.getBoundingClientRect().bottom);

test.describe('permalinks', () => {
  test('every section heading has one "Copy link", in one style, that shows on hover and on keyboard focus', async ({ page, isMobile }) => {
    await page.goto(URL);
    // The buttons' code loads on the reader's first interaction (src/client/kit-page.ts): a pointer moves.
    await movePointer(page);
    const headings = page.locator('article.explainer h2[id]:not([data-no-permalink])');
    const count = await headings.count();
    expect(count).toBeGreaterThanOrEqual(10);
    await expect(page.locator('article.explainer copy-link.heading-permalink')).toHaveCount(count);
    const opacity = (name: string) => page.getByRole('button', { name: `Copy link to “${name}”` }).evaluate((b) => Number(getComputedStyle(b).opacity));
    for (const name of ['What was agreed, and what was still open', 'The bombings in Damascus and Homs', 'For teachers', 'Sources', 'Cite this page']) {
      await expect(page.getByRole('button', { name: `Copy link to “${name}”` })).toHaveCount(1);
      expect(await opacity(name)).toBe(0);
    }
    if (!isMobile) {
      await page.getByRole('heading', { level: 2, name: 'Sources' }).hover();
      await expect.poll(() => opacity('Sources')).toBe(1);
    }
    await page.getByRole('button', { name: 'Copy link to “For teachers”' }).focus();
    await expect.poll(() => opacity('For teachers')).toBe(1);
    // One look for all: the same class and size of control beside every heading.
    const looks = await page.locator('copy-link.heading-permalink button').evaluateAll((bs) => [...new Set(bs.map((b) => `${b.className}|${getComputedStyle(b).fontSize}|${getComputedStyle(b).borderStyle}`))]);
    expect(looks).toHaveLength(1);
  });

  test('without JavaScript, each section heading still has its permalink, and no heading is followed at once by another of its section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const ids = await page.locator('article.explainer h2[id]:not([data-no-permalink])').evaluateAll((hs) => hs.map((h) => h.id));
    for (const id of ids) await expect(page.locator(`.heading-wrap:has(> h2#${CSS_ESCAPE(id)}) > copy-link a[href="#${id}"]`)).toHaveCount(1);
    // What a reader meets right after each section heading is its text, not a second heading.
    const stacked = await page.locator('article.explainer .heading-wrap').evaluateAll((wraps) =>
      wraps.flatMap((w) => {
        let next: Element | null = w.nextElementSibling;
        while (next && next.firstElementChild && !next.matches('.heading-wrap, h1, h2, h3, h4, p, ul, ol, dl, figure, table, blockquote, aside, details')) next = next.firstElementChild;
        // A second section heading at once (h2 after h2), as "How it unfolded" then "Timeline: …" was.
        return next?.matches('.heading-wrap, h2') ? [`${w.textContent?.trim()} → ${next.textContent?.trim()}`] : [];
      }),
    );
    expect(stacked).toEqual([]);
    await context.close();
  });

  test('"Copy link" puts the section URL on the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(URL);
    await movePointer(page);
    await page.getByRole('button', { name: 'Copy link to “The bombings in Damascus and Homs”' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}${URL}#the-bombings-in-damascus-and-homs`);
  });

  test('every timeline event has a "Copy link" that copies its #event- address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(URL);
    await skipIfTimelineIsland(page);
    const events = page.locator('.timeline-event[id]');
    const n = await events.count();
    expect(n).toBeGreaterThan(5);
    for (const li of await events.all()) await expect(li.getByRole('button', { name: /^Copy link to “.+”$/ })).toBeVisible();
    const kerry = page.locator('#event-kerry-announces');
    await kerry.getByRole('button', { name: /^Copy link to/ }).click();
    await expect(kerry.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${URL}#event-kerry-announces`);
  });

  test('when the clipboard is refused, the link is shown selected for Ctrl+C', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(URL);
    await movePointer(page);
    await page.getByRole('button', { name: 'Copy link to “What was expected next”' }).click();
    const field = page.getByRole('textbox', { name: 'Link to copy' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(`${baseURL}${URL}#what-was-expected-next`);
    const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    expect(selected).toBe(`${baseURL}${URL}#what-was-expected-next`);
    await expect(page.getByRole('status').filter({ hasText: /Ctrl\+C/ })).toBeVisible();
  });

  for (const anchor of ['what-was-expected-next', 'event-kerry-announces', 'for-teachers']) {
    test(`opening a link to #${anchor} shows it below the sticky header`, { tag: '@phone' }, async ({ page }) => {
      await page.goto(`${URL}#${anchor}`);
      if (anchor.startsWith('event-')) await skipIfTimelineIsland(page);
      const target = page.locator(`#${anchor}`);
      await expect(target).toBeInViewport();
      // The header stays on top while scrolled, so the target must start below it, not under it.
      expect(await page.locator('header[data-site-header]').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
      const top = await target.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    });
  }

  test('without JavaScript, "On this page" links to every section, and the links land on it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // Every section heading of the page, whichever component wrote it (the prose, the timeline, Sources, the back matter).
    const sections = await page.locator('article.explainer h2[id]:not([data-no-permalink])').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    const links = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links).toEqual(sections);
    for (const name of ['For teachers', 'Sources', 'Key terms', "Who's who", 'Cite this page']) await expect(toc.getByRole('link', { name })).toHaveCount(1);
    await toc.getByRole('link', { name: 'What was expected next' }).click();
    await expect(page).toHaveURL(/#what-was-expected-next$/);
    await expect(page.locator('#what-was-expected-next')).toBeInViewport();
    await context.close();
  });
});

test.describe('for teachers', () => {
  test('the teachers’ block has learning goals, discussion questions and vocabulary from the glossary', async ({ page }) => {
    await page.goto(URL);
    const block = page.getByRole('region', { name: 'For teachers' });
    // Compact: the heading and one line until opened.
    await expect(block.getByRole('heading', { name: 'Learning goals' })).toBeHidden();
    await block.getByText('For teachers: goals, questions and vocabulary').click();
    await expect(block.getByRole('heading', { name: 'Learning goals' })).toBeVisible();
    await expect(block.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
    await expect(block.getByRole('heading', { name: 'Vocabulary' })).toBeVisible();
    expect(await block.getByRole('list').first().getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    // The vocabulary links to its one definition, under Key terms: it is not printed twice.
    await expect(block.getByRole('link', { name: 'Cessation of hostilities' })).toHaveAttribute('href', '#term-cessation-of-hostilities');
    await expect(block).not.toContainText('A pause in fighting');
    await expect(page.locator('#term-cessation-of-hostilities')).toContainText('A pause in fighting');
  });

  test('"Cite this page" gives APA, MLA and Chicago with the page URL, and copies them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(URL);
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await cite.getByText('Cite this page (APA, MLA, Chicago)').click();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    // The explainer's own dates (published 27 November 2026, corrected 1 December 2026), not its source's.
    await expect(cite.locator('#citation-apa')).toContainText('Explainer desk. (2026, December 1). A provisional agreement on a Syrian ceasefire');
    await expect(cite.locator('#citation-apa i')).toHaveText('A provisional agreement on a Syrian ceasefire, on a day of deadly bombings.');
    await expect(cite.locator('#citation-mla')).toContainText('News Explainers, 27 Nov. 2026');
    await expect(cite.locator('#citation-chicago')).toContainText(`News Explainers. Published November 27, 2026. Last modified December 1, 2026. ${canonical}.`);
    await cite.getByRole('button', { name: 'Copy MLA citation' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Explainer desk\. “A provisional agreement on a Syrian ceasefire, on a day of deadly bombings\.” News Explainers, 27 Nov\. 2026, .+\/syria-ceasefire-2016\/\.$/);
  });

  test('the byline gives the explainer’s own publication date and a reading time', async ({ page }) => {
    await page.goto(URL);
    const byline = page.locator('.byline');
    await expect(byline.locator('time').first()).toHaveAttribute('datetime', '2026-11-27');
    await expect(byline).toContainText(/\d+ min read/);
  });
});

test.describe('sharing', () => {
  test('the explainer has canonical, Open Graph and Twitter meta with a built share image', async ({ page, request }) => {
    await page.goto(URL);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:title"]')).toMatch(/provisional agreement on a Syrian ceasefire/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(/\/og\/syria-ceasefire-2016\.png$/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const res = await request.get(new globalThis.URL(image!).pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
    const body = await res.body();
    expect(body.readUInt32BE(16)).toBe(1200);
    expect(body.readUInt32BE(20)).toBe(630);
  });

  test('the JSON-LD is a NewsArticle that parses and matches the page', async ({ page }) => {
    await page.goto(URL);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(data.datePublished).toBe('2026-11-27');
    expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  });

  test('the RSS feed lists the explainer with its link and date', async ({ request }) => {
    const res = await request.get('/rss.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('<title>A provisional agreement on a Syrian ceasefire, on a day of deadly bombings</title>');
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/syria-ceasefire-2016\/<\/link>/);
    expect(xml).toContain('<pubDate>Fri, 27 Nov 2026 00:00:00 GMT</pubDate>');
  });

  test('pages link to the feed, and the sitemap leaves out the embed pages and the guide', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/rss\.xml$/);
    const sitemap = readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf-8');
    expect(sitemap).toContain('/syria-ceasefire-2016/');
    expect(sitemap).not.toContain('/embed/');
    expect(sitemap, 'the editors\' guide is noindex, not in the sitemap').not.toContain('/guide/');
  });
});
