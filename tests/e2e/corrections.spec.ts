import { test, expect } from '@playwright/test';

// The seed explainer carries one correction (front matter `updates:`): it shows by the byline, in
// the JSON-LD and in the RSS item, with the old figure kept. Its dates are its own, not the report's.
const URL = '/syria-ceasefire-2016/';

test.describe('publication and corrections', () => {
  test('the byline dates the explainer itself, and names the report it is based on with the report’s date', async ({ page }) => {
    await page.goto(URL);
    const header = page.locator('article header');
    await expect(header.locator('.byline')).toContainText('Published 27 November 2026');
    await expect(header.locator('.byline')).not.toContainText('21 February 2016');
    await expect(header.locator('.based-on')).toHaveText('Based on the agency report of 21 February 2016 (Agencies, Amman)');
    await expect(header.locator('.based-on time')).toHaveAttribute('datetime', '2016-02-21');
  });

  test('the log by the byline dates the correction, says what changed, cites it and keeps the old figure', async ({ page }) => {
    await page.goto(URL);
    const log = page.getByRole('region', { name: 'Corrections and updates' });
    const entry = log.getByRole('listitem');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(/^Corrected 1 December 2026: Fact-checked against the report: /);
    await expect(entry.locator('time')).toHaveAttribute('datetime', '2026-12-01T11:30Z');
    // What changed opens under the dated line.
    await entry.locator('summary').click();
    await expect(entry.getByRole('link', { name: 'source, paragraph 6' })).toHaveAttribute('href', '/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p6');
    await expect(entry).toContainText('Before: Published 21 February 2016 (the report’s date); the chart note said “more than 120” was “7 lower: it is a rounded headline figure”.');
  });

  test('the JSON-LD gives the explainer’s own dates and the correction as a CorrectionComment', async ({ page }) => {
    await page.goto(URL);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data.datePublished).toBe('2026-11-27');
    expect(data.dateModified).toBe('2026-12-01T11:30Z');
    expect(data.correction).toHaveLength(1);
    expect(data.correction[0]).toMatchObject({ '@type': 'CorrectionComment', datePublished: '2026-12-01T11:30Z' });
    expect(data.correction[0].text).toMatch(/^Fact-checked against the report: .* Before: Published 21 February 2016 .*a rounded headline figure/);
  });

  test('the RSS item carries the dated correction after the summary, old figure included', async ({ request }) => {
    const xml = await (await request.get('/rss.xml')).text();
    const item = /<item>[\s\S]*?<link>[^<]*\/syria-ceasefire-2016\/<\/link>[\s\S]*?<\/item>/.exec(xml)?.[0] ?? '';
    // The description is HTML (escaped once into the XML): its paragraphs as text.
    const escaped = /<description>([\s\S]*?)<\/description>/.exec(item)?.[1] ?? '';
    const html = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(html).toMatch(/^<p>What John Kerry said /);
    const description = html.replace(/<\/p><p>/g, ' ').replace(/<[^>]+>/g, '');
    expect(description).toMatch(/^What John Kerry said .* Corrected 1 December 2026: Fact-checked against the report: .* Before: Published 21 February 2016/);
    expect(item).toContain('<pubDate>Fri, 27 Nov 2026 00:00:00 GMT</pubDate>');
  });
});

test.describe('roles and notes with their citations', () => {
  test('a Who’s who role from the report links to its paragraph; one from another document is marked context', async ({ page }) => {
    await page.goto(URL);
    const who = page.getByRole('region', { name: 'Who’s who' }).or(page.getByRole('region', { name: "Who's who" }));
    const role = (name: string) => who.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');
    // The list is folded under its summary (reference matter): a reader opens it.
    await who.locator('summary').click();
    await expect(role('John Kerry')).toHaveText('US secretary of state (¶1)');
    await expect(role('John Kerry').getByRole('link', { name: 'source, paragraph 1' })).toHaveAttribute('href', '/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p1');
    await expect(role('International Syria Support Group')).toContainText('(context: Statement of the International Syria Support Group, International Syria Support Group, 11 February 2016)');
    await expect(role('International Syria Support Group').getByRole('link')).toHaveCount(0);
    await expect(role('Saudi Arabia')).toContainText('Among the leading regional supporters of the opposition');
  });

  test('a key term shows the shared definition, then this story’s note with its paragraphs', async ({ page }) => {
    await page.goto(URL);
    const term = page.locator('#term-truce');
    await page.locator('.key-terms summary').click();
    await expect(term.locator('dd')).toContainText(/^A general word for an agreed pause in fighting\. In this story: The report uses it for the ceasefire Kerry announced/);
    await expect(term.getByRole('link', { name: 'source, paragraph 9' })).toHaveAttribute('href', '/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p9');
  });
});
