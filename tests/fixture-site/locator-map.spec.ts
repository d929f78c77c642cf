import { test, expect } from '@playwright/test';

// A map in a story of another kind (a quake in one valley): the minimum span, a region named
// without a dot, and a toll that lights its place when selected in the chart.
const URL = '/fixture-quake-tolls/';

test.describe('the locator map of the quake fixture', () => {
  test('names the town with a dot and the region without one, and lists their events and tolls', async ({ page }) => {
    await page.goto(URL);
    const map = page.locator('ek-locator-map');
    await expect(map.getByRole('heading', { name: 'Where the quake struck' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Where the quake struck' })).toBeVisible();
    await expect(map.locator('.lm-place[data-place="northvale"] .lm-dot')).toHaveCount(1);
    await expect(map.locator('.lm-place[data-place="hill-road"] .lm-dot')).toHaveCount(0);
    await expect(map.locator('li.lm-entry[data-place="hill-road"]').getByRole('link', { name: /Toll: Hill road landslide, 4 killed/ })).toHaveAttribute('href', '#incident-hill-landslide');
    // One valley: the map still shows the region around it, with a scale bar in round kilometres.
    await expect(map.locator('.lm-scale-text')).toHaveText(/^(50|100|200) km$/);
  });

  test('a bar selected in the chart lights the place of its incident', async ({ page }) => {
    await page.goto(URL);
    await page.locator('ek-casualty-chart').scrollIntoViewIfNeeded();
    await page.locator('ek-casualty-chart').getByRole('button', { name: /^Hill road landslide/ }).click();
    await expect(page.locator('ek-locator-map .lm-place[data-place="hill-road"]')).toHaveClass(/is-linked/);
    await expect(page.locator('ek-locator-map .lm-place[data-place="northvale"]')).not.toHaveClass(/is-linked/);
  });
});
