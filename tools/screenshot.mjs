// Developer aid: node tools/screenshot.mjs <url> <out.png> [width] [height] [fullPage 1|0] [css selector]
// Uses the same browser the tests use (see tests/helpers/browser.ts).
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../tests/helpers/browser.ts';

const [url, out, w = '1280', h = '900', full = '1', selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
