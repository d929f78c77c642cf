import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT } from '../helpers/content-fixture.ts';

const URL = '/syria-ceasefire-2016/';
const events = readContentDir(ROOT).input.events.filter((e) => e.explainer === 'syria-ceasefire-2016');

test.describe('printing an explainer', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(URL);
    await page.emulateMedia({ media: 'print' });
  });

  test('gives title, dek and date, and no buttons, navigation or site chrome', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.dek')).toBeVisible();
    await expect(page.locator('.byline time').first()).toBeVisible();
    // Every button (copy link, cite, embed, theme) is hidden on paper, and so are nav and the site header/footer.
    const buttons = page.locator('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const b of await buttons.all()) await expect(b).toBeHidden();
    for (const n of await page.locator('nav').all()) await expect(n).toBeHidden();
    await expect(page.locator('header[data-site-header]')).toBeHidden();
    await expect(page.locator('footer[data-site-footer]')).toBeHidden();
    await expect(page.getByRole('region', { name: /embed/i })).toBeHidden();
  });

  test('shows the timeline as a numbered list with dates', async ({ page }) => {
    const items = page.locator('.timeline-event');
    await expect(items).toHaveCount(events.length);
    for (const item of await items.all()) {
      await expect(item).toBeVisible();
      await expect(item.locator('time').first()).toBeVisible();
    }
    const list = page.locator('.timeline-list').first();
    expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('decimal');
    expect(await items.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('shows the casualty table, rows kept whole', async ({ page }) => {
    const table = page.getByRole('table', { name: /reported deaths/i });
    await expect(table).toBeVisible();
    await expect(table).toContainText('at least 68');
    expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  test('shows quotes, key terms, the teachers’ block and the sources with their URLs written out', async ({ page }) => {
    await expect(page.getByRole('figure').filter({ hasText: 'modalities for a cessation' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Key terms' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'For teachers' })).toBeVisible();
    const sources = page.getByRole('region', { name: /^sources$/i });
    await expect(sources).toBeVisible();
    const link = sources.getByRole('link', { name: 'UN Security Council Resolution 2268 (2016)' });
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toBe('" (https://undocs.org/S/RES/2268(2016))"');
  });

  test('ends with the page URL and a QR code of it', async ({ page }) => {
    const block = page.locator('[data-print-url]');
    await expect(block).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(block).toContainText(canonical!);
    await expect(block.getByRole('img', { name: `QR code for ${canonical}` })).toBeVisible();
  });

  test('the QR code and printed URL are not shown on screen', async ({ page }) => {
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('[data-print-url]')).toBeHidden();
  });

  test('prints in light colours even when the reader chose dark', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
  });

  test('prints the casualty chart in colour, the same colours as on screen, with the table and no screen-only link', async ({ page }) => {
    const svg = page.locator('ek-casualty-chart svg.cc-svg');
    await expect(svg).toBeVisible();
    await expect(page.getByRole('link', { name: /download the figures/i })).toBeHidden();
    await expect(page.getByRole('table', { name: /reported deaths/i })).toBeVisible();
    await expect(page.getByText('The figures as a table, with their sources')).toBeHidden();
  });

  test('prints the ¶ numbers of citations, and the teachers’ notes open', async ({ page }) => {
    await expect(page.locator('.key-facts a', { hasText: '¶7' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Discussion questions' })).toBeVisible();
  });
});

test.describe('the printed handout (a real PDF)', () => {
  /** Height of a PDF page's inked part, from the top margin to its last inked row, as a share of the printable height. */
  function fullness(pgm: Buffer): number {
    // Binary PGM (P5): "P5 <w> <h> <max>" then one byte per pixel.
    const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error('not a binary PGM');
    const [w, h] = [Number(header[1]), Number(header[2])];
    const data = pgm.subarray(header[0].length);
    let last = -1;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (data[y * w + x] < 200) {
          last = y;
          break;
        }
      }
    }
    // @page margins in global.css: 14 mm top, 16 mm bottom, of 297 mm.
    const top = (14 / 297) * h;
    const printable = ((297 - 14 - 16) / 297) * h;
    return Math.max(0, (last - top) / printable);
  }

  test('the seed prints on at most 8 A4 pages, none under a third full but the last', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'one PDF is enough: print does not depend on the device');
    await page.goto(URL, { waitUntil: 'networkidle' });
    const file = info.outputPath('seed.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    try {
      execFileSync('pdftoppm', ['-r', '30', '-gray', file, info.outputPath('page')]);
    } catch {
      throw new Error('this test reads the PDF with pdftoppm: install poppler-utils (apt-get install poppler-utils)');
    }
    const pages = readdirSync(info.outputDir)
      .filter((f) => /^page-\d+\.pgm$/.test(f))
      .sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5)))
      .map((f) => fullness(readFileSync(info.outputPath(f))));
    console.log(`  ${URL} printed: ${pages.length} A4 pages, filled ${pages.map((p) => `${Math.round(p * 100)} %`).join(', ')}`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(8);
    pages.slice(0, -1).forEach((p, i) => expect(p, `page ${i + 1} is ${Math.round(p * 100)} % full`).toBeGreaterThanOrEqual(1 / 3));
  });
});
