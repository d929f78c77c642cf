import { test, expect } from '@playwright/test';

const SEED_TITLE = 'A provisional agreement on a Syrian ceasefire, on a day of deadly bombings';

test.describe('search', () => {
  test('a search finds the seed explainer and leads to the section where the words are', async ({ page }) => {
    const cspErrors: string[] = [];
    page.on('console', (m) => /Content Security Policy|wasm/i.test(m.text()) && cspErrors.push(m.text()));
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('Lavrov');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.locator('search-box');
    await expect(results.getByRole('link', { name: SEED_TITLE })).toBeVisible({ timeout: 10_000 });
    await expect(results.getByRole('status')).toHaveText('1 result for “Lavrov”');
    await expect(results.locator('mark').first()).toHaveText(/Lavrov/i);
    // The words are in the address, so the search can be linked to.
    await expect(page).toHaveURL(/\/\?q=Lavrov$/);
    // Each matching section is a link to its heading's anchor.
    const section = results.locator('.search-result-section').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/^\/syria-ceasefire-2016\/#[\w-]+$/);
    const heading = (await section.textContent())!;
    await section.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeInViewport();
    expect(cspErrors).toEqual([]);
  });

  test('excerpts are the explainer\'s prose, not its labels, citations or lists', async ({ page }) => {
    await page.goto('/?q=Kerry');
    const excerpts = page.locator('search-box .search-result-excerpt');
    await expect(excerpts.first()).toContainText(/Kerry/, { timeout: 10_000 });
    for (const text of await excerpts.allTextContents()) {
      expect(text, 'an excerpt').not.toMatch(/Who:|Source:|¶|Cite this page|On this page/);
      expect(text.split(/\s+/).length, 'an excerpt has words of a sentence').toBeGreaterThan(5);
    }
  });

  test('an address with ?q= searches on load', async ({ page }) => {
    await page.goto('/?q=Lavrov');
    await expect(page.getByRole('searchbox', { name: 'Search the explainers' })).toHaveValue('Lavrov');
    await expect(page.locator('search-box').getByRole('link', { name: SEED_TITLE })).toBeVisible({ timeout: 10_000 });
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('zzzyxq');
    await page.keyboard.press('Enter');
    await expect(page.locator('search-box').getByRole('status')).toHaveText('No explainer matches “zzzyxq”.');
  });

  test('without JavaScript the search says it needs it, and the list of explainers is there', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/?q=Lavrov');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByText('Search needs JavaScript, which is off in this browser. Every explainer is listed below.')).toBeVisible();
    await expect(page.getByRole('link', { name: /provisional agreement on a Syrian ceasefire/ })).toBeVisible();
    await context.close();
  });
});
