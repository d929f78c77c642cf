import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';

const EXAMPLES = join(ROOT, 'src/pages/guide/_examples');
const BARREL = readFileSync(join(ROOT, 'src/components/mdx/index.ts'), 'utf-8');
const COMPONENTS = [...BARREL.matchAll(/\bas (\w+)/g)].map((m) => m[1]);

const section = (page: Page, name: string) => page.getByRole('region', { name: `<${name}>`, exact: true });
const result = (page: Page, name: string) => section(page, name).getByRole('group', { name: 'Result' });

test.describe('the editors\' guide', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/guide/');
  });

  test('has a section for every component the MDX barrel exports', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Editors' guide");
    for (const name of COMPONENTS) await expect(section(page, name), name).toBeVisible();
  });

  test('shows, beside each result, the exact MDX of the example file that produced it', async ({ page }) => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBe(COMPONENTS.length);
    const shown = await page.getByRole('figure', { name: 'MDX' }).locator('code').allTextContents();
    expect(shown.sort()).toEqual(files.map((f) => readFileSync(join(EXAMPLES, f), 'utf-8').trimEnd()).sort());
  });

  test('renders each component from its MDX', async ({ page }) => {
    await expect(result(page, 'Ref').getByRole('link', { name: 'source, paragraph 5' })).toHaveAttribute('href', '#source-guide-example-report-p5');
    await expect(result(page, 'Actor').getByRole('link', { name: 'Tomas Berg' })).toHaveAttribute('href', '#actor-tomas-berg');
    await expect(result(page, 'Actor').getByRole('link', { name: 'the coastguard' })).toHaveAttribute('href', '#actor-harwick-coastguard');
    await expect(result(page, 'Term').getByRole('button', { name: 'amber warning' })).toBeVisible();
    await expect(result(page, 'Quote').getByRole('figure')).toContainText('Tomas Berg, Mayor, speaking on Sunday');
    await expect(result(page, 'Callout').getByRole('complementary', { name: 'Open question: Still open' })).toBeVisible();
    await expect(result(page, 'KeyFacts').getByRole('complementary', { name: 'What you need to know' })).toContainText('As of 12 January 2032');
    await expect(result(page, 'KeyFacts').getByRole('listitem')).toHaveCount(3);
    await expect(result(page, 'Timeline').getByRole('heading', { name: 'Timeline of the storm' })).toBeVisible();
    await expect(result(page, 'Timeline').locator('#event-seafront-wall')).toContainText('A seafront wall collapses');
    await result(page, 'CasualtyChart').getByText('The figures as a table, with their sources').click();
    await expect(result(page, 'CasualtyChart').getByRole('table')).toContainText('at least 4');
    // Who's who and Key terms fold under their summary: the entries are in the page, one click away.
    await expect(result(page, 'WhoIsWho').locator('dt')).toHaveText(['Tomas Berg', 'The weather office', 'Harwick coastguard']);
    await expect(result(page, 'KeyTerms').locator('dt')).toHaveText(['Amber warning', 'Sea wall']);
    // Sources quotes every paragraph the page cites, including those cited only by <Ref> and <Quote>.
    const quoted = result(page, 'Sources').getByRole('listitem').filter({ has: page.locator('blockquote') });
    await expect(quoted).toHaveCount(6);
    await expect(result(page, 'Sources')).toContainText('By Monday evening the coastguard had revised the toll to at least four dead.');
  });

  test('every link within the page leads to something on the page', async ({ page }) => {
    const hrefs = await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of new Set(hrefs)) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  });

  test('documents each content file format with its commented example', async ({ page }) => {
    const formats = page.getByRole('region', { name: 'File formats' });
    for (const [heading, file] of [
      ['Events: content/events/<slug>.yaml', 'events/guide-example.yaml'],
      ['Figures: content/figures/<slug>.yaml', 'figures/guide-example.yaml'],
      ['Actors: content/actors.yaml', 'actors.yaml'],
      ['Glossary: content/glossary.yaml', 'glossary.yaml'],
      ['Source details: content/sources/<id>.yaml', 'sources/guide-example-report.yaml'],
      ['Source text: content/sources/<id>.txt', 'sources/guide-example-report.txt'],
      ['Explainer: content/explainers/<slug>.mdx (front matter)', 'explainers/guide-example.mdx'],
    ]) {
      const region = formats.getByRole('region', { name: heading, exact: true });
      await expect(region.locator('code')).toHaveText(readFileSync(join(ROOT, 'src/pages/guide/_content', file), 'utf-8').trimEnd());
    }
    await expect(formats).toContainText('# at-least | more-than | exactly | about (with value) | range (with low, high)');
  });
});
