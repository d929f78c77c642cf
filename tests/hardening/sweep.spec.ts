import { test, expect, type Page } from '@playwright/test';
import { allPages, templatePages, isExplainer, VIEWPORTS, NOT_FOUND, type Theme } from './sites.ts';
import { expectKeyboardWalk } from './focus.ts';
import { installGuards, applyTheme, enhance, injectionProblems, jsonLd, horizontalOverflow } from './page-checks.ts';
import { marks, failing } from './contrast.ts';
import { applyTextSpacing, clippedText, letterSpacing } from './reflow.ts';
import { axeViolations } from '../helpers/axe.ts';
import { TEXT_PAYLOADS, MARK } from './payloads.ts';
import { settle } from '../helpers/interact.ts';

// One test per page (every sitemap page, the guide and 404 once, the embeds), each a few steps on
// two page loads. Full axe runs once per page and theme on the enhanced page: the light theme in the
// phone layout at 320 px, then the same page switched to the dark theme (with the header's toggle,
// as a reader does; by prefers-color-scheme where a page has none) in the desktop layout at 1280 px,
// so both layouts and both themes are each checked once (a width changes what axe looks at only
// through the layout). The first load is the page as served, with the site's script files blocked so
// no island enhances (axe needs script of its own, so JavaScript cannot simply be off; inline
// bootstrap scripts such as a theme setter still run): full axe and sideways scroll at every width on
// the template pages and the embeds (sites.ts: the pages beyond them are source pages, one template around another
// article's paragraphs, whose words the enhanced page checks). The second load has everything
// loaded, after scrolling every island into view and waiting for its custom element to upgrade: the
// CSP, uncaught-error, dialog and injected-markup checks, sideways scroll at every width (by resizing
// the same page; it does not depend on the colours), the data marks' contrast in each theme at
// 1280 px, the keyboard walk in the dark theme at 1280 px (template pages, from the top of the
// document: the toggle's click moved the focus starting point; focus.ts puts it back), and last, as
// they restyle the page, reflow at 320×256 and the text-spacing override at 320 and 1280 px. Forced
// colours load pages of their own (marks.spec.ts).
test.describe.configure({ mode: 'parallel' });

/** The template pages (sites.ts): walked with the keyboard, and with the embeds checked as served without scripts. */
const TEMPLATE = new Set(templatePages().map((p) => p.url));
const isEmbed = (path: string) => path.startsWith('/embed/');

/** The width full axe runs at, per theme: both layouts and both themes are each checked once. */
const AXE_WIDTH: Record<Theme, number> = { light: 320, dark: 1280 };
const viewport = (width: number) => {
  const { height } = VIEWPORTS.find((v) => v.width === width)!;
  return { width, height };
};


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

/** Every data mark of the page has 3:1 contrast with its background, in the theme it shows. */
async function expectMarks(page: Page, theme: Theme) {
  const found = await marks(page);
  test.info().annotations.push({ type: `marks, ${theme}`, description: `${found.length} painted shapes in ${await page.locator('main svg').count()} SVG(s)` });
  expect(failing(found), `marks under 3:1 (${theme})`).toEqual([]);
}

for (const { site, path, url, label } of allPages({ embeds: true })) {
  const template = TEMPLATE.has(url);
  const asServed = template || isEmbed(path);
  test(`${label}: accessible ${asServed ? 'as served and ' : ''}enhanced in the light theme (axe at 320px) and the dark (axe at 1280px), data marks 3:1 in both, no sideways scroll at any width, reflows at 320×256 with text spacing, no CSP violation, nothing injected${template ? ', Tab reaches every control once with focus visible' : ''}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const options = { viewport: viewport(AXE_WIDTH.light), colorScheme: 'light', timezoneId: 'UTC', locale: 'en-GB' } as const;

    // As served, on the template pages: in the light theme (the layout, and so sideways scroll, is the
    // same in both; the dark colours are the enhanced page's, checked below).
    if (asServed) await test.step('as served, no script file loaded: axe (light, 320 px), sideways scroll at every width', async () => {
      const before = await browser.newContext(options);
      const staticPage = await before.newPage();
      await staticPage.route(/\.m?js(\?|$)/, (route) => route.abort());
      const response = await staticPage.goto(url);
      expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);
      expect(await axeViolations(staticPage), 'axe, before enhancement').toEqual([]);
      expect(await overflowAtEveryWidth(staticPage), 'sideways scroll before enhancement (px, by width)').toEqual(noOverflow);
      await before.close();
    });

    const after = await browser.newContext(options);
    const page = await after.newPage();
    const guards = await installGuards(page);
    await test.step('enhanced, light theme: CSP, errors, dialogs, injected markup, axe (320 px), payloads as text, sideways scroll at every width, data marks (1280 px)', async () => {
      const response = await page.goto(url);
      expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);
      const themedBy = await applyTheme(page, 'light');
      const { undefinedTags } = await enhance(page);
      expect(undefinedTags, 'custom elements that never upgraded').toEqual([]);
      expect(await guards.csp(), 'CSP violations during load and enhancement').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors').toEqual([]);
      expect(guards.dialogs, 'dialogs opened').toEqual([]);
      expect(await injectionProblems(page), 'injected markup').toEqual([]);
      const ld = await jsonLd(page);
      expect(await axeViolations(page), `axe, after enhancement, light (theme by ${themedBy})`).toEqual([]);

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
      await expectMarks(page, 'light');
    });

    await test.step('enhanced, switched to the dark theme: axe and data marks (1280 px)', async () => {
      const themedBy = await applyTheme(page, 'dark');
      await settle(page);
      expect(await axeViolations(page), `axe, after enhancement, dark (theme by ${themedBy})`).toEqual([]);
      await expectMarks(page, 'dark');
    });

    // The keyboard walk, once per template page (sites.ts), in the desktop layout. Forced colours walk
    // the phone layout (marks.spec.ts).
    if (template) {
      await test.step('Tab and Shift+Tab reach every control once, focus always visible, in the viewport and not under a sticky header (dark, 1280 px)', async () => {
        await expectKeyboardWalk(page, 'keyboard at 1280 px', { back: true });
      });
    }

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

      await page.setViewportSize(viewport(1280));
      await settle(page);
      expect(await horizontalOverflow(page), 'sideways scroll with text spacing at 1280 (px)').toBeLessThanOrEqual(0);
      expect(await clippedText(page), 'clipped text with text spacing at 1280').toEqual([]);
    });

    expect(await guards.csp(), 'CSP violations, end of test').toEqual([]);
    expect(guards.pageErrors, 'uncaught errors, end of test').toEqual([]);
    expect(guards.dialogs, 'dialogs, end of test').toEqual([]);
    await after.close();
  });
}
