import { test, expect, type Page } from '@playwright/test';

// Two fixture explainers unlike the seed (tests/fixtures/site/content/*/fixture-kestria-truce.* and
// fixture-korath-quake.*): what a reader sees must be what the source says — dates at their
// precision, tolls with the source's qualifiers and periods, sources by kind — and nothing of
// another story.
const OTHER_STORIES = /Syria|Assad|Damascus|Homs|Kerry|attack|Agency report|exact count|minimums, not final counts/i;

const chart = (page: Page) => page.locator('ek-casualty-chart');
const row = (page: Page, incident: string) => chart(page).locator(`.cc-row[data-incident="${incident}"]`);
const table = (page: Page) => page.getByRole('table', { name: /reported deaths/i });
/** The table of reports waits behind its disclosure under the chart: a reader opens it. */
const openTable = (page: Page) => page.getByText('The figures as a table, with their sources').click();
const event = (page: Page, id: string) => page.locator(`#event-${id}`);
/** The visible lines of a chart row's value text, trimmed (they are SVG lines, wrapped to fit). */
const valueLines = async (page: Page, incident: string) => (await row(page, incident).locator('.cc-value:visible').allTextContents()).map((l) => l.trim());
/** The line above an event's title: its date, lane and status. */
const dateLine = (page: Page, id: string) => event(page, id).locator('p').first();
const view = (page: Page, name: 'Latest' | 'As first reported') =>
  chart(page).getByRole('group', { name: 'Show tolls' }).getByRole('radio', { name }).check();

test.describe('a war over months, with a cumulative toll and a truce at a stated hour', () => {
  const URL = '/fixture-kestria-truce/';

  test('dates read as precisely as the source gives them, no more', async ({ page }) => {
    await page.goto(URL);
    await expect(event(page, 'cities-stormed').locator('time')).toHaveText('April 2031');
    await expect(event(page, 'cities-stormed').locator('time')).toHaveAttribute('datetime', '2031-04');
    await expect(dateLine(page, 'war-in-the-east')).toHaveText(/^April 2031 – 5 September 2031 · Fighting$/);
    await expect(dateLine(page, 'orlen-shelling')).toHaveText(/^1\u2009–\u20094 September 2031 · Fighting$/);
    await expect(event(page, 'truce-takes-effect').locator('time')).toHaveText('5 September 2031 at 15:00 GMT');
    await expect(event(page, 'truce-takes-effect').locator('time')).toHaveAttribute('datetime', '2031-09-05T15:00Z');
    await expect(dateLine(page, 'prisoner-exchange')).toHaveText(/^September 2031 · Talks · Expected/);
    // No day was invented for a month or a period.
    await expect(page.locator('main')).not.toContainText(/1 April 2031|15 April 2031/);
  });

  test('the war toll is a toll since April, as of each report, in the chart and the table', async ({ page }) => {
    await page.goto(URL);
    await openTable(page);
    expect(await valueLines(page, 'war-toll')).toEqual(['more than 2,600 killed, since April 2031 ·', 'as of 5 September 2031', 'first reported as at least 2,200']);
    await view(page, 'As first reported');
    await expect.poll(() => valueLines(page, 'war-toll')).toEqual(['at least 2,200 killed, since April 2031 ·', 'as of 27 August 2031']);
    const war = table(page).locator('tr[data-incident="war-toll"]');
    await expect(war.first().getByRole('cell').first()).toHaveText('since April 2031');
    await expect(war.nth(1)).toContainText('more than 2,600');
    await expect(war.nth(1)).toContainText('5 September 2031');
  });

  test('a bare figure over four days is neither exact nor a minimum', async ({ page }) => {
    await page.goto(URL);
    await openTable(page);
    expect(await valueLines(page, 'orlen-shelling')).toEqual(['96 killed, 1\u2009–\u20094 September 2031 ·', 'reported 5 September 2031']);
    await expect(row(page, 'orlen-shelling').locator('.cc-cap')).toHaveCount(0);
    await expect(row(page, 'orlen-shelling').locator('.cc-open')).toHaveCount(0);
    await expect(chart(page).locator('figcaption')).toContainText('A bar with a plain end is a figure given without a qualifier');
    await expect(table(page).locator('tr[data-incident="orlen-shelling"] td').first()).toHaveText('1\u2009–\u20094 September 2031');
  });

  test('the CSV gives each toll its period and says when it was reported', async ({ request }) => {
    const csv = await (await request.get(`${URL}casualties.csv`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('date,date_text');
    expect(lines.find((l) => l.startsWith('war-toll') && l.includes('more-than'))).toContain('2031-04/..,since April 2031');
    expect(lines.find((l) => l.startsWith('orlen-shelling'))).toMatch(/2031-09-01\/2031-09-04,.*,none,96,/);
  });

  test('the source is named by its kind and outlet, and no other story is on the page', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('#sources')).toContainText('Broadcast report (Fixture Broadcasting Service), Orlen, 5 September 2031');
    await expect(page.locator('main')).not.toContainText(OTHER_STORIES);
  });
});

test.describe('an earthquake toll revised from an earlier figure, by district', () => {
  const URL = '/fixture-korath-quake/';

  test('the quake is at its local time, with its zone', async ({ page }) => {
    await page.goto(URL);
    await expect(event(page, 'quake-strikes').locator('time')).toHaveText('7 November 2031 at 23:47 GMT+5:45');
    await expect(event(page, 'quake-strikes').locator('time')).toHaveAttribute('datetime', '2031-11-07T23:47+05:45');
  });

  test('the earlier figure is bare and has no date; the latest is a minimum', async ({ page }) => {
    await page.goto(URL);
    await openTable(page);
    expect(await valueLines(page, 'korath-quake')).toEqual([
      'added up: at least 69',
      '(Dalmi district 41 + Serat district 28)',
      "the source's total: at least 69 killed ·",
      'revised 8 November 2031',
      'first reported as 37',
    ]);
    const reports = table(page).locator('tr[data-incident="korath-quake"]');
    await expect(reports.nth(0)).toContainText('37');
    await expect(reports.nth(0)).toContainText('date not given');
    const reported = reports.nth(0).locator('td', { hasText: 'First report' });
    await expect(reported).toHaveText('First reportdate not given');
    await expect(reported.locator('time')).toHaveCount(0);
    await expect(reports.nth(0).getByRole('link', { name: 'source, paragraph 1' })).toBeVisible();
    await view(page, 'As first reported');
    await expect.poll(() => valueLines(page, 'korath-quake')).toEqual(["the source's total: 37 killed ·", 'earlier report, date not given']);
  });

  test('the districts add up to the latest total, worded for districts', async ({ page }) => {
    await page.goto(URL);
    // One bar for the total: its districts end to end, in their own colours, with the source's figure.
    const total = chart(page).locator('.cc-row--total');
    expect((await total.locator('.cc-label').allTextContents()).map((l) => l.trim()).join(' ')).toBe('The Korath earthquake');
    expect((await total.locator('.cc-value:visible').allTextContents()).map((l) => l.trim()).join(' ')).toMatch(/^added up: at least 69 \(Dalmi district 41 \+ Serat district 28\) the source's total: at least 69 killed/);
    await expect(total.locator('.cc-seg:visible')).toHaveCount(2);
    await expect(chart(page).locator('.cc-note > span:visible')).toHaveText(/each district add up to at least 69 .* the same as the source's total for western Korath, at least 69\./);
  });

  test('as first reported, the earlier national figure is not set against later district figures', async ({ page }) => {
    await page.goto(URL);
    await view(page, 'As first reported');
    await expect(chart(page).locator('.cc-note > span:visible')).toHaveText("The source's total for western Korath, 37, is not set beside the tolls for each district: they were not reported at the same time.");
    await expect(chart(page).locator('.cc-row--total .cc-seg:visible')).toHaveCount(0);
    await expect(chart(page).locator('.cc-row--total .cc-value:visible').first()).toHaveText(/^the source's total: 37 killed/);
  });

  test('the source is a newspaper with no dateline, and no other story is on the page', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('#sources')).toContainText('Newspaper report (The Fixture Herald), 8 November 2031.');
    await expect(page.locator('main')).not.toContainText(OTHER_STORIES);
  });
});

test.describe('a story told from two reports of one outlet', () => {
  test('each ¶ link says which report it points at, to the eye and to a screen reader', async ({ page }) => {
    await page.goto('/fixture-quake-tolls/');
    const story = page.locator('.explainer-body, article').first();
    // Two "Fixture wire" reports: the day tells them apart, inline and in the link's name.
    await expect(story.getByText('(Fixture wire, 4 May 2031: ¶1)')).toBeVisible();
    const followup = story.getByRole('link', { name: 'agency report (Fixture wire), 4 May 2031, paragraph 1' });
    await expect(followup).toHaveAttribute('href', /\/fixture-quake-tolls\/source\/fixture-quake-followup\/#/);
    await expect(story.getByRole('link', { name: 'agency report (Fixture wire), 3 May 2031, paragraph 1' }).first()).toHaveAttribute('href', /\/source\/fixture-quake-report\/#/);
    await expect(story.getByRole('link', { name: 'source, paragraph 1', exact: true })).toHaveCount(0);
  });
});
