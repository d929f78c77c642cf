import { chromium } from '@playwright/test';
const [url, out, w = '375', sel = '', theme = 'light', js = '1', click = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(w) < 600 ? 812 : 900 }, colorScheme: theme, javaScriptEnabled: js === '1' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
if (js === '1') await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); } scrollTo(0, 0); });
await page.waitForTimeout(300);
if (click) { await page.locator(click).first().click(); await page.waitForTimeout(200); }
if (sel) await page.locator(sel).first().screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
if (js === '1') console.log('height', await page.evaluate(() => document.documentElement.scrollHeight));
await browser.close();
