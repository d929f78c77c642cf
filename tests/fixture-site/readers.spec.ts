import { test, expect } from '@playwright/test';

// Reader features on the fixture site's explainer (another subject, another slug, an update date):
// nothing in citations, embeds, feeds, share meta or search is tied to the seed explainer.
const URL = '/fixture-harbour-strike/';

test.describe('reader features on another explainer (fixture site)', () => {
  test('"Cite this page" is built from its own front matter', async ({ page }) => {
    await page.goto(URL);
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await expect(cite.locator('#citation-apa')).toContainText('Fixture: the Portvale dock strike.');
    await expect(cite.locator('#citation-mla')).toContainText('Mar. 2030');
    await expect(cite.locator('#citation-chicago')).toContainText(/\/fixture-harbour-strike\/\.$/);
    await expect(page.locator('body')).not.toContainText(/Syria|Damascus/);
  });

  test('its embed pages, share image, feed item and search result exist', async ({ page, request }) => {
    const embed = await request.get('/embed/fixture-harbour-strike/timeline/');
    expect(embed.status()).toBe(200);
    expect(await embed.text()).toContain('id="event-crane-collapse"');
    expect((await request.get('/embed/fixture-harbour-strike/casualties/')).status()).toBe(200);
    const og = await request.get('/og/fixture-harbour-strike.png');
    expect(og.headers()['content-type']).toContain('image/png');
    expect(await (await request.get('/rss.xml')).text()).toContain('<title>Fixture: the Portvale dock strike</title>');

    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the explainers' }).fill('crane');
    await page.keyboard.press('Enter');
    await expect(page.locator('search-box').getByRole('link', { name: 'Fixture: the Portvale dock strike' })).toBeVisible({ timeout: 10_000 });
  });
});
