import { test, expect, type Page, type Locator } from '@playwright/test';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { formatEventDate } from '../../src/lib/format';
import { ROOT } from '../helpers/content-fixture';
import { axeViolations } from '../helpers/axe';

const URL = '/syria-ceasefire-2016/';
const all = readContentDir(ROOT).input.events.filter((e) => e.explainer === 'syria-ceasefire-2016');
/**
 * Events in the order of the page's list (time order; explainer.spec.ts checks it), read once from
 * the built page: the keyboard must follow the same order.
 */
let events: typeof all = [];
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(URL);
  const ids = await page.locator('.timeline-event').evaluateAll((els) => els.map((el) => el.id.replace(/^event-/, '')));
  events = ids.map((id) => all.find((e) => e.id === id)!);
  expect(events).toHaveLength(all.length);
  await page.close();
});
const announce = (e: (typeof events)[number]) => `${formatEventDate(e.date, e.precision ?? 'day')}: ${e.title}`;

/** The timeline drawing the reader sees: horizontal on wide screens, vertical on phones. */
const drawing = (page: Page) => page.locator('svg.timeline-svg:visible');
const marks = (page: Page) => drawing(page).getByRole('link');
const mark = (page: Page, id: string) => drawing(page).locator(`a[data-event="${id}"]`);
const timeline = (page: Page) => page.locator('ek-timeline');

async function enhanced(page: Page) {
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(timeline(page)).toHaveAttribute('data-enhanced', '');
}

async function firstMarkFocused(page: Page): Promise<Locator> {
  await enhanced(page);
  // Tab in from the control just before the drawing.
  await page.getByRole('checkbox').last().focus();
  await page.keyboard.press('Tab');
  const first = marks(page).first();
  await expect(first).toBeFocused();
  return first;
}

// The drawing differs by device (horizontal on wide screens, vertical on phones): @phone runs it on both.
test.describe('the diplomacy timeline without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });

  test('draws one labelled mark per event, each a link to its entry in the list', async ({ page }) => {
    await page.goto(URL);
    await expect(marks(page)).toHaveCount(events.length);
    for (const e of events) {
      const m = mark(page, e.id);
      await expect(m).toHaveAttribute('aria-label', new RegExp(`^${escape(announce(e))}`));
      await expect(m).toHaveAttribute('href', `#event-${e.id}`);
    }
    await expect(drawing(page).locator('title')).toHaveText(/Timeline/);
    await expect(drawing(page).locator('desc')).toContainText(`${events.length} events`);
  });

  test('tells expected, context and span events apart in the drawing', async ({ page }) => {
    await page.goto(URL);
    await expect(mark(page, 'obama-putin-talk')).toHaveAttribute('aria-label', /Expected at the time of the report/);
    await expect(mark(page, 'obama-putin-talk')).toHaveClass(/mark--expected/);
    await expect(mark(page, 'unsc-2268')).toHaveAttribute('aria-label', /Context from another source/);
    await expect(mark(page, 'unsc-2268').locator('.shape')).toHaveAttribute('d', /L/); // a diamond, not a circle
    await expect(mark(page, 'kerry-announces').locator('.shape')).toHaveAttribute('d', /A/);
    await expect(mark(page, 'aid-shipments').locator('.bar')).toBeVisible();
    await expect(mark(page, 'deadline-passes').locator('.bar')).toBeVisible();
  });

  test('a mark leads to its event in the list', async ({ page }) => {
    await page.goto(URL);
    await mark(page, 'homs-bombings').click();
    await expect(page).toHaveURL(/#event-homs-bombings$/);
    await expect(page.locator('#event-homs-bombings')).toBeInViewport();
  });

});

test('has no axe violations before enhancement', async ({ page }) => {
  // Keep the interactive chunk from loading: the page as it is before (or without) enhancement.
  await page.route(/\/timeline-enhance\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto(URL);
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-controls]')).toBeHidden();
  await expect(timeline(page)).not.toHaveAttribute('data-enhanced');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the enhanced diplomacy timeline', () => {
  test('loads its interactive code only when the timeline comes into view', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(URL);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /\/timeline-enhance\.[\w-]+\.js$/.test(u))).toEqual([]);
    await expect(timeline(page)).not.toHaveAttribute('data-enhanced');
    await enhanced(page);
    expect(requested.filter((u) => /\/timeline-enhance\.[\w-]+\.js$/.test(u))).toHaveLength(1);
  });

  test('is one tab stop; arrows move in time order, Home/End to the ends', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    const first = await firstMarkFocused(page);
    await expect(first).toHaveAttribute('data-event', events[0].id);
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, events[2].id)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('End');
    await expect(mark(page, events.at(-1)!.id)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, events[0].id)).toBeFocused();
    // Only the current mark is in the tab order: Tab leaves the drawing.
    await expect(drawing(page).locator('a.mark[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(drawing(page).locator('a.mark:focus')).toHaveCount(0);
  });

  test('Enter selects: details panel, a "date: title" announcement, the address replaced', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    const kerry = events.findIndex((e) => e.id === 'kerry-announces');
    for (let i = 0; i < kerry; i++) await page.keyboard.press('ArrowRight');
    await expect(mark(page, 'kerry-announces')).toBeFocused();
    const historyLength = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    const e = events[kerry];
    await expect(mark(page, 'kerry-announces')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[data-live]')).toHaveText(announce(e));
    await expect(page.locator('[data-live]')).toHaveAttribute('aria-live', 'polite');
    const details = page.locator('[data-details]');
    await expect(details.getByRole('heading', { level: 3 })).toHaveText(e.title);
    await expect(details).toContainText(e.description.trim().slice(0, 40));
    await expect(page).toHaveURL(new RegExp(`#event-kerry-announces$`));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // Space selects as well.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect(page.locator('[data-live]')).toHaveText(announce(events[kerry + 1]));
  });

  test('a click or tap on a mark selects it; hovering shows its date and title', { tag: '@phone' }, async ({ page, isMobile }) => {
    await page.goto(URL);
    await enhanced(page);
    const m = mark(page, 'homs-bombings');
    if (!isMobile) {
      await m.hover();
      await expect(page.locator('.timeline-tooltip')).toHaveText(announce(events.find((e) => e.id === 'homs-bombings')!));
    }
    await m.click();
    await expect(m).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#event-homs-bombings$/);
  });

  test('zooms with +, − and reset, and pans by dragging', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone layout scrolls vertically instead of zooming');
    await page.goto(URL);
    await enhanced(page);
    const plot = drawing(page).locator('[data-plot]');
    const first = mark(page, events[0].id);
    const x0 = (await first.boundingBox())!.x;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(plot).toHaveAttribute('transform', /scale\(2\.0000,1\)/);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(plot).toHaveAttribute('transform', /scale\(4\.0000,1\)/);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(plot).toHaveAttribute('transform', /scale\(2\.0000,1\)/);
    // Drag from an empty spot of the drawing towards the right: earlier events come into view.
    const box = (await drawing(page).boundingBox())!;
    const before = await plot.getAttribute('transform');
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + 8, { steps: 5 });
    await page.mouse.up();
    await expect(plot).not.toHaveAttribute('transform', before!);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect(plot).toHaveAttribute('transform', /translate\(0\.00,0\) scale\(1\.0000,1\)/);
    expect(Math.abs((await first.boundingBox())!.x - x0)).toBeLessThan(1);
  });

  test('arrow keys pan a zoomed timeline to keep the focused event in view', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone layout scrolls vertically instead of zooming');
    await page.goto(URL);
    await enhanced(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Reset zoom' }).focus();
    await firstMarkFocused(page);
    await page.keyboard.press('End');
    const last = mark(page, events.at(-1)!.id);
    await expect(last).toBeFocused();
    const svg = (await drawing(page).boundingBox())!;
    await expect(async () => {
      const b = (await last.locator('.shape, .bar').first().boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(svg.x);
      expect(b.x + b.width).toBeLessThanOrEqual(svg.x + svg.width);
    }).toPass();
  });

  test('the lane filter hides a lane, in the drawing and the list, and the keys skip it', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await page.getByRole('checkbox', { name: 'Diplomacy' }).uncheck();
    const diplomacy = events.filter((e) => e.lane === 'diplomacy');
    for (const e of diplomacy) {
      await expect(mark(page, e.id)).toBeHidden();
      await expect(page.locator(`#event-${e.id}`)).toBeHidden();
    }
    const rest = events.filter((e) => e.lane !== 'diplomacy');
    await page.getByRole('checkbox').last().focus();
    await page.keyboard.press('Tab');
    await expect(mark(page, rest[0].id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, rest[1].id)).toBeFocused();
    await page.getByRole('checkbox', { name: 'Diplomacy' }).check();
    await expect(mark(page, diplomacy[0].id)).toBeVisible();
  });

  test('copies a link to an event', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(URL);
    await enhanced(page);
    const item = page.locator('#event-unsc-2268');
    await item.getByRole('button', { name: /^Copy link to “The UN Security Council endorses/ }).click();
    await expect(item.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${URL}#event-unsc-2268`);
  });

  test('tells the other islands which incident is selected, and highlights theirs', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const sent = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener('explainer:select', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await mark(page, 'damascus-bombings').click();
    expect(await sent).toEqual({ explainer: 'syria-ceasefire-2016', source: 'timeline', eventId: 'damascus-bombings', incident: 'damascus-bombings' });
    await page.evaluate(() =>
      document.dispatchEvent(
        new CustomEvent('explainer:select', { detail: { explainer: 'syria-ceasefire-2016', source: 'casualties', incident: 'homs-bombings' } }),
      ),
    );
    await expect(mark(page, 'homs-bombings')).toHaveClass(/is-linked/);
    await expect(mark(page, 'damascus-bombings')).not.toHaveClass(/is-linked/);
    await expect(page.locator('#event-homs-bombings')).toHaveClass(/is-linked/);
  });

  test('a deep link opens with its event selected and in view', { tag: '@phone' }, async ({ page }) => {
    await page.goto(`${URL}#event-assad-interview`);
    const m = mark(page, 'assad-interview');
    await expect(m).toHaveAttribute('aria-current', 'true');
    await expect(m.locator('.shape')).toBeInViewport();
    await expect(page.locator('[data-details]').getByRole('heading', { level: 3 })).toHaveText(events.find((e) => e.id === 'assad-interview')!.title);
  });

  test('a deep link to a late event pans a zoomed-in timeline to it', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone layout has no zoom');
    await page.goto(`${URL}#event-cessation-begins`);
    await expect(mark(page, 'cessation-begins')).toHaveAttribute('aria-current', 'true');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(mark(page, 'cessation-begins').locator('.shape')).toBeInViewport();
  });

  test('has no axe violations once enhanced, with an event selected', { tag: '@phone' }, async ({ page }) => {
    test.slow(); // two full-page axe runs
    await page.goto(URL);
    await enhanced(page);
    expect(await axeViolations(page)).toEqual([]);
    await mark(page, 'kerry-announces').click();
    await expect(page.locator('[data-details]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the timeline on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('runs vertically, in time order, without sideways scrolling', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await expect(page.locator('svg.timeline-svg--vertical')).toBeVisible();
    await expect(page.locator('svg.timeline-svg--horizontal')).toBeHidden();
    const ys: number[] = [];
    for (const e of events) ys.push((await mark(page, e.id).locator('.shape, .bar').first().boundingBox())!.y);
    // Point events go down the page in time order (spans start at their earliest possible date).
    const points = events.map((e, i) => ({ e, y: ys[i] })).filter(({ e }) => (e.precision ?? 'day') === 'day');
    for (let i = 1; i < points.length; i++) expect(points[i].y).toBeGreaterThan(points[i - 1].y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('arrow keys move down the vertical timeline', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    await page.keyboard.press('ArrowDown');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-live]')).toHaveText(announce(events[1]));
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('zooms without animated transitions', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone layout has no zoom');
    await page.goto(URL);
    await enhanced(page);
    // The new transform is in place in the same task as the click: no animation frames between.
    const transform = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-zoom="in"]')!.click();
      return document.querySelector('svg.timeline-svg--horizontal [data-plot]')!.getAttribute('transform');
    });
    expect(transform).toMatch(/scale\(2\.0000,1\)/);
    const duration = await mark(page, 'kerry-announces').locator('.shape').evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('animates the zoom (so the reduced-motion test above can fail)', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the phone layout has no zoom');
    await page.goto(URL);
    await enhanced(page);
    const transform = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-zoom="in"]')!.click();
      return document.querySelector('svg.timeline-svg--horizontal [data-plot]')!.getAttribute('transform');
    });
    expect(transform).toMatch(/scale\(1\.0000,1\)/);
    await expect(drawing(page).locator('[data-plot]')).toHaveAttribute('transform', /scale\(2\.0000,1\)/);
  });
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
