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

// A flood in one town: the map embed of a story unlike the seed, and an explainer without a map
// that is not offered one.
test.describe('the locator map embed of the flood fixture', () => {
  test('shows the town and the district the report names, links its event to the article, and names its source', async ({ page }) => {
    await page.goto('/embed/fixture-riverside-flood/map/');
    await expect(page.getByRole('heading', { name: 'Where the river flooded' })).toBeVisible();
    await expect(page.locator('.lm-place[data-place="millbrook"] .lm-dot')).toBeVisible();
    await expect(page.locator('.lm-also')).toHaveText('Also on the map: Eastside (region, named in the report: ¶5).');
    const event = page.getByRole('list', { name: 'Places in this story' }).getByRole('link', { name: /The river Alder bursts its banks/ });
    await expect(event).toHaveAttribute('href', /\/fixture-riverside-flood\/#event-river-bursts$/);
    await expect(event).toHaveAttribute('target', '_top');
    await expect(page.getByText(/^Source: Agency report \(Fixture wire\), Millbrook, 15 October 2031$/)).toBeVisible();
  });

  test('the embed box offers the map only where the explainer has one', async ({ page }) => {
    await page.goto('/fixture-riverside-flood/');
    const flood = page.getByRole('region', { name: /embed this explainer/i });
    await flood.locator('summary').click();
    await expect(flood.getByRole('heading', { name: /locator map/i })).toBeVisible();
    await page.goto('/fixture-harbour-strike/');
    const box = page.getByRole('region', { name: /embed this explainer/i });
    await box.locator('summary').click();
    await expect(box.getByRole('heading', { name: /timeline/i })).toBeVisible();
    await expect(box.getByRole('heading', { name: /locator map/i })).toHaveCount(0);
    expect((await page.request.get('/embed/fixture-harbour-strike/map/')).status()).toBe(404);
  });
});
