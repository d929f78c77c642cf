import { test, expect, type Locator } from '@playwright/test';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { ROOT } from '../helpers/content-fixture.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { settle } from '../helpers/interact.ts';

// Every explainer with a timeline, on both sites: the seed, and the fixture site (other subjects,
// a months-long story with a crowded day, hostile titles).
const FIXTURE = `http://localhost:${process.env.FIXTURE_PORT ?? Number(process.env.PORT ?? 4321) + 1000}`;
const explainers = (dir: string) => [...new Set(readContentDir(ROOT, dir).input.events.map((e) => e.explainer!))];
// Translations (content/<lang>/explainers/): their own words, and a right-to-left drawing.
const translations = readdirSync(join(ROOT, 'content'))
  .filter((lang) => /^[a-z]{2,3}$/.test(lang) && existsSync(join(ROOT, 'content', lang, 'explainers')))
  .flatMap((lang) => readdirSync(join(ROOT, 'content', lang, 'explainers')).filter((f) => f.endsWith('.mdx')).map((f) => `/${lang}/${f.replace(/\.mdx$/, '')}/`));
const PAGES = [
  ...explainers('content').map((slug) => `/${slug}/`),
  ...translations,
  ...explainers('tests/fixtures/site/content').filter((s) => s !== 'fixture-editors-draft').map((slug) => `${FIXTURE}/${slug}/`),
];
const WIDTHS = [320, 375, 768, 1280, 1920];

/** Text in the timeline that ends in an ellipsis or whose box leaves its drawing's (or the island's) box. */
async function cutText(island: Locator): Promise<string[]> {
  return island.evaluate((island) => {
    const shown = (e: Element) => {
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      return s.display !== 'none' && s.visibility !== 'hidden' && b.width > 0 && b.height > 0;
    };
    const out: string[] = [];
    const box = island.getBoundingClientRect();
    for (const svg of island.querySelectorAll('svg.timeline-svg')) {
      if (!shown(svg) || svg.closest('template')) continue;
      const frame = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        if (!shown(t)) continue;
        const b = t.getBoundingClientRect();
        const text = (t.textContent ?? '').trim();
        if (/(…|\.\.\.)$/.test(text)) out.push(`ellipsis: ${text}`);
        if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1) out.push(`outside the drawing: ${text}`);
      }
    }
    // HTML text of the island (legend, controls, panel): never an ellipsis, never wider than the island.
    for (const el of island.querySelectorAll('li, label, button, p, h3, legend')) {
      if (!shown(el)) continue;
      const b = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim();
      if (/…$/.test(text) || getComputedStyle(el).textOverflow === 'ellipsis') out.push(`ellipsis: ${text}`);
      if (b.right > box.right + 1 || b.left < box.left - 1) out.push(`outside the island: ${text.slice(0, 40)}`);
    }
    return out;
  });
}

/** SVG text of the island drawn smaller than 12 CSS px (its font size times the drawing's scale). */
async function smallText(island: Locator): Promise<string[]> {
  return island.evaluate((island) =>
    [...island.querySelectorAll('svg.timeline-svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      if (!box.width || svg.closest('template')) return [];
      const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .filter((t) => t.getBoundingClientRect().width > 0 && parseFloat(getComputedStyle(t).fontSize) * scale < 11.95)
        .map((t) => `${(t.textContent ?? '').trim()}: ${(parseFloat(getComputedStyle(t).fontSize) * scale).toFixed(1)} px`);
    }),
  );
}


// One page load per page, resized through the widths (the drawings re-lay out on resize, as when a
// reader turns a tablet; a page loaded at each width was five loads for the same checks).
test.describe('no timeline text is ever cut', () => {
  test.skip(({ isMobile }) => isMobile, 'the widths are set here; run once, on the desktop project');
  for (const url of PAGES) {
    test(`${url.replace(FIXTURE, 'fixture site ')} at ${WIDTHS.join(', ')} px, before and after zooming in`, async ({ page }) => {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(url);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // Every timeline of the page (fixture-ids has two).
        for (const island of await page.locator('ek-timeline').all()) {
          await island.scrollIntoViewIfNeeded();
          await expect(island).toHaveAttribute('data-enhanced', '');
          await settle(page);
          expect(await cutText(island), `at ${width} px`).toEqual([]);
          // Every label at least 12 px where readers mostly are: a phone, and a laptop's article column.
          if (width === 375 || width === 1280) expect(await smallText(island), `text under 12 px at ${width} px`).toEqual([]);
          if (width < 640) continue; // the phone drawing has no zoom: its time axis scrolls with the page
          await island.locator('svg.timeline-svg:visible a.mark[tabindex="0"]').focus();
          // + twice: 4×, at least the 3× asked for; then + again: the deepest level, 8×.
          for (const zoom of ['2', '4', '8']) {
            await page.keyboard.press('+');
            await expect(island.locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', zoom);
            if (zoom !== '2') expect(await cutText(island), `at ${width} px, ${zoom}×`).toEqual([]);
          }
          // Escape: back to the whole timeline for the next width.
          await page.keyboard.press('Escape');
          await expect(island.locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', '1');
        }
      }
    });
  }
});
