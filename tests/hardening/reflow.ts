import type { Page } from '@playwright/test';

/** The WCAG 1.4.12 text-spacing override (the W3C bookmarklet's values), as a constructed sheet: CSP allows it. */
export const applyTextSpacing = (page: Page) =>
  page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
        ' p, li, dd, blockquote, figcaption, td, th { margin-block-end: 2em !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });

/** The letter spacing of the body text (0.12em once the override applies). */
export const letterSpacing = (page: Page) => page.evaluate(() => getComputedStyle(document.body).letterSpacing);

/**
 * Text boxes that clip their text: overflow hidden or clip, and content taller or wider than the box.
 * Visually hidden text (1×1 px clip pattern) is meant to be clipped and left out.
 */
export const clippedText = (page: Page) =>
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
