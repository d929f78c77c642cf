import { test, expect } from '@playwright/test';
import { marks, failing } from './contrast';
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
        // Focus indicators survive forced colours (outlines are kept; box-shadows are not).
        const controls = page.locator('main a[href], main button, main [tabindex="0"]');
        const n = Math.min(await controls.count(), 12);
        for (let i = 0; i < n; i++) {
          const c = controls.nth(i);
          if (!(await c.isVisible())) continue;
          await c.focus();
          await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const cs = getComputedStyle(el);
            return { visible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0, name: `${el.localName} ${el.textContent?.trim().slice(0, 30)}` };
          });
          expect(ring.visible, `focus outline in forced colours on ${ring.name}`).toBe(true);
        }
      }
    });
  }
}
