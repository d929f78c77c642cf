import { test, expect } from '@playwright/test';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { formatKilled } from '../../src/lib/format.ts';
import { formatWhen } from '../../src/lib/dates.ts';
import { eventWhen } from '../../src/lib/timeline/events.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const URL = '/syria-ceasefire-2016/';
const content = readContentDir(ROOT).input;
const events = content.events.filter((e) => e.explainer === 'syria-ceasefire-2016');
const incidents = content.incidents.filter((i) => i.explainer === 'syria-ceasefire-2016');

test.describe('the Syria ceasefire explainer', () => {
  test('has one h1, the dek and the sections a reader expects', async ({ page }) => {
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/provisional agreement on a Syrian ceasefire/);
    for (const name of [
      /what was agreed, and what was still open/i,
      /bombings in Damascus and Homs/i,
      /how it unfolded/i,
      /each side.s conditions/i,
      /what was expected next/i,
      /who.s who/i,
      /key terms/i,
      /^sources$/i,
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
  });

  test('lists every event of the data with its date and citation', async ({ page }) => {
    await page.goto(URL);
    // With JavaScript the list waits behind its disclosure (the graphic and its panel say it once).
    await page.getByText('All events as a list').click();
    const timeline = page.getByRole('region', { name: /how it unfolded/i });
    const items = timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(items).toHaveCount(events.length);
    for (const e of events) {
      const item = page.locator(`#event-${e.id}`);
      await expect(item.getByRole('heading', { level: 3 })).toHaveText(e.title);
      await expect(item.locator('time')).toHaveText(formatWhen(eventWhen(e)));
      await expect(item.locator('.citation')).toBeVisible();
      if ('document' in e.citation) {
        await expect(item).toContainText(e.citation.document);
        await expect(item).toContainText(/context/i);
      } else {
        for (const p of e.citation.paragraphs) await expect(item.getByRole('link', { name: `source, paragraph ${p}` })).toBeVisible();
      }
    }
  });

  test('lists events in time order, with the expected event marked as expected', async ({ page }) => {
    await page.goto(URL);
    const dates = await page.locator('.timeline-event time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    await expect(page.locator('#event-obama-putin-talk')).toContainText(/expected at the time of the report/i);
  });

  test('states every toll as reported ("at least", "more than"), never as an exact count', async ({ page }) => {
    await page.goto(URL);
    await page.getByText('The figures as a table, with their sources').click();
    const table = page.getByRole('table', { name: /reported deaths/i });
    for (const inc of incidents) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: inc.label }) });
      await expect(row).toContainText(formatKilled(inc.reports[0].killed));
      await expect(row.locator('.citation')).toBeVisible();
    }
    await expect(table).toContainText('at least 68');
    await expect(table).toContainText('at least 59');
    await expect(table).toContainText('more than 120');
    // The note under the chart says how the sum of the parts fits the source's total (the bar gives both figures).
    await expect(page.getByText("Added up, the tolls reported for each attack fit the source's total for Damascus and Homs: both are minimums.")).toBeVisible();
    const killed = await table.locator('.killed').allTextContents();
    for (const k of killed) expect(k).toMatch(/^(at least|more than|about|between) /);
  });

  test('quotes carry their speaker and paragraph', async ({ page }) => {
    await page.goto(URL);
    const kerry = page.getByRole('figure').filter({ hasText: 'modalities for a cessation of hostilities' });
    await expect(kerry.getByRole('link', { name: 'John Kerry' })).toBeVisible();
    await expect(kerry.getByRole('link', { name: 'source, paragraph 4' })).toHaveAttribute('href', '/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p4');
  });

  test('paragraph citations lead to the paragraph, on the page with the full text of the source', async ({ page }) => {
    await page.goto(URL);
    await page.getByRole('complementary', { name: 'What you need to know' }).getByRole('link', { name: 'source, paragraph 7' }).first().click();
    await expect(page).toHaveURL(/\/source\/2016-02-21-amman-syria-ceasefire\/#source-2016-02-21-amman-syria-ceasefire-p7$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/US and Russia reach provisional deal/);
    await expect(page.locator('#source-2016-02-21-amman-syria-ceasefire-p7')).toContainText('at least 68 people');
    await expect(page.locator('#source-2016-02-21-amman-syria-ceasefire-p7')).toBeInViewport();
  });

  test('names the outside documents used as context', async ({ page }) => {
    await page.goto(URL);
    const sources = page.getByRole('region', { name: /^sources$/i });
    await expect(sources.getByRole('heading', { name: /context from other sources/i })).toBeVisible();
    await expect(sources.getByRole('link', { name: 'UN Security Council Resolution 2268 (2016)' })).toHaveAttribute('href', 'https://undocs.org/S/RES/2268(2016)');
    await expect(sources).toContainText('Joint Statement of the United States and the Russian Federation, as Co-Chairs of the ISSG, on Cessation of Hostilities in Syria');
    await expect(sources).toContainText('Statement of the International Syria Support Group');
  });

  test('has a skip link to the main content', async ({ page }) => {
    await page.goto(URL);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(URL);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole explainer is readable: events, table and sources', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('.timeline-event')).toHaveCount(events.length);
    await page.getByText('The figures as a table, with their sources').click();
    await expect(page.getByRole('table', { name: /reported deaths/i })).toContainText('at least 68');
    const sources = page.getByRole('region', { name: /^sources$/i });
    await sources.getByRole('link', { name: /read the full text \(12 numbered paragraphs\)/i }).click();
    await expect(page).toHaveURL('/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/');
    const paragraphs = page.locator('ol.source-text > li');
    await expect(paragraphs).toHaveCount(12);
    for (const [i, p] of (await paragraphs.all()).entries()) {
      await expect(p).toHaveAttribute('id', `source-2016-02-21-amman-syria-ceasefire-p${i + 1}`);
      await expect(p.getByRole('link', { name: `Paragraph ${i + 1}` })).toHaveText(`¶${i + 1}`);
    }
    await expect(paragraphs.first()).toContainText('killed more than 120 people');
  });

  test('every ¶ citation links to its paragraph on the source page', async ({ page }) => {
    await page.goto(URL);
    const hrefs = await page.locator('main a', { hasText: /^¶\d+$/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const h of hrefs) expect(h).toMatch(/^\/syria-ceasefire-2016\/source\/2016-02-21-amman-syria-ceasefire\/#source-2016-02-21-amman-syria-ceasefire-p(\d|1[0-2])$/);
  });
});

test.describe('site pages', () => {
  test('the index lists the explainer and links to it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /provisional agreement on a Syrian ceasefire/ }).click();
    await expect(page).toHaveURL(URL);
  });

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const res = await page.goto('/no-such-explainer/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to all explainers' })).toBeVisible();
  });

  test('pages declare their canonical URL on the configured site', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/syria-ceasefire-2016\/$/);
  });
});
