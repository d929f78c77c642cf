import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/content-fixture.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import { SITES } from './sites.ts';
import { installGuards, injectionProblems, jsonLd } from './page-checks.ts';

// Every output other than the HTML pages (which sweep.spec.ts checks) carries the hostile explainer's
// text escaped exactly once for its format: a consumer that parses it the way the format says gets
// back the very text the editor typed (no markup, no double escaping like "&amp;lt;").
const fixture = SITES.find((s) => s.name === 'fixture')!;
const CONTENT = join(ROOT, 'tests/fixtures/site/content');
const frontMatter = parseYaml(readFileSync(join(CONTENT, 'explainers/hostile.mdx'), 'utf-8').split(/^---$/m)[1]) as {
  title: string;
  summary: string;
};
const incidents = parseYaml(readFileSync(join(CONTENT, 'figures/hostile.yaml'), 'utf-8')) as {
  id: string;
  label: string;
  place: string;
  reports: unknown[];
}[];

/** An HTML fragment parsed by the browser: the tags it makes and the text it shows. */
const parseHtml = (page: Page, html: string) =>
  page.evaluate((h) => {
    const body = new DOMParser().parseFromString(h, 'text/html').body;
    return { tags: [...body.querySelectorAll('*')].map((e) => e.localName), text: body.textContent ?? '', first: body.firstElementChild?.textContent };
  }, html);

test.describe('the hostile explainer in every output format', () => {
  test('RSS: the title is plain text and the description HTML that shows the summary as text', async ({ page, request }) => {
    const xml = await (await request.get(`${fixture.origin}/rss.xml`)).text();
    await page.goto(`${fixture.origin}/`);
    const item = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'application/xml');
      if (doc.querySelector('parsererror')) return undefined;
      const it = [...doc.querySelectorAll('item')].find((i) => /\/hostile\/$/.test(i.querySelector('link')?.textContent ?? ''));
      return it && { title: it.querySelector('title')?.textContent, description: it.querySelector('description')?.textContent ?? '' };
    }, xml);
    expect(item, 'well-formed feed with the hostile item').toBeDefined();
    expect(item!.title).toBe(frontMatter.title);
    // A feed reader renders <description> as HTML: paragraphs only (the summary, then the updates log),
    // the first the summary's very text.
    const html = await parseHtml(page, item!.description);
    expect(new Set(html.tags)).toEqual(new Set(['p']));
    expect(html.first).toBe(frontMatter.summary);
  });

  test('JSON-LD: the article metadata parses back to the front matter, and no string closes the script', async ({ page }) => {
    await page.goto(`${fixture.origin}/hostile/`);
    const [article] = (await jsonLd(page)) as { headline: string; description: string }[];
    expect(article.headline).toBe(frontMatter.title);
    expect(article.description).toBe(frontMatter.summary);
    expect(await injectionProblems(page)).toEqual([]);
  });

  test('CSV: every cell reads back as the label and place typed, one row per report', async ({ request }) => {
    const rows = parseCsv(await (await request.get(`${fixture.origin}/hostile/casualties.csv`)).text());
    const [head, ...body] = rows;
    const col = (name: string) => head.indexOf(name);
    expect(body).toHaveLength(incidents.reduce((n, i) => n + i.reports.length, 0));
    for (const inc of incidents) {
      const mine = body.filter((r) => r[col('incident')] === inc.id);
      expect(mine.length, inc.id).toBe(inc.reports.length);
      for (const r of mine) expect([r[col('label')], r[col('place')]]).toEqual([inc.label, inc.place]);
    }
  });

  test('embed snippet: the code a newsroom pastes makes one iframe and one script, titled with the text typed', async ({ page }) => {
    await page.goto(`${fixture.origin}/hostile/`);
    const codes = await page.locator('pre.embed-code code').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const parsed = await page.evaluate((h) => {
        const doc = new DOMParser().parseFromString(h, 'text/html');
        return {
          tags: [...doc.querySelectorAll('body *, head *')].map((e) => e.localName),
          title: doc.querySelector('iframe')?.getAttribute('title'),
          handlers: [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        };
      }, code);
      expect(parsed.tags).toEqual(['iframe', 'script']);
      expect(parsed.handlers).toEqual([]);
      expect(parsed.title).toMatch(new RegExp(`^${frontMatter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    }
  });

  for (const island of ['timeline', 'casualties']) {
    test(`embed page (${island}): the payloads show as text, nothing runs or is injected`, async ({ page }) => {
      const guards = await installGuards(page);
      await page.goto(`${fixture.origin}/embed/hostile/${island}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontMatter.title);
      expect((await page.title()).startsWith(`${frontMatter.title}: ${island === 'timeline' ? 'timeline' : 'casualty chart'}`)).toBe(true);
      expect(await injectionProblems(page)).toEqual([]);
      expect(await guards.csp()).toEqual([]);
      expect(guards.dialogs).toEqual([]);
    });
  }

  test('search excerpts: markup in the indexed text comes back as text, with only <mark> highlights', async ({ page }) => {
    const guards = await installGuards(page);
    await page.goto(`${fixture.origin}/`);
    await page.getByRole('searchbox').fill('onerror');
    await page.keyboard.press('Enter');
    const hostile = page.locator('search-box li').filter({ has: page.getByRole('link', { name: frontMatter.title }) });
    await expect(hostile).toHaveCount(1, { timeout: 10_000 });
    // The result and its sections each have an excerpt: only text and <mark> in every one.
    const excerpts = hostile.locator('.search-result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    const shown = await excerpts.evaluateAll((ps) => ps.map((p) => ({ tags: [...p.querySelectorAll('*')].map((e) => e.localName).filter((t) => t !== 'mark'), text: p.textContent ?? '' })));
    for (const e of shown) expect(e.tags).toEqual([]);
    await expect(excerpts.locator('mark').first()).toHaveText(/onerror/i);
    // Pagefind strips tags from the text it indexes only when they are real elements: the payloads are
    // text on the page, so the excerpts show their angle brackets as typed.
    expect(shown.some((e) => /<img src=x onerror=alert\(\d+\)>/.test(e.text))).toBe(true);
    expect(await injectionProblems(page)).toEqual([]);
    expect(guards.dialogs).toEqual([]);
  });
});
