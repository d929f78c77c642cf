import { test, expect, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { projectCopy, astro } from '../helpers/project-copy.ts';
import { syntheticEvents } from '../helpers/synthetic-events.ts';

// The seed explainer with 1,000 synthetic events (the bench's content, tests/helpers/synthetic-events.ts),
// built in a copy of the project and served to the browser from its dist/ through page.route (no port).
const SITE = 'http://timeline-1000.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };
let dist = '';
let copy = '';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(300_000);
  copy = projectCopy();
  writeFileSync(join(copy, 'content/events/syria-ceasefire-2016.yaml'), syntheticEvents(1000).map((e) => `- ${JSON.stringify(e)}`).join('\n') + '\n');
  // The translations (content/ar/) translate the seed's own events, not these: left out of this copy.
  rmSync(join(copy, 'content/ar'), { recursive: true, force: true });
  // A page of 1,000 events is over the kit's default budgets for one explainer: raised for this build.
  const r = astro(copy, ['build'], { EXPLAINER_MAX_EVENTS: '1000', EXPLAINER_MAX_PAGE_KB: '4000' });
  expect(r.status, r.output.slice(-2000)).toBe(0);
  dist = join(copy, 'dist');
});
test.afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function open(page: Page) {
  await page.route(`${SITE}/**`, (route) => {
    let path = join(dist, decodeURIComponent(new URL(route.request().url()).pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${SITE}/syria-ceasefire-2016/`);
  const island = page.locator('ek-timeline');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-enhanced', '');
  return page.locator('[data-pan] svg.timeline-svg:not(.is-away)');
}

/** How many events a drawing shows only as part of a cluster's count. */
const clustered = (svg: ReturnType<Page['locator']>) =>
  svg.locator('a.mark--cluster').evaluateAll((cs) => cs.reduce((n, c) => n + (c.getAttribute('data-members') ?? '').split(' ').length, 0));

test.describe('the timeline at 1,000 events', () => {
  test('shows crowded marks as clusters with a readable count and a name that says how many and when', async ({ page }) => {
    const svg = await open(page);
    const clusters = svg.locator('a.mark--cluster');
    expect(await clusters.count()).toBeGreaterThan(20);
    const first = clusters.first();
    const count = Number(await first.locator('text.count').textContent());
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(first).toHaveAccessibleName(new RegExp(`^${count} events, .+ to .+\\. .+\\. Too close together to tell apart here: zoom in`));
    // The count fits its badge and is drawn at a readable size.
    const [text, badge] = await Promise.all([first.locator('text.count').boundingBox(), first.locator('rect.badge').boundingBox()]);
    expect(text!.width).toBeLessThanOrEqual(badge!.width);
    expect(text!.height).toBeGreaterThanOrEqual(10);
    // Events drawn in clusters are not drawn again on their own: every event once, as a mark or in a count.
    const own = await svg.locator('a.mark:not(.mark--cluster)').count();
    expect(own + (await clustered(svg))).toBe(1000);
  });

  test('a cluster is on the keyboard path, and Enter zooms in until its events stand apart', async ({ page }) => {
    const svg = await open(page);
    const before = await clustered(svg);
    const cluster = svg.locator('a.mark--cluster').first();
    const members = (await cluster.getAttribute('data-members'))!.split(' ');
    // From the first event, ArrowRight walks in time order and reaches the cluster (one stop for all its events).
    await svg.locator('a.mark[tabindex="0"]').focus();
    for (let i = 0; i < 60 && !(await cluster.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
    await expect(cluster).toBeFocused();
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-index'));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-zoom-level-text]')).toHaveText(/2/);
    const zoomed = page.locator('[data-pan] svg.timeline-svg:not(.is-away)');
    // Fewer events hidden in counts at zoom 2; focus stays on what stands for the event the keyboard was on.
    expect(await clustered(zoomed)).toBeLessThan(before);
    const focused = await page.evaluate(() => [document.activeElement?.getAttribute('data-index'), document.activeElement?.getAttribute('data-members')]);
    expect(focused[0] === at || (focused[1] ?? '').split(' ').includes(at!)).toBe(true);
    // At the deepest zoom no cluster is left: each of those events is a mark of its own.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(page.locator('[data-zoom-level-text]')).toHaveText(/8/);
    await expect(zoomed.locator('a.mark--cluster')).toHaveCount(0);
    for (const i of members) await expect(zoomed.locator(`a.mark[data-index="${i}"]`)).toHaveCount(1);
  });
});
