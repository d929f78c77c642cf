import { test, expect } from '@playwright/test';
import { marks, failing } from './contrast';
import { walk } from './focus';
import { allPages, NOT_FOUND, type Theme } from './sites';
import { enhance, applyTheme } from './page-checks';

const MODES: { name: string; theme: Theme; forced: boolean }[] = [
  { name: 'light', theme: 'light', forced: false },
  { name: 'dark', theme: 'dark', forced: false },
  { name: 'forced colours', theme: 'dark', forced: true },
];

for (const { url, label } of allPages().filter((p) => p.path !== NOT_FOUND)) {
  for (const mode of MODES) {
    test(`${label}, ${mode.name}: every data mark has 3:1 contrast with its background${mode.forced ? ', and focus stays visible' : ''}`, async ({ page }) => {
      test.setTimeout(90_000);
      if (mode.forced) await page.emulateMedia({ forcedColors: 'active', colorScheme: mode.theme });
      await page.goto(url);
      await applyTheme(page, mode.theme, { useToggle: !mode.forced });
      await enhance(page);
      const found = await marks(page);
      const svgs = await page.locator('main svg').count();
      test.info().annotations.push({ type: 'marks', description: `${found.length} painted shapes in ${svgs} SVG(s)` });
      expect(failing(found), 'marks under 3:1').toEqual([]);
      if (mode.forced) {
        // Focus stays visible in forced colours: Tab through the whole page (see focus.ts for "visible").
        await page.evaluate(() => window.scrollTo(0, 0));
        const { stops, missed } = await walk(page);
        expect(missed, 'tabbable elements Tab never reached in forced colours').toEqual([]);
        expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'focus not visible in forced colours').toEqual([]);
      }
    });
  }
}
