import type { Page } from '@playwright/test';

/** Scrolls a page to its end in steps of 80 % of the viewport, so every island comes into view once, then waits for the network. */
export async function scrollToEnd(page: Page) {
  for (let i = 0; i < 400; i++) {
    const done = await page.evaluate((step) => {
      const top = window.scrollY + window.innerHeight * 0.8;
      window.scrollTo({ top, behavior: 'instant' });
      return top + window.innerHeight >= document.documentElement.scrollHeight - 1 || (step > 0 && window.scrollY === 0);
    }, i);
    await page.waitForTimeout(60);
    if (done) break;
  }
  await page.waitForLoadState('networkidle');
}
