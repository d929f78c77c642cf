import { test, expect, type Page } from '@playwright/test';

// Two <Timeline>s on one page (tests/fixtures/site/content/explainers/fixture-ids.mdx): each has its
// own ids, controls, keyboard path, zoom and addresses. The first keeps the plain ids (#event-<id>,
// the links teachers share); the second's are namespaced (src/lib/ids.ts, claimIsland).
const FIXTURE = `http://localhost:${process.env.FIXTURE_PORT ?? Number(process.env.PORT ?? 4321) + 1000}`;
const URL = `${FIXTURE}/fixture-ids/`;
const FIRST = 'The strike, day by day';
const SECOND = 'The strike and the port';

const region = (page: Page, name: string) => page.getByRole('region', { name });
const drawing = (page: Page, name: string) => region(page, name).locator('svg.timeline-svg:visible');
const marks = (page: Page, name: string) => drawing(page, name).getByRole('link');
const details = (page: Page, name: string) => region(page, name).locator('[data-details]').getByRole('heading', { level: 3 });

async function enhanced(page: Page, name: string) {
  const island = region(page, name).locator('ek-timeline');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-enhanced', '');
}
/** The page, with both timelines running. */
async function open(page: Page) {
  await page.goto(URL);
  await enhanced(page, FIRST);
  await enhanced(page, SECOND);
}

test.describe('two timelines on one page', { tag: '@phone' }, () => {
  test('no element id is used twice, with both timelines running and the second one zoomed', async ({ page, isMobile }) => {
    await open(page);
    if (!isMobile) {
      await region(page, SECOND).getByRole('button', { name: 'Zoom in' }).click();
      await expect(region(page, SECOND).locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '2');
    }
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The first keeps the permalinks readers share; the second answers to its own.
    await expect(page.locator('#event-strike-begins')).toHaveCount(1);
    await expect(region(page, FIRST).locator('#event-strike-begins')).toHaveCount(1);
    await expect(region(page, SECOND).locator('#ek-timeline2-event-strike-begins')).toHaveCount(1);
    // Each mark leads (without JavaScript) to its own timeline's list.
    await expect(drawing(page, SECOND).locator('a[data-event="ferries-run"]')).toHaveAttribute('href', '#ek-timeline2-event-ferries-run');
    await expect(drawing(page, FIRST).locator('a[data-event="ferries-run"]')).toHaveAttribute('href', '#event-ferries-run');
  });

  test("each timeline's keys move through its own events only", async ({ page }) => {
    await open(page);
    await marks(page, SECOND).first().focus();
    await page.keyboard.press('End');
    await expect(marks(page, SECOND).last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(details(page, SECOND)).toHaveText('Talks due to resume under a mediator');
    expect(new globalThis.URL(page.url()).hash).toBe('#ek-timeline2-event-talks-resume');
    // The first timeline's keyboard stop and panel did not move.
    await expect(marks(page, FIRST).first()).toHaveAttribute('tabindex', '0');
    await expect(details(page, FIRST)).toHaveText('A crane collapses at the container terminal');
    await marks(page, FIRST).first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(marks(page, FIRST).nth(1)).toBeFocused();
    await expect(marks(page, SECOND).last()).toHaveAttribute('tabindex', '0');
  });

  test("a lane filter hides that lane in its own timeline only", async ({ page }) => {
    await open(page);
    await region(page, SECOND).getByRole('checkbox', { name: 'Port' }).uncheck();
    await expect(drawing(page, SECOND).locator('a[data-event="ferries-run"]')).toHaveClass(/is-filtered/);
    await expect(drawing(page, FIRST).locator('a[data-event="ferries-run"]')).not.toHaveClass(/is-filtered/);
    await expect(region(page, FIRST).getByRole('checkbox', { name: 'Port' })).toBeChecked();
  });

  test('an address names an event in one timeline: #event-… the first, the namespaced one the second', async ({ page }) => {
    await page.goto(`${URL}#ek-timeline2-event-ferries-run`);
    await expect(region(page, SECOND).locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await expect(details(page, SECOND)).toHaveText('Ferries keep running');
    await enhanced(page, FIRST);
    await expect(details(page, FIRST)).toHaveText('A crane collapses at the container terminal');

    await page.goto(`${URL}#event-ferries-run`);
    await expect(region(page, FIRST).locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await expect(details(page, FIRST)).toHaveText('Ferries keep running');
  });
});

test.describe('two timelines on one page (wide screens)', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone drawing has no zoom');

  test("zooming one timeline leaves the other's zoom and controls alone", async ({ page }) => {
    await open(page);
    await marks(page, FIRST).first().focus();
    await page.keyboard.press('+');
    await expect(region(page, FIRST).locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '2');
    await expect(region(page, SECOND).locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '1');
    await expect(region(page, FIRST).getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    await expect(region(page, SECOND).getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    await region(page, SECOND).getByRole('button', { name: 'Zoom in' }).click();
    await region(page, SECOND).getByRole('button', { name: 'Zoom in' }).click();
    await expect(region(page, SECOND).locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '4');
    await expect(region(page, FIRST).locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '2');
  });
});
