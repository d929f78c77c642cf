import { test, expect } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';

// tests/fixtures/site/content/explainers/fixture-riverside-flood.mdx uses every component once, on
// a subject (a flood) that shares nothing with the seed explainer.
const PAGE = '/fixture-riverside-flood/';

test.describe('an explainer using every component (fixture site)', () => {
  test('renders each component with its own data', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: the Millbrook flood');
    await expect(page.getByRole('link', { name: 'the county council' })).toHaveAttribute('href', '#actor-millbrook-council');
    await expect(page.getByRole('complementary', { name: 'What you need to know' })).toContainText('As of 15 October 2031');
    await expect(page.getByRole('button', { name: 'flood crest' })).toBeVisible();
    await expect(page.getByRole('figure').filter({ hasText: 'overwhelmed, not breached' })).toContainText('Priya Nair, Council leader');
    await expect(page.getByRole('complementary', { name: 'Open question: Still open' })).toBeVisible();
    await page.getByText('The figures as a table, with their sources').click();
    await expect(page.getByRole('table', { name: /reported deaths/i })).toContainText('at least 5');
    await expect(page.locator('#event-river-bursts')).toContainText('The river Alder bursts its banks');
    await expect(page.getByRole('region', { name: "Who's who" }).locator('dt')).toHaveText(['Priya Nair', 'National weather service', 'Millbrook county council']);
    await expect(page.getByRole('region', { name: 'Key terms' }).locator('dt')).toHaveText(['Flood crest', 'Flood defences']);
    await expect(page.locator('body')).not.toContainText(/Damascus|Kerry|Portvale/);
  });

  test('Sources names the paragraphs the page cites and links to the full text, where every ¶ link leads', async ({ page }) => {
    await page.goto(PAGE);
    const sources = page.getByRole('region', { name: 'Sources', exact: true });
    // Paragraph 5 (the shelter) is cited nowhere on the page, so it is not in the list of cited paragraphs.
    await expect(sources).toContainText(/Cited: ¶1, ¶2, ¶3, ¶4, ¶6, ¶7\./);
    const full = sources.getByRole('link', { name: /read the full text/i });
    const sourcePage = await full.getAttribute('href');
    expect(sourcePage).toMatch(/^\/[^/]+\/source\/fixture-riverside-report\/$/);
    const hrefs = await page.locator('main a', { hasText: /^¶\d+$/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${sourcePage}#`), href).toBe(true);
    const ids = [...new Set(hrefs.map((h) => h.slice(h.indexOf('#') + 1)))];
    await page.goto(sourcePage!);
    for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    // In-page links still land on something on the page.
    await page.goto(PAGE);
    for (const href of new Set(await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))))
      expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
  });

  test('a <Term> definition opens and closes from the keyboard', async ({ page }) => {
    await page.goto(PAGE);
    const button = page.getByRole('button', { name: 'flood crest' });
    const definition = page.getByRole('note').filter({ hasText: 'The highest level a river reaches' });
    await expect(definition).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a <Term> definition still opens', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'flood defences' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'Walls, banks and barriers' })).toBeVisible();
  });
});

test.describe('drafts', () => {
  test('a draft explainer is left out of the built site, its index and its sitemap', async ({ page, request }) => {
    const response = await page.goto('/fixture-editors-draft/');
    expect(response?.status()).toBe(404);
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Millbrook flood/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /unfinished draft/ })).toHaveCount(0);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).toContain('/fixture-riverside-flood/');
    expect(sitemap).not.toContain('fixture-editors-draft');
  });
});

test.describe('accessibility (fixture site)', () => {
  for (const path of [PAGE, '/guide/']) {
    // The page itself is the sweep's (tests/hardening/sweep.spec.ts): here a definition open.
    test(`${path} has no axe violations with a <Term> definition open`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole('button', { name: /flood crest|amber warning/ }).first().click();
      await expect(page.getByRole('note').first()).toBeVisible();
      expect(await axeViolations(page, { include: '.term:has(:popover-open)' })).toEqual([]);
    });
  }
});
