import { test, expect, type Page } from '@playwright/test';
import { allPages } from './sites';
import { enhance, horizontalOverflow } from './page-checks';

/** The WCAG 1.4.12 text-spacing override (the W3C bookmarklet's values), as a constructed sheet: CSP allows it. */
const applyTextSpacing = (page: Page) =>
  page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
        ' p, li, dd, blockquote, figcaption, td, th { margin-block-end: 2em !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });

/**
 * Text boxes that clip their text: overflow hidden or clip, and content taller or wider than the box.
 * Visually hidden text (1×1 px clip pattern) is meant to be clipped and left out.
 */
const clippedText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.checkVisibility() || el instanceof SVGElement) continue;
      const cs = getComputedStyle(el);
      const clipsY = ['hidden', 'clip'].includes(cs.overflowY);
      const clipsX = ['hidden', 'clip'].includes(cs.overflowX);
      if (!clipsX && !clipsY) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue; // visually hidden
      if (!el.textContent?.trim()) continue;
      const overY = clipsY && el.scrollHeight > el.clientHeight + 1;
      const overX = clipsX && el.scrollWidth > el.clientWidth + 1;
      const ellipsis = cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if (overY || overX || ellipsis)
        out.push(`<${el.localName} class="${el.className}"> ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: "${el.textContent.trim().slice(0, 40)}"`);
    }
    return out;
  });

for (const { url, label } of allPages()) {
  test(`${label}: reflows at 320×256 without sideways scroll, and the text-spacing override clips no text`, async ({ page }) => {
    test.setTimeout(90_000);
    // 1.4.10: 1280 px at 400 % zoom is 320 CSS px wide; 256 px high for horizontally scrolling content.
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(url);
    await enhance(page);
    expect(await horizontalOverflow(page), 'sideways scroll at 320×256 (px)').toBeLessThanOrEqual(0);
    expect(await clippedText(page), 'clipped text at 320×256').toEqual([]);

    await applyTextSpacing(page);
    const applied = await page.locator('main p').first().evaluate((p) => getComputedStyle(p).letterSpacing);
    expect(applied, 'the override took effect').not.toBe('normal');
    expect(await horizontalOverflow(page), 'sideways scroll with text spacing at 320 (px)').toBeLessThanOrEqual(0);
    expect(await clippedText(page), 'clipped text with text spacing at 320').toEqual([]);

    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await horizontalOverflow(page), 'sideways scroll with text spacing at 1280 (px)').toBeLessThanOrEqual(0);
    expect(await clippedText(page), 'clipped text with text spacing at 1280').toEqual([]);
  });
}
