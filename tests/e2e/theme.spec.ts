import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';

const URL = '/syria-ceasefire-2016/';
const DARK_BG = 'rgb(22, 24, 29)';
const bodyBg = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('dark mode', () => {
  test('follows the system setting when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(URL);
    expect(await bodyBg(page)).toBe(DARK_BG);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the toggle switches theme and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(URL);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await bodyBg(page)).toBe(DARK_BG);
    await page.reload();
    expect(await bodyBg(page)).toBe(DARK_BG);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await bodyBg(page)).toBe('rgb(255, 255, 255)');
  });

  test('a saved choice applies before any module script runs (no flash of the wrong theme)', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    // Block every bundled script: only the inline head script can set the theme now.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(URL, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBg(page)).toBe(DARK_BG);
  });

  test('the inline theme script is allowed by the page’s CSP hash', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(URL);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
    const inline = await page.locator('head script:not([src]):not([type])').first().textContent();
    const hash = `sha256-${createHash('sha256').update(inline!).digest('base64')}`;
    expect(csp).toContain(`'${hash}'`);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

});
