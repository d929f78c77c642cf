import { test, expect } from '@playwright/test';

test.describe('search', () => {
  test('searching the index page finds the seed explainer', async ({ page }) => {
    const cspErrors: string[] = [];
    page.on('console', (m) => /Content Security Policy|wasm/i.test(m.text()) && cspErrors.push(m.text()));
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search the explainers' });
    await box.fill('Lavrov');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.locator('search-box').getByRole('link', { name: 'A provisional agreement on a Syrian ceasefire, on a day of deadly bombings' });
    await expect(result).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('search-box').getByRole('status')).toHaveText('1 result for “Lavrov”');
    await expect(page.locator('search-box mark').first()).toHaveText(/Lavrov/i);
    await result.click();
    await expect(page).toHaveURL(/\/syria-ceasefire-2016\/$/);
    expect(cspErrors).toEqual([]);
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('zzzyxq');
    await page.keyboard.press('Enter');
    await expect(page.locator('search-box').getByRole('status')).toHaveText('No explainer matches “zzzyxq”.');
  });

  test('without JavaScript the search form is not offered, and the list of explainers is', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('link', { name: /provisional agreement on a Syrian ceasefire/ })).toBeVisible();
    await context.close();
  });
});
