import { test, expect } from '@playwright/test';
import { walk, focusStop } from './focus';
import { templatePages } from './sites';
import { enhance } from './page-checks';

// At 1280 px in the page's normal colours. The phone layout (320 px) of each explainer is walked in
// forced colours (marks.spec.ts), with the same checks: each layout and each colour mode once.
for (const { url, label } of templatePages()) {
  test(`${label} at 1280px: Tab reaches every control once, focus always visible and not under a sticky header`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await enhance(page);
    // No click: the sequential focus starting point stays at the top of the document.
    const { expected, stops, missed } = await walk(page);
    expect(expected).toBeGreaterThan(0);
    expect(missed, 'tabbable elements Tab never reached').toEqual([]);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'focused without a visible indicator').toEqual([]);
    expect(stops.filter((s) => !s.inViewport).map((s) => s.name), 'focused outside the viewport').toEqual([]);
    expect(stops.filter((s) => s.obscuredBy).map((s) => `${s.name} under ${s.obscuredBy}`), 'hidden under a sticky header').toEqual([]);
    // And back: Shift+Tab from the end leaves through the top without a trap either.
    const back = new Set<number>();
    for (let i = 0; i < stops.length + 30; i++) {
      await page.keyboard.press('Shift+Tab');
      const { stop } = await focusStop(page);
      if (!stop) break;
      back.add(stop.index);
    }
    expect(back.size, 'stops reached by Shift+Tab').toBe(stops.length);
  });
}
