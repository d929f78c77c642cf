import { test, expect, type Page } from '@playwright/test';
import { allPages, isExplainer } from './sites';
import { enhance } from './page-checks';

interface Stop {
  index: number;
  name: string;
  focusVisible: boolean;
  inViewport: boolean;
  obscuredBy: string | null;
}

/** Every element a Tab press should reach, in the page's current state. */
const tabbableCount = (page: Page) =>
  page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
    return [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    ).length;
  });

/** Where focus is now: which tabbable (numbered on first visit), and whether a reader can see it. */
const focusStop = (page: Page) =>
  page.evaluate((): Stop | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const w = window as unknown as { __stops?: WeakMap<Element, number>; __n?: number };
    w.__stops ??= new WeakMap();
    if (!w.__stops.has(el)) w.__stops.set(el, (w.__n = (w.__n ?? 0) + 1));
    const cs = getComputedStyle(el);
    const focusVisible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const r = el.getBoundingClientRect();
    const inViewport = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width * r.height > 0;
    // Sticky or fixed boxes (a sticky header) that cover the whole visible part of the focused element.
    let obscuredBy: string | null = null;
    for (const other of document.querySelectorAll<HTMLElement>('body *')) {
      const pos = getComputedStyle(other).position;
      if ((pos !== 'sticky' && pos !== 'fixed') || other.contains(el) || !other.checkVisibility()) continue;
      const o = other.getBoundingClientRect();
      const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
      if (o.top <= top && o.bottom >= bottom && o.left <= r.left && o.right >= r.right) obscuredBy = `<${other.localName} class="${other.className}">`;
    }
    const name = `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { index: w.__stops.get(el)!, name, focusVisible, inViewport, obscuredBy };
  });

/**
 * Tabs from the top of the page to the end: every tabbable must be reached once, in a single pass
 * (a trap would cycle before reaching them all), each with a visible focus indicator, in the
 * viewport and not hidden under a sticky header.
 */
async function walk(page: Page) {
  const expected = await tabbableCount(page);
  const stops: Stop[] = [];
  for (let i = 0; i < expected + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) break; // past the last element: focus left the document
    if (stops.some((s) => s.index === stop.index)) {
      throw new Error(`focus came back to ${stop.name} after ${stops.length} stops of ${expected}: a keyboard trap or a loop`);
    }
    stops.push(stop);
  }
  return { expected, stops };
}

const widths = [1280, 320];
for (const { site, path, url, label } of allPages()) {
  for (const width of isExplainer(site, path) ? widths : [1280]) {
    test(`${label} at ${width}px: Tab reaches every control once, focus always visible and not under a sticky header`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
      await page.goto(url);
      await enhance(page);
      // No click: the sequential focus starting point stays at the top of the document.
      const { expected, stops } = await walk(page);
      expect(expected).toBeGreaterThan(0);
      expect(stops.length, 'stops reached by Tab vs tabbable elements').toBe(expected);
      expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'focused without a visible indicator').toEqual([]);
      expect(stops.filter((s) => !s.inViewport).map((s) => s.name), 'focused outside the viewport').toEqual([]);
      expect(stops.filter((s) => s.obscuredBy).map((s) => `${s.name} under ${s.obscuredBy}`), 'hidden under a sticky header').toEqual([]);
      // And back: Shift+Tab from the end leaves through the top without a trap either.
      const back = new Set<number>();
      for (let i = 0; i < expected + 3; i++) {
        await page.keyboard.press('Shift+Tab');
        const stop = await focusStop(page);
        if (!stop) break;
        back.add(stop.index);
      }
      expect(back.size, 'stops reached by Shift+Tab').toBe(expected);
    });
  }
}
