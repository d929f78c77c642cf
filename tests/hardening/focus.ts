import { expect, type Page } from '@playwright/test';

export interface Stop {
  index: number;
  name: string;
  focusVisible: boolean;
  inViewport: boolean;
  obscuredBy: string | null;
}

/**
 * Every element a Tab press should reach, in the page's current state; they are remembered in the
 * page so `missed` can tell which ones Tab never reached. (The browser may add stops of its own,
 * such as scrollable boxes, which is fine.)
 */
export const tabbableCount = (page: Page) =>
  page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
    let list = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    // A radio group is one Tab stop: its checked radio, or its first when none is checked.
    const groups = new Map<string, HTMLInputElement[]>();
    for (const el of list) if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) groups.set(el.name, [...(groups.get(el.name) ?? []), el]);
    const stop = new Set([...groups.values()].map((g) => g.find((r) => r.checked) ?? g[0]));
    const radios = new Set([...groups.values()].flat());
    list = list.filter((el) => !radios.has(el as HTMLInputElement) || stop.has(el as HTMLInputElement));
    (window as unknown as { __tabbables: Element[] }).__tabbables = list;
    return list.length;
  });

/** The tabbables (from tabbableCount) that Tab never focused. */
export const missed = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __tabbables: HTMLElement[]; __stops?: WeakMap<Element, number> };
    return w.__tabbables
      .filter((el) => !w.__stops?.has(el))
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`);
  });

/**
 * The page's sticky and fixed boxes (a sticky header, a bottom sheet), remembered in the page for
 * `focusStop`. The walks call it once, after the islands enhanced; a box that only becomes sticky
 * later is not a case the kit has.
 */
export const pinnedBoxes = (page: Page) =>
  page.evaluate(() => {
    const pinned = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => /^(sticky|fixed)$/.test(getComputedStyle(el).position));
    (window as unknown as { __pinned: HTMLElement[] }).__pinned = pinned;
    return pinned.length;
  });

/**
 * Where focus is now: which tabbable (numbered on first visit), and whether a reader can see it.
 * Visible focus: an outline or box-shadow on the element, or (SVG marks draw their own ring) any
 * change to the look of the element or its descendants between focused and not focused, measured
 * on the previous stop once Tab has moved on (`changed` then tells about that previous stop).
 */
export const focusStop = (page: Page) =>
  page.evaluate((): { stop: Stop | null; previousChanged: boolean | null } => {
    const w = window as unknown as { __stops?: WeakMap<Element, number>; __n?: number; __prev?: Element; __prevSig?: string };
    const sig = (root: Element) =>
      [root, ...root.querySelectorAll('*')].slice(0, 60).map((n) => {
        const c = getComputedStyle(n);
        return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.stroke, c.strokeWidth, c.fill, c.textDecorationLine, c.backgroundColor, c.borderTopColor, c.color].join();
      }).join('|');
    const previousChanged = w.__prev ? sig(w.__prev) !== w.__prevSig : null;
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      w.__prev = undefined;
      return { stop: null, previousChanged };
    }
    w.__stops ??= new WeakMap();
    if (!w.__stops.has(el)) w.__stops.set(el, (w.__n = (w.__n ?? 0) + 1));
    w.__prev = el;
    w.__prevSig = sig(el);
    const cs = getComputedStyle(el);
    const focusVisible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const r = el.getBoundingClientRect();
    const inViewport = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width * r.height > 0;
    // Sticky or fixed boxes (a sticky header) that cover the whole visible part of the focused element.
    // The candidates are found once per walk (`pinnedBoxes`): scanning every element's style at every
    // stop made a walk quadratic in the page's size.
    let obscuredBy: string | null = null;
    const pinned = (window as unknown as { __pinned?: HTMLElement[] }).__pinned ?? [];
    for (const other of pinned) {
      const pos = getComputedStyle(other).position;
      if ((pos !== 'sticky' && pos !== 'fixed') || other.contains(el) || !other.checkVisibility()) continue;
      const o = other.getBoundingClientRect();
      const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
      if (!(o.top <= top && o.bottom >= bottom && o.left <= r.left && o.right >= r.right)) continue;
      // Covering by geometry is not enough: the sticky box must also paint above the element (a skip
      // link raised over the header with z-index is visible). Ask what is on top at its centre.
      const hit = document.elementFromPoint((Math.max(r.left, 0) + Math.min(r.right, innerWidth)) / 2, (top + bottom) / 2);
      if (hit && other.contains(hit) && !el.contains(hit)) obscuredBy = `<${other.localName} class="${other.className}">`;
    }
    const name = `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return { stop: { index: w.__stops.get(el)!, name, focusVisible, inViewport, obscuredBy }, previousChanged };
  });

/**
 * Tabs from the top of the page to the end: every tabbable must be reached once, in a single pass
 * (a trap would cycle before reaching them all), each with a visible focus indicator, in the
 * viewport and not hidden under a sticky header.
 */
export async function walk(page: Page) {
  const expected = await tabbableCount(page);
  await pinnedBoxes(page);
  const stops: Stop[] = [];
  for (let i = 0; i < expected + 30; i++) {
    await page.keyboard.press('Tab');
    const { stop, previousChanged } = await focusStop(page);
    const last = stops.at(-1);
    if (last && previousChanged) last.focusVisible = true;
    if (!stop) break; // past the last element: focus left the document
    if (stops.some((s) => s.index === stop.index)) {
      throw new Error(`focus came back to ${stop.name} after ${stops.length} stops of ${expected}: a keyboard trap or a loop`);
    }
    stops.push(stop);
  }
  // Judge coverage against the page as it is now (an island may have enhanced while Tab moved).
  await tabbableCount(page);
  return { expected, stops, missed: await missed(page) };
}


/**
 * Starts the next Tab at the top of the document, as on a fresh load: a click (the theme toggle)
 * moves the sequential focus starting point, and focusing the body moves it back.
 */
export const focusFromTop = (page: Page) =>
  page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus({ preventScroll: true });
    document.body.removeAttribute('tabindex');
  });

/**
 * The keyboard checks of a page in its current state and layout: Tab from the top reaches every
 * tabbable once, each focused with a visible indicator, in the viewport and not under a sticky box;
 * with `back`, Shift+Tab from the end then leaves through the top, reaching every stop again.
 */
export async function expectKeyboardWalk(page: Page, what: string, { back = false } = {}) {
  await focusFromTop(page);
  const { expected, stops, missed: notReached } = await walk(page);
  expect(expected, `${what}: tabbable elements`).toBeGreaterThan(0);
  expect(notReached, `${what}: tabbable elements Tab never reached`).toEqual([]);
  expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), `${what}: focused without a visible indicator`).toEqual([]);
  expect(stops.filter((s) => !s.inViewport).map((s) => s.name), `${what}: focused outside the viewport`).toEqual([]);
  expect(stops.filter((s) => s.obscuredBy).map((s) => `${s.name} under ${s.obscuredBy}`), `${what}: hidden under a sticky header`).toEqual([]);
  if (!back) return;
  const reached = new Set<number>();
  for (let i = 0; i < stops.length + 30; i++) {
    await page.keyboard.press('Shift+Tab');
    const { stop } = await focusStop(page);
    if (!stop) break;
    reached.add(stop.index);
  }
  expect(reached.size, `${what}: stops reached by Shift+Tab`).toBe(stops.length);
}
