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
    // The day is 24 hours: as wide as 24 / h steps of the axis, where the tick after midnight reads "hh:00".
    const ticks = await drawing(page).locator('.tick').evaluateAll((gs) => gs.map((g) => ({ x: g.querySelector('line')!.getBoundingClientRect().x, text: g.textContent!.trim() })));
    const i = ticks.findIndex((t) => t.text === '8 Nov');
    const hours = Number(/^(\d\d):00$/.exec(ticks[i + 1].text)![1]);
    const step = ticks[i + 1].x - ticks[i].x;
    expect(box.width).toBeGreaterThan((step * 24) / hours - 3);
    expect(box.width).toBeLessThan((step * 24) / hours + 3);
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

  test('the hours are read on the story\'s own clock, as the panel gives them, and the axis says which', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('.timeline-zone')).toHaveText('Hours on the axis in GMT+5:45');
    // The quake struck at 23:47 local time: 13 minutes before the 8 November midnight tick, not at 18:02.
    const x = async (sel: string) => (await drawing(page).locator(sel).first().boundingBox())!;
    const midnight = (await x('.tick:has-text("8 Nov") line')).x;
    const quake = await x('a[data-event="quake-strikes"] .shape');
    const after = await x('a[data-event="aftershock"] .shape');
    const perMinute = (after.x - quake.x) / (6 * 60 + 33);
    expect(midnight - (quake.x + quake.width / 2)).toBeCloseTo(13 * perMinute, -0.5);
  });
});
