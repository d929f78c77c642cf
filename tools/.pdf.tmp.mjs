import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
await page.pdf({ path: process.argv[3], format: 'A4', printBackground: true, preferCSSPageSize: true });
await browser.close();
