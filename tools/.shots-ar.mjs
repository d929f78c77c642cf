// Temporary: viewport-sized screenshots down a page (not committed).
import { chromium } from '@playwright/test';
const [url, prefix, w = '1280', h = '1000', scheme = 'light', js = '1', max = '12'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme, javaScriptEnabled: js === '1' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(url);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', total);
for (let i = 0, y = 0; y < total && i < +max; i++, y += +h) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${prefix}-${i}.png` });
}
await browser.close();
