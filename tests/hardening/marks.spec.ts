import { test, expect } from '@playwright/test';
import { marks, failing } from './contrast';
import { walk } from './focus';
import { allPages, NOT_FOUND } from './sites';
import { enhance, applyTheme } from './page-checks';

// Forced colours, loaded in that mode (as a reader with Windows contrast themes opens the page). The
// light and dark themes' marks are checked in the sweep (sweep.spec.ts), on its enhanced page.
for (const { url, label } of allPages().filter((p) => p.path !== NOT_FOUND)) {
  test(`${label}, forced colours: every data mark has 3:1 contrast with its background, and focus stays visible`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(url);
    await applyTheme(page, 'dark', { useToggle: false });
    await enhance(page);
    const found = await marks(page);
    const svgs = await page.locator('main svg').count();
    test.info().annotations.push({ type: 'marks', description: `${found.length} painted shapes in ${svgs} SVG(s)` });
    expect(failing(found), 'marks under 3:1').toEqual([]);
    // Focus stays visible in forced colours: Tab through the whole page (see focus.ts for "visible").
    await page.evaluate(() => window.scrollTo(0, 0));
    const { stops, missed } = await walk(page);
    expect(missed, 'tabbable elements Tab never reached in forced colours').toEqual([]);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'focus not visible in forced colours').toEqual([]);
  });
}
