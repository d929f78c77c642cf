import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';

// The locator map of the seed explainer: complete without JavaScript (drawing + list of places),
// labels whole and apart at every width, and linked to the timeline and the chart with JS.
const URL = '/syria-ceasefire-2016/';
const map = (page: Page) => page.locator('ek-locator-map');
const place = (page: Page, name: RegExp) => map(page).getByRole('button', { name });
const entry = (page: Page, id: string) => map(page).locator(`li.lm-entry[data-place="${id}"]`);

/** axe on the map's section only (the sitemap sweep covers whole pages). */
const mapViolations = (page: Page) => axeViolations(page, { include: 'section.locator-map' });

/** Boxes of the labels the reader sees, and of the map's frame, in CSS px. */
async function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('ek-locator-map .lm-frame')!.getBoundingClientRect();
    const texts = [...document.querySelectorAll<SVGTextElement>('ek-locator-map .lm-marks text')].filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none');
    const boxes = texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent?.trim() ?? '', label: !!t.closest('.lm-label'), x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    });
    return { frame: { x0: frame.left, x1: frame.right, y0: frame.top, y1: frame.bottom }, boxes };
  });
}

test.describe('the locator map', () => {
  test('labels every place whole, none over another, the scale bar or outside the map, from 320 to 1920 px', async ({ page }) => {
    test.skip(test.info().project.name !== 'desktop', 'widths are set here');
    await page.goto(URL);
    for (const width of [320, 375, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await map(page).scrollIntoViewIfNeeded();
      const { frame, boxes } = await labelBoxes(page);
      // One visible label per place of the story (countries named only for orientation may give way).
      const names = boxes.filter((b) => b.label).map((b) => b.text);
      expect(names, `at ${width}px`).toEqual(expect.arrayContaining(['Aleppo', 'Amman', 'Damascus', 'Geneva', 'Homs', 'Iran', 'Munich', 'Russia', 'Saudi Arabia', 'Syria', 'Turkey']));
      expect(new Set(names).size, `each name once at ${width}px`).toBe(names.length);
      for (const b of boxes) {
        expect(b.text, `at ${width}px`).not.toMatch(/…$/);
        expect(b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1, `"${b.text}" inside the map at ${width}px`).toBe(true);
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `"${a.text}" and "${b.text}" overlap at ${width}px`).toBe(true);
        }
    }
  });

  test('selecting a place with the keyboard highlights it, its list entry and its toll in the chart', async ({ page }) => {
    await page.goto(URL);
    await map(page).scrollIntoViewIfNeeded();
    await expect(map(page)).toHaveAttribute('data-enhanced', '');
    const first = map(page).locator('.lm-place[role="button"]').first();
    await first.focus();
    // One Tab stop: the others wait for the arrow keys.
    await expect(map(page).locator('.lm-place[tabindex="0"]')).toHaveCount(1);
    for (let i = 0; i < 8 && !(await place(page, /^Damascus/).evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
    await expect(place(page, /^Damascus/)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(place(page, /^Damascus/)).toHaveAttribute('aria-pressed', 'true');
    await expect(entry(page, 'damascus')).toHaveClass(/is-linked/);
    await expect(page.locator('ek-casualty-chart').getByRole('button', { name: /^Damascus bombings/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(place(page, /^Damascus/)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a bar selected in the chart highlights the places of its incident; a total, all of them', async ({ page }) => {
    await page.goto(URL);
    await page.locator('ek-casualty-chart').scrollIntoViewIfNeeded();
    await page.locator('ek-casualty-chart').getByRole('button', { name: /^Homs bombings/ }).click();
    await expect(map(page).locator('.lm-place[data-place="homs"]')).toHaveClass(/is-linked/);
    await expect(map(page).locator('.lm-place[data-place="damascus"]')).not.toHaveClass(/is-linked/);
    await page.locator('ek-casualty-chart').getByRole('button', { name: /^Damascus and Homs together/ }).first().click();
    await expect(map(page).locator('.lm-place.is-linked')).toHaveCount(2);
  });

  test('an event selected on the timeline highlights the place it happened in', async ({ page }) => {
    await page.goto(URL);
    await page.locator('ek-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await page.locator('ek-timeline svg.timeline-svg:visible a[data-event="homs-bombings"]').click();
    await expect(map(page).locator('.lm-place[data-place="homs"]')).toHaveClass(/is-linked/);
    await expect(entry(page, 'homs')).toHaveClass(/is-linked/);
    await expect(map(page).locator('.lm-place[data-place="damascus"]')).not.toHaveClass(/is-linked/);
  });

  test('a link to a place opens the page with that place selected', async ({ page }) => {
    await page.goto(`${URL}#place-homs`);
    await expect(place(page, /^Homs/)).toHaveAttribute('aria-pressed', 'true');
  });

  test('has no axe violations before any script runs (as served: the no-JavaScript page)', async ({ page }) => {
    test.setTimeout(90_000);
    // The page's own scripts are blocked, so axe (injected by Playwright) sees the HTML as served.
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(URL);
    await expect(map(page)).not.toHaveAttribute('data-enhanced', '');
    expect(await mapViolations(page)).toEqual([]);
  });

  test('has no axe violations once interactive', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(URL);
    await map(page).scrollIntoViewIfNeeded();
    await expect(map(page)).toHaveAttribute('data-enhanced', '');
    expect(await mapViolations(page)).toEqual([]);
  });
});

test.describe('the locator map without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('draws the places and lists each with what happened there, linked to its events and tolls', async ({ page }) => {
    await page.goto(URL);
    const list = map(page).getByRole('list', { name: 'Places in this story' });
    await expect(list).toBeVisible();
    await expect(map(page).getByRole('img', { name: /^Map of the places in this story: .*Amman.*Also marked: Syria/ })).toBeVisible();
    const homs = entry(page, 'homs');
    await expect(homs.getByRole('link', { name: /Bombings in Homs kill at least 59 people/ })).toHaveAttribute('href', '#event-homs-bombings');
    await expect(homs.getByRole('link', { name: /Toll: Homs bombings, at least 59 killed/ })).toHaveAttribute('href', '#incident-homs-bombings');
    await expect(map(page).locator('.lm-also')).toContainText('Aleppo (city, Syria, named in the report: ¶12)');
    await expect(map(page).getByRole('button')).toHaveCount(0);
  });
});
