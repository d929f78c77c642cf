import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline drawing the reader sees: horizontal on wide screens, vertical on phones. */
export const drawing = (page: Page) => page.locator('svg.timeline-svg:visible');
export const marks = (page: Page) => drawing(page).getByRole('link');
export const timeline = (page: Page) => page.locator('ek-timeline');

/** Scrolls the (first) timeline into view and waits for its element to enhance it. */
export async function enhanced(page: Page) {
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(timeline(page)).toHaveAttribute('data-enhanced', '');
}

/**
 * Focus as a reader arrives from the contents list or a skip link: at the timeline's heading. The
 * heading's own permalink is one Tab stop, the timeline the next: every mark is one more stop in all.
 */
export async function firstMarkFocused(page: Page): Promise<Locator> {
  await enhanced(page);
  await page.locator('section.timeline h2').evaluate((h: HTMLElement) => {
    h.tabIndex = -1;
    h.focus();
  });
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('a.mark'))) break;
  }
  const first = marks(page).first();
  await expect(first).toBeFocused();
  return first;
}
