import { test, expect, type Page } from '@playwright/test';
import { allPages, templatePages, isExplainer, VIEWPORTS, THEMES, NOT_FOUND, type Theme } from './sites';
import { expectKeyboardWalk } from './focus';
import { installGuards, applyTheme, enhance, injectionProblems, jsonLd, horizontalOverflow } from './page-checks';
import { marks, failing } from './contrast';
import { applyTextSpacing, clippedText, letterSpacing } from './reflow';
import { axeViolations } from '../helpers/axe';
import { TEXT_PAYLOADS, MARK } from './payloads';

// One test per page × theme (every sitemap page, the guide and 404 once, the embeds), each a few
// steps on two page loads in the light theme and one in the dark. Full axe runs once per page and theme on the enhanced page (a width
// changes what axe looks at only through the layout, so the light theme is checked in the phone
// layout at 320 px and the dark theme in the desktop layout at 1280 px), and once per page on the
// page as served without scripts; every width is checked for sideways scroll, by resizing the same
// page, in the light theme (sideways scroll does not depend on the colours). The first load (light theme only) is the page as served, with the site's script files blocked so no island
// enhances (axe needs script of its own, so JavaScript cannot simply be off; inline bootstrap
// scripts such as a theme setter still run); the second has everything loaded, after scrolling
// every island into view and waiting for its custom element to upgrade. The enhanced page also gets
// the CSP, uncaught-error, dialog and injected-markup checks, the data marks' contrast in its theme
// at 1280 px, and (light theme, last, as it restyles the page) reflow at 320×256 and the text-spacing
// override at 320 and 1280 px. The dark theme's page at 1280 px is also walked with the keyboard
// (template pages only, sites.ts), from the top of the document (the toggle's click moved the focus
// starting point; focus.ts puts it back). Forced colours load pages of their own (marks.spec.ts).
test.describe.configure({ mode: 'parallel' });

/** The pages walked with the keyboard (a template's controls, not its words: sites.ts). */
const KEYBOARD = new Set(templatePages().map((p) => p.url));

/** The width full axe runs at, per theme: both layouts and both themes are each checked once. */
const AXE_WIDTH: Record<Theme, number> = { light: 320, dark: 1280 };

/** Two frames: the islands re-lay out on resize. */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Sideways scroll at every width of VIEWPORTS, resizing the page; ends at the widest. */
async function overflowAtEveryWidth(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await settle(page);
    out[vp.name] = await horizontalOverflow(page);
  }
  return out;
}
const noOverflow = Object.fromEntries(VIEWPORTS.map((vp) => [vp.name, 0]));

for (const { site, path, url, label } of allPages({ embeds: true })) {
  for (const theme of THEMES) {
    const vp = VIEWPORTS.find((v) => v.width === AXE_WIDTH[theme])!;
    const light = theme === 'light';
    test(`${label}, ${theme}: accessible ${light ? 'before and ' : ''}after enhancement (axe at ${vp.width}px), data marks 3:1${light ? ', reflows at 320×256 with text spacing' : ''}, ${light ? 'no sideways scroll at any width with and without scripts, ' : ''}no CSP violation, nothing injected${!light && KEYBOARD.has(url) ? ', Tab reaches every control once with focus visible' : ''}`, async ({ browser }) => {
      test.setTimeout(240_000);
      const options = { viewport: { width: vp.width, height: vp.height }, colorScheme: theme, timezoneId: 'UTC', locale: 'en-GB' } as const;

      // As served: once per page, in the light theme (the layout, and so sideways scroll, is the same in both).
      if (light) await test.step('as served, no script file loaded', async () => {
        const before = await browser.newContext(options);
        const staticPage = await before.newPage();
        await staticPage.route(/\.m?js(\?|$)/, (route) => route.abort());
        const response = await staticPage.goto(url);
        expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);
        // The page without JavaScript gets full axe once, in the light theme (the phone layout); its dark
        // colours are the enhanced page's, which the dark test checks.
        expect(await axeViolations(staticPage), 'axe, before enhancement').toEqual([]);
        expect(await overflowAtEveryWidth(staticPage), 'sideways scroll before enhancement (px, by width)').toEqual(noOverflow);
        await before.close();
      });

      const after = await browser.newContext(options);
      const page = await after.newPage();
      const guards = await installGuards(page);
      await test.step('enhanced: CSP, errors, dialogs, injected markup, axe, payloads as text, sideways scroll', async () => {
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
        if (light) expect(await overflowAtEveryWidth(page), 'sideways scroll after enhancement (px, by width)').toEqual(noOverflow);
      });

      await test.step(`every data mark has 3:1 contrast with its background (${theme}, 1280 px)`, async () => {
        const found = await marks(page);
        test.info().annotations.push({ type: `marks, ${theme}`, description: `${found.length} painted shapes in ${await page.locator('main svg').count()} SVG(s)` });
        expect(failing(found), 'marks under 3:1').toEqual([]);
      });

      // The keyboard walk, once per template page (sites.ts), in the desktop layout: here, on the dark
      // theme's enhanced page at 1280 px. Forced colours walk the phone layout (marks.spec.ts).
      if (!light && KEYBOARD.has(url)) {
        await test.step('Tab and Shift+Tab reach every control once, focus always visible, in the viewport and not under a sticky header (1280 px)', async () => {
          await expectKeyboardWalk(page, 'keyboard at 1280 px', { back: true });
        });
      }

      if (light) {
        await test.step('reflows at 320×256 without sideways scroll, and the text-spacing override clips no text at 320 and 1280 px', async () => {
          // 1.4.10: 1280 px at 400 % zoom is 320 CSS px wide; 256 px high for horizontally scrolling content.
          await page.setViewportSize({ width: 320, height: 256 });
          await settle(page);
          expect(await horizontalOverflow(page), 'sideways scroll at 320×256 (px)').toBeLessThanOrEqual(0);
          expect(await clippedText(page), 'clipped text at 320×256').toEqual([]);

          const spacing = await letterSpacing(page);
          await applyTextSpacing(page);
          expect(await letterSpacing(page), 'the override took effect (letter spacing of the body text)').not.toBe(spacing);
          expect(await horizontalOverflow(page), 'sideways scroll with text spacing at 320 (px)').toBeLessThanOrEqual(0);
          expect(await clippedText(page), 'clipped text with text spacing at 320').toEqual([]);

          await page.setViewportSize({ width: 1280, height: 800 });
          await settle(page);
          expect(await horizontalOverflow(page), 'sideways scroll with text spacing at 1280 (px)').toBeLessThanOrEqual(0);
          expect(await clippedText(page), 'clipped text with text spacing at 1280').toEqual([]);
        });
      }

      expect(await guards.csp(), 'CSP violations, end of test').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors, end of test').toEqual([]);
      expect(guards.dialogs, 'dialogs, end of test').toEqual([]);
      await after.close();
    });
  }
}
