import { test, expect } from '@playwright/test';
import { marks, failing } from './contrast.ts';
import { expectKeyboardWalk } from './focus.ts';
import { templatePages, isExplainer, NOT_FOUND } from './sites.ts';
import { enhance, applyTheme } from './page-checks.ts';

// Forced colours, loaded in that mode (as a reader with Windows contrast themes opens the page). The
// light and dark themes' marks are checked in the sweep (sweep.spec.ts), on its enhanced page. An
// explainer is walked here in its phone layout (320 px), with the keyboard walk's checks (in the
// viewport, not under the sticky header): the sweep walks every page at 1280 px in the dark theme.
for (const { site, path, url, label } of templatePages().filter((p) => p.path !== NOT_FOUND)) {
  const width = isExplainer(site, path) ? 320 : 1280;
  test(`${label}, forced colours at ${width}px: every data mark has 3:1 contrast with its background, and Tab reaches every control with focus visible`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
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
    await expectKeyboardWalk(page, 'forced colours');
  });
}
