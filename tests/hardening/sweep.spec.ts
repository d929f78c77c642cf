import { test, expect, type Page } from '@playwright/test';
import { allPages, isExplainer, VIEWPORTS, THEMES, NOT_FOUND, type Theme } from './sites';
import { installGuards, applyTheme, enhance, injectionProblems, jsonLd, horizontalOverflow } from './page-checks';
import { axeViolations } from '../helpers/axe';
import { TEXT_PAYLOADS, MARK } from './payloads';

// One test per page × theme (every sitemap page, the guide and 404 once, the embeds). Full axe runs
// once per page and theme on the enhanced page (a width changes what axe looks at only through the
// layout, so the light theme is checked in the phone layout at 320 px and the dark theme in the
// desktop layout at 1280 px), and once per page on the page as served without scripts; every width
// is checked for sideways scroll, by resizing the same page. Each test loads the page twice: as
// served, with the site's script files blocked so no island enhances (axe needs script of its own,
// so JavaScript cannot simply be off; inline bootstrap scripts such as a theme setter still run), and
// with everything loaded, after scrolling every island into view and waiting for its custom element
// to upgrade. The enhanced state also gets the CSP, uncaught-error, dialog and injected-markup checks.
test.describe.configure({ mode: 'parallel' });

/** The width full axe runs at, per theme: both layouts and both themes are each checked once. */
const AXE_WIDTH: Record<Theme, number> = { light: 320, dark: 1280 };

/** Sideways scroll at every width of VIEWPORTS, resizing the page (islands re-lay out on resize). */
async function overflowAtEveryWidth(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out[vp.name] = await horizontalOverflow(page);
  }
  return out;
}
const noOverflow = Object.fromEntries(VIEWPORTS.map((vp) => [vp.name, 0]));

for (const { site, path, url, label } of allPages({ embeds: true })) {
  for (const theme of THEMES) {
    const vp = VIEWPORTS.find((v) => v.width === AXE_WIDTH[theme])!;
    test(`${label}, ${theme}: accessible ${theme === 'light' ? 'before and ' : ''}after enhancement (axe at ${vp.width}px), no sideways scroll at any width, no CSP violation, nothing injected`, async ({ browser }) => {
      test.setTimeout(120_000);
      const options = { viewport: { width: vp.width, height: vp.height }, colorScheme: theme, timezoneId: 'UTC', locale: 'en-GB' } as const;

      // Before: the HTML as served, no script file loaded.
      const before = await browser.newContext(options);
      const staticPage = await before.newPage();
      await staticPage.route(/\.m?js(\?|$)/, (route) => route.abort());
      const response = await staticPage.goto(url);
      expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);
      // The page without JavaScript gets full axe once, in the light theme (the phone layout); its dark
      // colours are the enhanced page's, which the dark test checks.
      if (theme === 'light') expect(await axeViolations(staticPage), 'axe, before enhancement').toEqual([]);
      expect(await overflowAtEveryWidth(staticPage), 'sideways scroll before enhancement (px, by width)').toEqual(noOverflow);
      await before.close();

      // After: JavaScript on, islands enhanced.
      const after = await browser.newContext(options);
      const page = await after.newPage();
      const guards = await installGuards(page);
      await page.goto(url);
      const themedBy = await applyTheme(page, theme);
      const { undefinedTags } = await enhance(page);
      expect(undefinedTags, 'custom elements that never upgraded').toEqual([]);
      expect(await guards.csp(), 'CSP violations during load and enhancement').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors').toEqual([]);
      expect(guards.dialogs, 'dialogs opened').toEqual([]);
      expect(await injectionProblems(page), 'injected markup').toEqual([]);
      const ld = await jsonLd(page);
      expect(await axeViolations(page), `axe, after enhancement (theme by ${themedBy})`).toEqual([]);

      // The hostile explainer: every payload is on the page as the very text the editor typed.
      const title = await page.title();
      if (title.startsWith(MARK)) {
        const text = await page.locator('body').evaluate((b) => b.textContent ?? '');
        for (const p of TEXT_PAYLOADS) expect(text.includes(p.text), `payload "${p.name}" shown as text`).toBe(true);
        expect(title).toContain('</title><script>alert(4)</script>');
        for (const block of ld) expect(JSON.stringify(block)).toContain(MARK);
      } else if (isExplainer(site, path)) {
        // Another explainer shows none of the hostile one's actors, terms or documents.
        expect(await page.locator('body').textContent(), 'text of another explainer').not.toContain(MARK);
      }
      expect(await overflowAtEveryWidth(page), 'sideways scroll after enhancement (px, by width)').toEqual(noOverflow);
      expect(await guards.csp(), 'CSP violations, end of test').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors, end of test').toEqual([]);
      expect(guards.dialogs, 'dialogs, end of test').toEqual([]);
      await after.close();
    });
  }
}
