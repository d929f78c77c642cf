import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:5300/syria-ceasefire-2016/', { waitUntil: 'networkidle' });
console.log(await page.evaluate(() => [...document.querySelectorAll('copy-link.heading-permalink')].slice(0, 3).map((c) => [getComputedStyle(c).opacity, c.outerHTML.slice(0, 200), [...c.querySelectorAll('button,a')].map(e => e.tagName + ' ' + getComputedStyle(e).display + ' ' + e.getAttribute('aria-label'))])));
await browser.close();
