import { test, expect, type Page } from '@playwright/test';

// An earthquake told by the hour (tests/fixtures/site/content/events/fixture-korath-quake.yaml): a
// timed aftershock written before the day-only events of the same day.
const URL = '/fixture-korath-quake/';
const STORY_ORDER = ['quake-strikes', 'aftershock', 'toll-climbs', 'rescuers-search', 'mourning'];

const drawing = (page: Page) => page.locator('svg.timeline-svg:visible');
const timeline = (page: Page) => page.locator('ek-timeline');

test.describe('a timeline of hours', () => {
  test('the axis names each day on its first tick, never hours alone', async ({ page }) => {
    await page.goto(URL);
    const labels = (await drawing(page).locator('.tick text').allTextContents()).map((t) => t.trim());
    expect(labels[0]).toMatch(/^\d{1,2} Nov/);
    expect(labels).toContain('8 Nov');
    expect(labels.some((l) => /^\d\d:\d\d$/.test(l))).toBe(true);
  });

  test('a day-only event is drawn as its whole day, from one midnight to the next, and listed by its day alone', async ({ page }) => {
    await page.goto(URL);
    const tick = drawing(page).locator('.tick', { hasText: /^8 Nov$/ });
    const midnight = (await tick.locator('line').boundingBox())!.x;
    const bar = drawing(page).locator('a[data-event="toll-climbs"] rect.bar');
    const box = (await bar.boundingBox())!;
    expect(Math.abs(box.x - midnight)).toBeLessThan(2);
    // The day is 24 hours: as wide as eight 3-hour steps of the axis.
    const ticks = await drawing(page).locator('.tick line').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().x));
    const step = ticks[1] - ticks[0];
    expect(box.width).toBeGreaterThan(step * 24 / 3 - 3);
    await expect(page.locator('#event-toll-climbs time')).toHaveText('8 November 2031');
  });

  test('the list, the marks and the default selection follow the story order: the timed aftershock before the day-only events it was written before', async ({ page }) => {
    await page.goto(URL);
    expect(await page.locator('.timeline-event').evaluateAll((els) => els.map((el) => el.id.replace(/^event-/, '')))).toEqual(STORY_ORDER);
    await timeline(page).scrollIntoViewIfNeeded();
    await expect(timeline(page)).toHaveAttribute('data-enhanced', '');
    await expect(page.locator('[data-details]').getByRole('heading', { level: 3 })).toHaveText('A magnitude 6.4 earthquake strikes western Korath');
    const first = drawing(page).getByRole('link').first();
    await first.focus();
    const visited: (string | null)[] = [await first.getAttribute('data-event')];
    for (let i = 1; i < STORY_ORDER.length; i++) {
      await page.keyboard.press('ArrowRight');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? null));
    }
    expect(visited).toEqual(STORY_ORDER);
  });
});
