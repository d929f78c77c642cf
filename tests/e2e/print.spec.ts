import { test, expect } from '@playwright/test';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT } from '../helpers/content-fixture';

const URL = '/syria-ceasefire-2016/';
const events = readContentDir(ROOT).input.events.filter((e) => e.explainer === 'syria-ceasefire-2016');

test.describe('printing an explainer', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(URL);
    await page.emulateMedia({ media: 'print' });
  });

  test('gives title, dek and date, and no buttons, navigation or site chrome', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.dek')).toBeVisible();
    await expect(page.locator('.byline time').first()).toBeVisible();
    // Every button (copy link, cite, embed, theme) is hidden on paper, and so are nav and the site header/footer.
    const buttons = page.locator('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const b of await buttons.all()) await expect(b).toBeHidden();
    for (const n of await page.locator('nav').all()) await expect(n).toBeHidden();
    await expect(page.locator('header[data-site-header]')).toBeHidden();
    await expect(page.locator('footer[data-site-footer]')).toBeHidden();
    await expect(page.getByRole('region', { name: /embed/i })).toBeHidden();
  });

  test('shows the timeline as a numbered list with dates', async ({ page }) => {
    const items = page.locator('.timeline-event');
    await expect(items).toHaveCount(events.length);
    for (const item of await items.all()) {
      await expect(item).toBeVisible();
      await expect(item.locator('time').first()).toBeVisible();
    }
    const list = page.locator('.timeline-list').first();
    expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('decimal');
    expect(await items.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('shows the casualty table, rows kept whole', async ({ page }) => {
    const table = page.getByRole('table', { name: /reported deaths/i });
    await expect(table).toBeVisible();
    await expect(table).toContainText('at least 68');
    expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('shows quotes, key terms, the teachers’ block and the sources with their URLs written out', async ({ page }) => {
    await expect(page.getByRole('figure').filter({ hasText: 'modalities for a cessation' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Key terms' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'For teachers' })).toBeVisible();
    const sources = page.getByRole('region', { name: /^sources$/i });
    await expect(sources).toBeVisible();
    const link = sources.getByRole('link', { name: 'UN Security Council Resolution 2268 (2016)' });
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toBe('" (https://undocs.org/S/RES/2268(2016))"');
  });

  test('ends with the page URL and a QR code of it', async ({ page }) => {
    const block = page.locator('[data-print-url]');
    await expect(block).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(block).toContainText(canonical!);
    await expect(block.getByRole('img', { name: `QR code for ${canonical}` })).toBeVisible();
  });

  test('the QR code and printed URL are not shown on screen', async ({ page }) => {
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('[data-print-url]')).toBeHidden();
  });

  test('prints in light colours even when the reader chose dark', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
  });
});
