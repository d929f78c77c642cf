import type { Page } from '@playwright/test';

/**
 * The reader's first interaction, as islands count it (src/client/island.ts): the pointer moves.
 * Two steps, as a hand on a mouse makes many: a pointer's first event may be reported without
 * movement, which islands take for the browser's own hover update and ignore.
 */
export async function movePointer(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(3, 3);
}

/** Two animation frames: what the islands need to lay out again after a resize or a theme change. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
