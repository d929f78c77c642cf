import { test, expect } from '@playwright/test';
import { allPages, isExplainer, VIEWPORTS, THEMES, NOT_FOUND } from './sites';
import { installGuards, applyTheme, enhance, injectionProblems, jsonLd, horizontalOverflow } from './page-checks';
import { axeViolations } from '../helpers/axe';
import { TEXT_PAYLOADS, MARK } from './payloads';

// One test per page × viewport × theme; each loads the page twice: as served, with the site's script
// files blocked so no island enhances (axe needs script of its own, so JavaScript cannot simply be
// off; inline bootstrap scripts such as a theme setter still run), and with everything loaded, after
// scrolling every island into view and waiting for its custom element to upgrade. Both states get axe and the sideways-scroll check; the
// enhanced state also gets the CSP, uncaught-error, dialog and injected-markup checks.
test.describe.configure({ mode: 'parallel' });

for (const { site, path, url, label } of allPages()) {
  for (const vp of VIEWPORTS) {
    for (const theme of THEMES) {
      test(`${label} at ${vp.width}px, ${theme}: accessible before and after enhancement, no CSP violation, nothing injected`, async ({ browser }) => {
        test.setTimeout(120_000);
        const options = { viewport: { width: vp.width, height: vp.height }, colorScheme: theme, timezoneId: 'UTC', locale: 'en-GB' } as const;

        // Before: the HTML as served, no script file loaded.
        const before = await browser.newContext(options);
        const staticPage = await before.newPage();
        await staticPage.route(/\.m?js(\?|$)/, (route) => route.abort());
        const response = await staticPage.goto(url);
        expect(response?.status(), 'status').toBe(path === NOT_FOUND ? 404 : 200);
        expect(await axeViolations(staticPage), 'axe, before enhancement').toEqual([]);
        expect(await horizontalOverflow(staticPage), 'sideways scroll before enhancement (px)').toBeLessThanOrEqual(0);
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
        expect(await horizontalOverflow(page), 'sideways scroll after enhancement (px)').toBeLessThanOrEqual(0);

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
        expect(await guards.csp(), 'CSP violations, end of test').toEqual([]);
        expect(guards.dialogs, 'dialogs, end of test').toEqual([]);
        await after.close();
      });
    }
  }
}
