import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';

// tests/fixtures/site/content/figures/fixture-quake-tolls.yaml: the quake toll is revised twice
// (at least 12 → at least 19 → about 25), the landslide once (between 3 and 5 → 4). Times are shown
// in the zone the editor wrote them in (2031-05-03T18:00+02:00 → "18:00 GMT+2").
const URL = '/fixture-quake-tolls/';

const chart = (page: Page) => page.locator('ek-casualty-chart');
const row = (page: Page, incident: string) => chart(page).locator(`.cc-row[data-incident="${incident}"]`);
const control = (page: Page) => chart(page).getByRole('group', { name: 'Show tolls' });

async function enhanced(page: Page) {
  await chart(page).scrollIntoViewIfNeeded();
  await expect(chart(page).getByRole('button').first()).toBeVisible();
}

test.describe('a casualty chart with revised tolls', () => {
  test('shows the latest toll with a mark where the first report stood, and says both', async ({ page }) => {
    await page.goto(URL);
    await expect(control(page).getByRole('radio', { name: 'Latest' })).toBeChecked();
    const quake = row(page, 'valley-quake');
    await expect(quake.locator('.cc-value:visible')).toHaveText(['about 25 killed ·', 'revised 3 May 2031 at 18:00 GMT+2', 'first reported as at least 12']);
    await expect(quake.locator('.cc-revision:visible .cc-first-mark')).toHaveCount(1);
    // Lines are zero-width boxes, which Playwright never calls visible: check the view they are in.
    await expect(quake.locator('.cc-view--latest')).toBeVisible();
    await expect(quake.locator('.cc-view--latest .cc-about')).toHaveCount(1);
    await expect(quake.locator('.cc-view--first')).toBeHidden();
    const slide = row(page, 'hill-landslide');
    await expect(slide.locator('.cc-value:visible')).toHaveText(['4 killed · revised 2 May 2031', 'first reported as between 3 and 5']);
    await expect(slide.locator('.cc-view--latest .cc-cap')).toHaveCount(1);
    await expect(slide.locator('.cc-view--latest .cc-range')).toHaveCount(0);
    await expect(chart(page).locator('figcaption')).toContainText('Figures as reported 1 May 2031 – 3 May 2031 at 18:00 GMT+2.');
    await expect(chart(page).locator('figcaption')).toContainText('A dashed tick marks where the first report stood');
  });

  test('lists every report in the table with its time and source, the first one first', async ({ page }) => {
    await page.goto(URL);
    await page.getByText('The figures as a table, with their sources').click();
    const table = page.getByRole('table', { name: /reported deaths by incident/i });
    const quakeRows = table.locator('tr[data-incident="valley-quake"]');
    await expect(quakeRows).toHaveCount(3);
    // The page cites two reports of one outlet, so each ¶ link names its report by day.
    await expect(quakeRows.nth(0)).toContainText('at least 12');
    await expect(quakeRows.nth(0)).toContainText('First report1 May 2031');
    await expect(quakeRows.nth(1)).toContainText('at least 19');
    await expect(quakeRows.nth(1)).toContainText('Revision 12 May 2031 at 09:30 GMT');
    await expect(quakeRows.nth(1).getByRole('link', { name: 'agency report (Fixture wire), 3 May 2031, paragraph 4' })).toBeVisible();
    await expect(quakeRows.nth(2)).toContainText('about 25');
    await expect(quakeRows.nth(2).locator('time')).toHaveAttribute('datetime', '2031-05-03T18:00+02:00');
    await expect(quakeRows.nth(2).getByRole('link', { name: 'agency report (Fixture wire), 3 May 2031, paragraph 5' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Valley earthquake' })).toHaveAttribute('rowspan', '3');
  });

  test('switches between "as first reported" and "latest", bars, words and sums together', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const quake = chart(page).getByRole('button', { name: /^Valley earthquake/ });
    await expect(quake).toHaveAccessibleName(/^Valley earthquake — about 25 killed · revised 3 May 2031 at 18:00 GMT\+2 first reported as at least 12\. .*paragraph 5\.$/);
    await control(page).getByRole('radio', { name: 'As first reported' }).check();
    await expect(row(page, 'valley-quake').locator('.cc-value:visible')).toHaveText(['at least 12 killed ·', 'first reported 1 May 2031']);
    await expect(row(page, 'valley-quake').locator('.cc-open:visible')).toHaveCount(1);
    await expect(row(page, 'hill-landslide').locator('.cc-range:visible')).toHaveCount(1);
    await expect(quake).toHaveAccessibleName(/^Valley earthquake — at least 12 killed · first reported 1 May 2031\. .*paragraph 1\.$/);
    await expect(chart(page).locator('.cc-row--total .cc-value:visible')).toContainText(['added up: at least 15', /^\(Northvale valley 12/]);
    await expect(chart(page).locator('.cc-note')).toHaveText(/add up to at least 15 .* the same as the source's total .* more than 15\./);
    await expect(chart(page).locator('[data-cc-live]')).toHaveText('Showing tolls as first reported.');
    await expect(chart(page).locator('figure.cc-figure')).toHaveAccessibleDescription(/^At least 12 killed in Northvale valley/);

    await control(page).getByRole('radio', { name: 'Latest' }).check();
    await expect(quake).toHaveAccessibleName(/^Valley earthquake — about 25 killed/);
    await expect(chart(page).locator('.cc-row--total .cc-value:visible')).toContainText(['added up: about 29', /^\(Northvale valley 25/]);
    await expect(chart(page).locator('[data-cc-live]')).toHaveText('Showing the latest tolls.');
    await expect(chart(page).locator('figure.cc-figure')).toHaveAccessibleDescription(/About 25 killed in Northvale valley \(Valley earthquake, 1 May 2031\), revised from at least 12 \(1 May 2031\) to about 25 \(3 May 2031 at 18:00 GMT\+2\)/);
  });

  test('shows every report of a bar in its details', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await chart(page).getByRole('button', { name: /^Valley earthquake/ }).focus();
    const details = chart(page).locator('.cc-details[data-incident="valley-quake"]');
    await expect(details).toBeVisible();
    await expect(details.getByRole('listitem')).toHaveText([
      /^at least 12 \(“at least 12 people”\), 1 May 2031\. .*paragraph 1\.$/,
      /^at least 19, 2 May 2031 at 09:30 GMT\. .*paragraph 4\.$/,
      /^about 25 \(“about 25 people”\), 3 May 2031 at 18:00 GMT\+2\. .*paragraph 5\.$/,
    ]);
  });

  // The page as it loads (the latest view) is the sweep's (tests/hardening/sweep.spec.ts): here the other view.
  test('has no axe violations in the "as first reported" view', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await control(page).getByRole('radio', { name: 'As first reported' }).check();
    expect(await axeViolations(page, { include: 'ek-casualty-chart' })).toEqual([]);
  });

  test('offers every report in the CSV, with formula-like text defused', async ({ request }) => {
    const res = await request.get(`${URL}casualties.csv`);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3 + 2 + 1 + 2);
    expect(lines.filter((l) => l.startsWith('valley-quake,')).map((l) => l.split(',')[6])).toEqual(['first', 'revision 1', 'revision 2']);
    const flood = lines.find((l) => l.startsWith('river-flood,'))!;
    expect(flood).toContain(`,"'=HYPERLINK(""http://evil.example"",""about eight"")",`);
  });
});

test.describe('a casualty chart with revised tolls, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the latest tolls with the first listed, and the switch still works', async ({ page }) => {
    await page.goto(URL);
    const quake = row(page, 'valley-quake');
    await expect(quake.locator('.cc-value:visible')).toHaveText(['about 25 killed ·', 'revised 3 May 2031 at 18:00 GMT+2', 'first reported as at least 12']);
    await control(page).getByRole('radio', { name: 'As first reported' }).check();
    await expect(quake.locator('.cc-value:visible')).toHaveText(['at least 12 killed ·', 'first reported 1 May 2031']);
    await expect(page.getByRole('figure', { name: /^Bar chart/ })).toHaveAccessibleDescription(/At least 12 killed in Northvale valley/);
  });
});
