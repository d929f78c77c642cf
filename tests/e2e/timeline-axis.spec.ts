import { test, expect } from '@playwright/test';

// The months-long fixture (tests/fixtures/site/content/events/fixture-valley-siege.yaml): events in
// April, one around 20 June, six and more on 5 September.
const FIXTURE = `http://localhost:${process.env.FIXTURE_PORT ?? Number(process.env.PORT ?? 4321) + 1000}`;
const URL = `${FIXTURE}/fixture-valley-siege/`;

test.describe('a story that spans months', () => {
  test.skip(({ isMobile }) => isMobile, 'the widths are set here');

  for (const width of [1280, 375]) {
    test(`at ${width} px the axis breaks where nothing happens, and the key says so`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(URL);
      const island = page.locator('ek-timeline');
      await island.scrollIntoViewIfNeeded();
      await expect(island).toHaveAttribute('data-enhanced', '');
      const svg = page.locator('svg.timeline-svg:visible');
      await expect(svg.locator('.axis-break')).toHaveCount(2);
      for (const b of await svg.locator('.axis-break').all()) await expect(b).toBeVisible();
      await expect(page.locator('.timeline-legend')).toContainText('Time left out (a long gap)');
      // Time order survives the breaks: April above/before June before September.
      const at = async (id: string) => {
        const b = (await svg.locator(`a[data-event="${id}"] .shape`).boundingBox())!;
        return width < 640 ? b.y : b.x;
      };
      expect(await at('siege-begins')).toBeLessThan(await at('water-plant'));
      expect(await at('water-plant')).toBeLessThan(await at('ceasefire-signed'));
      if (width < 640) {
        // The crowded day is drawn larger and named, its events inside it.
        await expect(svg.locator('.axis-enlarged')).toHaveCount(1);
        await expect(svg.locator('.tick--day text')).toHaveText('5 Sep');
        const day = (await svg.locator('.axis-enlarged').boundingBox())!;
        for (const id of ['ceasefire-signed', 'convoy-enters', 'observers-promised']) {
          const y = await at(id);
          expect(y).toBeGreaterThanOrEqual(day.y - 8);
          expect(y).toBeLessThanOrEqual(day.y + day.height);
        }
      } else {
        // Not squeezed against the right edge: the cluster stands inside the drawing with its labels.
        const box = (await svg.boundingBox())!;
        expect(await at('ceasefire-signed')).toBeLessThan(box.x + box.width - 40);
      }
    });
  }

  test('"around 20 June" is drawn as a day either side of that day, to the same scale as April', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(URL);
    const g = await page.locator('[data-pan] svg').evaluate((svg) => {
      const tx = (el: Element | null) => Number(/translate\(([-\d.]+)/.exec(el?.getAttribute('transform') ?? '')?.[1]);
      const tick = (label: string) => tx([...svg.querySelectorAll('.tick')].find((t) => t.textContent === label) ?? null);
      const xs = (svg.querySelector('a[data-event="water-plant"] .extent')!.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number).filter((_, i) => i % 2 === 0);
      return { perDay: (tick('13 Apr') - tick('6 Apr')) / 7, width: Math.max(...xs) - Math.min(...xs) };
    });
    expect(g.width).toBeCloseTo(2 * g.perDay, 0);
  });

  test('tick labels never clip at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(URL);
    const svg = page.locator('svg.timeline-svg--vertical');
    const box = (await svg.boundingBox())!;
    const ticks = svg.locator('.tick text');
    expect(await ticks.count()).toBeGreaterThan(3);
    for (const t of await ticks.all()) {
      const b = (await t.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
    }
    await expect(svg.locator('.tick text').filter({ hasText: /^(y|ul|ep) / })).toHaveCount(0);
  });
});
