import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { movePointer } from '../helpers/interact.ts';

const URL = '/syria-ceasefire-2016/';
const SLUG = 'syria-ceasefire-2016';

const chart = (page: Page) => page.locator('ek-casualty-chart');
const bar = (page: Page, name: RegExp) => chart(page).getByRole('button', { name });

/**
 * Scrolls the chart into view, moves the pointer (on screen from the start at 1280 px, the chart's
 * code loads on the reader's first interaction) and waits for that code to turn the bars into buttons.
 */
async function enhanced(page: Page) {
  await chart(page).scrollIntoViewIfNeeded();
  await movePointer(page);
  await expect(chart(page).getByRole('button').first()).toBeVisible();
}

/** WCAG contrast ratio of two CSS colours as the browser computed them ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('the casualty chart', () => {
  test('draws each toll as a minimum, in words and with an open end, and the total adding up its parts', async ({ page }) => {
    await page.goto(URL);
    const svg = chart(page).locator('svg.cc-svg');
    await expect(svg.locator('.cc-row--incident')).toHaveCount(2);
    await expect(svg.locator('.cc-row--total')).toHaveCount(1);
    for (const [incident, words] of [
      ['damascus-bombings', 'at least 68 killed'],
      ['homs-bombings', 'at least 59 killed'],
      ['damascus-homs-total', 'added up: at least 127'],
    ]) {
      const row = svg.locator(`.cc-row[data-incident="${incident}"]`);
      await expect(row.locator('.cc-value').first()).toContainText(words);
      // A minimum is never drawn as a closed bar: it has the dashed continuation and an arrowhead.
      await expect(row.locator('.cc-open .cc-open-edge')).toHaveCount(2);
      await expect(row.locator('.cc-open .cc-arrow')).toHaveCount(1);
      await expect(row.locator('.cc-cap')).toHaveCount(0);
    }
    const total = svg.locator('.cc-row--total');
    // Lines too long for a phone break at their seams (after " ·", before "("), never leaving "59)" or a year alone.
    await expect(total.locator('.cc-value')).toHaveText(['added up: at least 127', '(Damascus 68 + Homs 59)', "the source's total: more than 120 killed ·", 'reported 21 February 2016']);
    await expect(total.locator('.cc-seg')).toHaveCount(2);
    await expect(total.locator('.cc-stated')).toHaveCount(1);
    // The bar gives the sum and the source's total, the lede says they are minimums: the note says
    // only how the two fit, so no figure or phrase is said twice around the chart.
    await expect(chart(page).locator('.cc-note')).toHaveText("Added up, the tolls reported for each attack fit the source's total for Damascus and Homs: both are minimums.");
  });

  test('has a caption with the key, the source paragraphs, the reporting date and a CSV download', async ({ page }) => {
    await page.goto(URL);
    const caption = chart(page).locator('figcaption');
    await expect(caption).toContainText('dashed, fading arrow is a minimum');
    await expect(caption.getByRole('link', { name: 'source, paragraph 1' })).toHaveAttribute('href', `/${SLUG}/source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p1`);
    await expect(caption.getByRole('link', { name: 'source, paragraph 7' })).toBeVisible();
    await expect(caption).toContainText('Figures as reported 21 February 2016.');
    await expect(caption.getByRole('link', { name: /download the figures/i })).toHaveAttribute('href', `/${SLUG}/casualties.csv`);
    // The seed has no revisions: no first/latest switch.
    await expect(chart(page).getByRole('group', { name: 'Show tolls' })).toHaveCount(0);
  });

  test('offers the figures as CSV with qualifiers and citations', async ({ page, request }) => {
    await page.goto(URL);
    const href = await chart(page).getByRole('link', { name: /download the figures/i }).getAttribute('href');
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('incident,kind,label,place,date,date_text,report,qualifier,value,low,high,minimum,as_stated,reported_at,reported_at_text,source,source_url');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^damascus-bombings,incident,Damascus bombings,Damascus,2016-02-21,21 February 2016,first,at-least,68,,,68,at least 68 people,2016-02-21,21 February 2016,"Agency report \(Agencies\), Amman, 21 February 2016, paragraph 7",https?:\/\/[^,]+\/syria-ceasefire-2016\/source\/2016-02-21-amman-syria-ceasefire\/#source-2016-02-21-amman-syria-ceasefire-p7$/);
    expect(lines[3]).toContain('damascus-homs-total,total,');
    expect(lines[3]).toContain(',more-than,120,');
  });

  test('loads its script only when the chart comes near the screen', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 400 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(URL);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /casualty-chart-enhance/.test(u))).toEqual([]);
    await expect(chart(page).getByRole('button')).toHaveCount(0);
    await enhanced(page);
    expect(requested.filter((u) => /casualty-chart-enhance/.test(u))).toHaveLength(1);
  });

  test('reaches every bar, the total too, with the arrow keys, Home and End, each announced with its figure and source', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const bars = chart(page).getByRole('button');
    await expect(bars).toHaveCount(3);
    // One tab stop for the whole chart (roving tabindex).
    await expect(chart(page).locator('[role="button"][tabindex="0"]')).toHaveCount(1);
    const damascus = bar(page, /^Damascus bombings — at least 68 killed · reported 21 February 2016\. Agency report \(Agencies\), Amman, 21 February 2016, paragraph 7\.$/);
    const homs = bar(page, /^Homs bombings — at least 59 killed · reported 21 February 2016\. .*paragraph 7\.$/);
    const total = bar(page, /^Damascus and Homs together — added up: at least 127 \(Damascus 68 \+ Homs 59\) the source's total: more than 120 killed · reported 21 February 2016\. .*paragraph 1\.$/);
    await damascus.focus();
    await page.keyboard.press('ArrowDown');
    await expect(homs).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(total).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(total).toBeFocused();
    await page.keyboard.press('Home');
    await expect(damascus).toBeFocused();
    await page.keyboard.press('End');
    await expect(total).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(total).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(homs).toBeFocused();
    await expect(homs).toHaveAttribute('tabindex', '0');
    await expect(damascus).toHaveAttribute('tabindex', '-1');
    // Tab leaves the chart from the bar that has focus, and Shift+Tab comes back to it.
    await page.keyboard.press('Tab');
    await expect(homs).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(homs).toBeFocused();
  });

  test('draws each incident in one colour and texture, in its own bar and in the added-up bar', async ({ page }) => {
    await page.goto(URL);
    const paint = (sel: string) =>
      chart(page).locator(sel).evaluate((g) => {
        const solid = g.querySelector('.cc-solid')!;
        const texture = g.querySelector('.cc-texture-fill')!;
        return { fill: getComputedStyle(solid).fill, texture: texture.getAttribute('fill') };
      });
    const damascus = await paint('.cc-row[data-incident="damascus-bombings"] .cc-view > g:has(.cc-solid)');
    const homs = await paint('.cc-row[data-incident="homs-bombings"] .cc-view > g:has(.cc-solid)');
    expect(damascus.fill).not.toBe(homs.fill);
    expect(damascus.texture).not.toBe(homs.texture);
    expect(await paint('.cc-row--total .cc-seg[data-part="damascus-bombings"]')).toEqual(damascus);
    expect(await paint('.cc-row--total .cc-seg[data-part="homs-bombings"]')).toEqual(homs);
    // On paper too, whatever the screen theme: the same colours, printed as they are.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.emulateMedia({ media: 'print' });
    expect(await paint('.cc-row--total .cc-seg[data-part="homs-bombings"]')).toEqual(homs);
    expect(await paint('.cc-row[data-incident="homs-bombings"] .cc-view > g:has(.cc-solid)')).toEqual(homs);
    expect(await chart(page).locator('svg.cc-svg').evaluate((s) => getComputedStyle(s).printColorAdjust)).toBe('exact');
  });

  for (const width of [375, 1280]) {
    test(`shows a bar's reports under the chart, never over a bar, at ${width} px`, { tag: '@phone' }, async ({ page, isMobile }) => {
      test.skip(isMobile && width === 1280, 'a phone has one width');
      if (!isMobile) await page.setViewportSize({ width, height: 800 });
      await page.goto(URL);
      await enhanced(page);
      const details = chart(page).locator('.cc-details[data-incident="homs-bombings"]');
      await expect(details).toBeHidden();
      await expect(chart(page).locator('.cc-keys')).toBeVisible();
      await bar(page, /^Homs bombings/).hover();
      await expect(details).toBeVisible();
      await expect(details).toContainText('at least 59 (“at least 59 people died”), 21 February 2016.');
      // A tap (or click) selects: the details stay, and stay clear of every bar.
      if (isMobile) await bar(page, /^Homs bombings/).tap();
      else await bar(page, /^Homs bombings/).click();
      await page.mouse.move(0, 0);
      await expect(details).toBeVisible();
      // Whole on screen after the tap (on a phone the page scrolls to them when they were below the fold).
      await expect(details).toBeInViewport({ ratio: 1 });
      const box = (await details.boundingBox())!;
      for (const b of await chart(page).getByRole('button').all()) {
        const r = (await b.boundingBox())!;
        const overlap = Math.min(box.y + box.height, r.y + r.height) - Math.max(box.y, r.y);
        expect(overlap, 'details overlap a bar').toBeLessThanOrEqual(0);
      }
      expect(box.y).toBeGreaterThanOrEqual(((await chart(page).locator('svg.cc-svg').boundingBox())!).y + ((await chart(page).locator('svg.cc-svg').boundingBox())!).height - 1);
      // Focus shows another bar's reports; leaving it goes back to the selected bar's.
      await bar(page, /^Damascus bombings/).focus();
      await expect(chart(page).locator('.cc-details[data-incident="damascus-bombings"]')).toBeVisible();
      await expect(details).toBeHidden();
      await page.locator('h1').click();
      await expect(details).toBeVisible();
      await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-controls', (await details.getAttribute('id'))!);
    });
  }

  test('selecting a bar tells the other islands which incident it is (explainer:select)', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await page.evaluate(() => {
      (window as unknown as { selections: unknown[] }).selections = [];
      document.addEventListener('explainer:select', (e) => (window as unknown as { selections: unknown[] }).selections.push((e as CustomEvent).detail));
    });
    const homs = bar(page, /^Homs bombings/);
    await homs.focus();
    await page.keyboard.press('Enter');
    await expect(homs).toHaveAttribute('aria-pressed', 'true');
    await expect(homs.locator('.cc-selected-tag')).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect(homs).toHaveAttribute('aria-pressed', 'false');
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => (window as unknown as { selections: unknown[] }).selections)).toEqual([
      { explainer: SLUG, source: 'casualties', island: `cc-${SLUG}`, incident: 'homs-bombings' },
      { explainer: SLUG, source: 'casualties', island: `cc-${SLUG}`, incident: 'damascus-bombings' },
      { explainer: SLUG, source: 'casualties', island: `cc-${SLUG}`, incident: null },
    ]);
  });

  test('takes the selection the timeline makes, even before the chart has loaded, and drops its own', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 400 });
    await page.goto(URL);
    await expect(chart(page).getByRole('button')).toHaveCount(0);
    const select = (incident: string | null, explainer = SLUG) =>
      page.evaluate(
        ([incident, explainer]) =>
          document.dispatchEvent(new CustomEvent('explainer:select', { detail: { explainer, source: 'timeline', eventId: 'homs-bombings', incident } })),
        [incident, explainer] as const,
      );
    await select('homs-bombings');
    await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-pressed', 'true');
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'false');
    await bar(page, /^Damascus bombings/).click();
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'true');
    await select('homs-bombings');
    await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-pressed', 'true');
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'false');
    // Another explainer's selection changes nothing; an event about no incident clears the chart.
    await select('damascus-bombings', 'another-explainer');
    await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-pressed', 'true');
    await select(null);
    await expect(chart(page).locator('[aria-pressed="true"]')).toHaveCount(0);
  });

  test('uses theme colours with at least 3:1 contrast, and follows a redefined (dark) theme', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const colours = () =>
      page.evaluate(() => {
        const q = (sel: string, prop: 'fill' | 'stroke') => getComputedStyle(document.querySelector(sel)!)[prop];
        return {
          bg: getComputedStyle(document.documentElement).backgroundColor,
          marks: [
            q('.cc-row--incident .cc-solid', 'fill'),
            q('.cc-row--incident .cc-open-edge', 'stroke'),
            q('.cc-row--incident .cc-arrow path', 'stroke'),
            q('.cc-row--total .cc-seg .cc-solid', 'fill'),
            q('.cc-row--total .cc-seg + .cc-seg .cc-solid', 'fill'),
            q('.cc-row--total .cc-stated-mark', 'stroke'),
            q('.cc-baseline', 'stroke'),
          ],
          label: q('.cc-label', 'fill'),
        };
      });
    const light = await colours();
    for (const c of light.marks) expect(contrast(c, light.bg), `${c} on ${light.bg}`).toBeGreaterThanOrEqual(3);
    expect(contrast(light.label, light.bg)).toBeGreaterThanOrEqual(4.5);

    await page.evaluate(() => {
      const s = document.documentElement.style;
      s.setProperty('--color-bg', '#121212');
      s.setProperty('--color-ink', '#f0f0f0');
      s.setProperty('--color-lane-1', '#7fb2f0');
      s.setProperty('--color-lane-2', '#ff8f85');
    });
    const dark = await colours();
    expect(dark.bg).toBe('rgb(18, 18, 18)');
    expect(dark.label).toBe('rgb(240, 240, 240)');
    expect(dark.marks[0]).toBe('rgb(127, 178, 240)');
    for (const c of dark.marks) expect(contrast(c, dark.bg), `${c} on ${dark.bg}`).toBeGreaterThanOrEqual(3);
  });

  test('is a figure with a short name and the chart in words as its description, its bars a group of buttons, not an image', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const figure = page.getByRole('figure', { name: 'Bar chart: People killed, as reported' });
    await expect(figure).toHaveAccessibleDescription(/^At least 68 killed in Damascus \(Damascus bombings, 21 February 2016\); at least 59 killed in Homs .* add up to at least 127\.$/);
    await expect(figure.getByRole('img')).toHaveCount(0);
    const group = figure.getByRole('group', { name: 'Bar chart: People killed, as reported' });
    await expect(group.getByRole('button')).toHaveCount(3);
    expect(await page.locator('[role="img"]:has([role="button"]), svg[role="img"] [tabindex]').count()).toBe(0);
  });

  test('has no axe violations once enhanced, with a bar selected and its details shown, and breaks no CSP rule', async ({ page }) => {
    // A full axe run over the long page takes a while on a busy 2-core machine.
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL);
    await enhanced(page);
    await bar(page, /^Homs bombings/).click();
    await expect(chart(page).locator('.cc-details[data-incident="homs-bombings"]')).toBeVisible();
    // The rest of the page is the sweep's (tests/hardening/sweep.spec.ts): here the chart, a bar selected.
    expect(await axeViolations(page, { include: 'ek-casualty-chart' })).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('the casualty chart without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a figure described in words from the data, with the table of reports one click away', async ({ page }) => {
    await page.goto(URL);
    const figure = page.getByRole('figure', { name: 'Bar chart: People killed, as reported' });
    await expect(figure).toHaveAccessibleDescription(
      'At least 68 killed in Damascus (Damascus bombings, 21 February 2016); at least 59 killed in Homs (Homs bombings, 21 February 2016). Together, the source gives more than 120 killed in Damascus and Homs; the tolls for each attack add up to at least 127.',
    );
    // The drawing is there for the eye; the description and the table carry it for everyone else.
    await expect(figure.locator('svg.cc-svg')).toBeVisible();
    await expect(figure.locator('svg.cc-svg')).toHaveAttribute('aria-hidden', 'true');
    await expect(chart(page).getByRole('button')).toHaveCount(0);
    await expect(chart(page).locator('.cc-keys')).toBeHidden();
    await page.getByText('The figures as a table, with their sources').click();
    const table = page.getByRole('table', { name: /reported deaths by incident/i });
    await expect(table.getByRole('columnheader')).toHaveText(['Incident', 'Date', 'Killed (as reported)', 'Reported', 'Source']);
    await expect(table.getByRole('rowheader')).toHaveText(['Damascus bombings', 'Homs bombings', 'Damascus and Homs together']);
    await expect(chart(page).getByRole('link', { name: /download the figures/i })).toBeVisible();
  });
});
