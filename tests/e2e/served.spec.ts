import { test, expect } from '@playwright/test';

// How the built site is served and indexed (issue 17): what `npm start` and the deploy snippets promise.
test.describe('the served site', () => {
  for (const path of ['/syria-ceasefire-2016', '/guide']) {
    test(`${path} without the trailing slash serves the page`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The page's own links still lead where they should from the slash-less address.
      const broken = await page.locator('a[href]:not([href^="#"]):not([href^="http"]):not([href^="mailto:"])').evaluateAll((as) =>
        as.map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('/')),
      );
      expect(broken, 'relative links (they would resolve against the slash-less address)').toEqual([]);
    });
  }

  test('the editors\' guide is noindex and has no canonical URL', async ({ page }) => {
    await page.goto('/guide/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });

  test('the 404 page is noindex and declares no canonical URL', async ({ page }) => {
    const res = await page.goto('/no-such-page/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  });
});
