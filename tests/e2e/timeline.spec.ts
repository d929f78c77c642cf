import { test, expect, type Page } from '@playwright/test';
import { drawing, enhanced, firstMarkFocused, marks, timeline } from '../helpers/timeline-page.ts';
import { readContentDir } from '../../src/content/folder-fs.ts';
import { formatWhen } from '../../src/lib/dates.ts';
import { eventWhen } from '../../src/lib/timeline/events.ts';
import { ROOT } from '../helpers/content-fixture.ts';
import { axeViolations } from '../helpers/axe.ts';

const URL = '/syria-ceasefire-2016/';
const all = readContentDir(ROOT).input.events.filter((e) => e.explainer === 'syria-ceasefire-2016');
/**
 * Events in the order of the page's list (time order; explainer.spec.ts checks it), read once from
 * the built page: the keyboard must follow the same order.
 */
let events: typeof all = [];
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(URL);
  const ids = await page.locator('.timeline-event').evaluateAll((els) => els.map((el) => el.id.replace(/^event-/, '')));
  events = ids.map((id) => all.find((e) => e.id === id)!);
  expect(events).toHaveLength(all.length);
  await page.close();
});
const announce = (e: (typeof events)[number]) => `${formatWhen(eventWhen(e))}: ${e.title}`;

const mark = (page: Page, id: string) => drawing(page).locator(`a[data-event="${id}"]`);
/** The horizontal drawing shown: its data-zoom is the zoom level (a closer level is fetched the first time). */
const shownLevel = (page: Page) => page.locator('[data-pan] svg:visible');
const panel = (page: Page) => page.locator('[data-details]');

// The drawing differs by device (horizontal on wide screens, vertical on phones): @phone runs it on both.
test.describe('the timeline without JavaScript', { tag: '@phone' }, () => {
  test.use({ javaScriptEnabled: false });

  test('draws one labelled mark per event, each a link to its entry in the list, shown open', async ({ page }) => {
    await page.goto(URL);
    await expect(marks(page)).toHaveCount(events.length);
    for (const e of events) {
      const m = mark(page, e.id);
      // "date: title", or "date: short label — title" where the drawing shows the short label.
      await expect(m).toHaveAttribute('aria-label', new RegExp(`^${escape(formatWhen(eventWhen(e)))}: .*${escape(e.title)}\\.`));
      await expect(m).toHaveAttribute('href', `#event-${e.id}`);
    }
    // The section is the region named "How it unfolded"; the drawing inside is not named again.
    await expect(drawing(page).locator('title')).toHaveCount(0);
    await expect(drawing(page).locator('desc')).toContainText(`${events.length} events`);
    // The list is the timeline here: every entry visible, no disclosure to open, no panel.
    for (const e of events) await expect(page.locator(`#event-${e.id}`)).toBeVisible();
    await expect(page.getByText('All events as a list')).toBeHidden();
    await expect(panel(page)).toBeHidden();
  });

  test('tells expected, context and span events apart in the drawing', async ({ page }) => {
    await page.goto(URL);
    await expect(mark(page, 'obama-putin-talk')).toHaveAttribute('aria-label', /Expected at the time of the report/);
    await expect(mark(page, 'obama-putin-talk')).toHaveClass(/mark--expected/);
    await expect(mark(page, 'unsc-2268')).toHaveAttribute('aria-label', /Context from another source/);
    await expect(mark(page, 'unsc-2268').locator('.shape')).toHaveAttribute('d', /L/); // a diamond, not a circle
    await expect(mark(page, 'kerry-announces').locator('.shape')).toHaveAttribute('d', /A/);
    await expect(mark(page, 'aid-shipments').locator('.bar')).toBeVisible();
    // A line with an arrow along the time axis: across on a desktop, down on a phone (some time after).
    await expect(mark(page, 'obama-putin-talk').locator('.extent')).toHaveAttribute('d', /[HV]/);
  });

  test('a mark leads to its event in the list', async ({ page }) => {
    await page.goto(URL);
    await mark(page, 'homs-bombings').click();
    await expect(page).toHaveURL(/#event-homs-bombings$/);
    await expect(page.locator('#event-homs-bombings')).toBeInViewport();
  });
});

// The rest of the page, and the page as served with no script at all, are the sweep's (tests/hardening).
test('has no axe violations before enhancement', async ({ page }) => {
  // Keep the interactive chunk from loading: the page as it is before (or without) enhancement.
  await page.route(/\/timeline-enhance\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto(URL);
  await timeline(page).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-controls]')).toBeHidden();
  await expect(timeline(page)).not.toHaveAttribute('data-enhanced');
  expect(await axeViolations(page, { include: 'ek-timeline' })).toEqual([]);
});

test.describe('the enhanced timeline', () => {
  test('loads its interactive code only when the timeline comes into view', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(URL);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /\/timeline-enhance\.[\w-]+\.js$/.test(u))).toEqual([]);
    await expect(timeline(page)).not.toHaveAttribute('data-enhanced');
    await enhanced(page);
    expect(requested.filter((u) => /\/timeline-enhance\.[\w-]+\.js$/.test(u))).toHaveLength(1);
  });

  test('is one Tab stop from its heading; arrows move in time order, Home/End to the ends; the hint shows on focus', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    const hint = page.locator('[data-hint]');
    await enhanced(page);
    await expect(hint).toBeHidden();
    const first = await firstMarkFocused(page);
    await expect(first).toHaveAttribute('data-event', events[0].id);
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Arrow keys');
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, events[2].id)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('End');
    await expect(mark(page, events.at(-1)!.id)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, events[0].id)).toBeFocused();
    await expect(drawing(page).locator('a.mark[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(drawing(page).locator('a.mark:focus')).toHaveCount(0);
    await expect(hint).toBeHidden();
  });

  test('the contents list\'s entry lands on the timeline: its current mark has focus', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const toc = page.locator('nav.toc');
    // Under 80rem the list is folded into one line ("All sections"): open it, as a reader taps it.
    const entry = toc.getByRole('link', { name: 'How it unfolded' });
    if (!(await entry.isVisible())) await toc.getByText('All sections').click();
    await entry.click();
    await expect(marks(page).first()).toBeFocused();
  });

  test('a tap on a mark, or a link to a late event, shows its details in view on a phone', { tag: '@phone' }, async ({ page, isMobile }) => {
    test.skip(!isMobile, 'on a wide screen the panel is under the drawing, in view with it');
    const inView = () => panel(page).evaluate((p) => { const b = p.getBoundingClientRect(); return b.top < innerHeight && b.bottom > 0; });
    await page.goto(`${URL}#event-${events.at(-1)!.id}`);
    await enhanced(page);
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events.at(-1)!.title);
    await expect.poll(inView).toBe(true);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await mark(page, events[1].id).scrollIntoViewIfNeeded();
    await mark(page, events[1].id).tap();
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events[1].title);
    await expect.poll(inView).toBe(true);
  });

  test('the keyboard hint covers no mark and no label of the drawing', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    const hint = page.locator('[data-hint]');
    await expect(hint).toBeVisible();
    const h = (await hint.boundingBox())!;
    const covered = await drawing(page).evaluate((svg, h) => {
      const out: string[] = [];
      for (const el of svg.querySelectorAll('a.mark, text')) {
        const b = el.getBoundingClientRect();
        if (b.width && b.left < h.x + h.width && b.right > h.x && b.top < h.y + h.height && b.bottom > h.y) out.push((el.textContent ?? '').trim() || el.getAttribute('aria-label') || '');
      }
      return out;
    }, h);
    expect(covered).toEqual([]);
  });

  test('arrowing to a mark brings it whole into view, below the sticky header (Focus Not Obscured)', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    // The drawing starts low on the screen: most of its marks are below the fold.
    await drawing(page).evaluate((svg) => window.scrollBy({ top: svg.getBoundingClientRect().top - innerHeight * 0.6, behavior: 'instant' }));
    await marks(page).first().focus();
    const header = (await page.locator('header').first().boundingBox())!;
    const inView = () =>
      page.evaluate(
        (headerBottom) => {
          const b = document.activeElement!.getBoundingClientRect();
          return b.top >= headerBottom && b.bottom <= innerHeight;
        },
        header.y + header.height,
      );
    for (let i = 1; i < events.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(mark(page, events[i].id)).toBeFocused();
      expect(await inView(), `${events[i].id} whole on screen`).toBe(true);
    }
    // And back up, under the sticky header.
    await page.keyboard.press('Home');
    await expect(mark(page, events[0].id)).toBeFocused();
    expect(await inView(), 'the first mark whole on screen').toBe(true);
  });

  test('says each event once: the graphic and one details panel, the list behind a disclosure', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const disclosure = page.locator('[data-list]');
    await expect(disclosure).not.toHaveAttribute('open');
    for (const e of events) await expect(page.locator(`#event-${e.id}`)).toBeHidden();
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events[0].title);
    await page.getByText('All events as a list').click();
    for (const e of events) await expect(page.locator(`#event-${e.id}`)).toBeVisible();
  });

  test('Enter selects: details panel with date, description, who and source; an announcement; the address replaced', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    const kerry = events.findIndex((e) => e.id === 'kerry-announces');
    for (let i = 0; i < kerry; i++) await page.keyboard.press('ArrowRight');
    await expect(mark(page, 'kerry-announces')).toBeFocused();
    const historyLength = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    const e = events[kerry];
    await expect(mark(page, 'kerry-announces')).toHaveAttribute('aria-current', 'true');
    // The mark's name, just read, said the date and title: the announcement does not say them again.
    await expect(page.locator('[data-live]')).toHaveText('Its details are shown under the timeline.');
    await expect(page.locator('[data-live]')).not.toContainText(e.title);
    await expect(page.locator('[data-live]')).toHaveAttribute('aria-live', 'polite');
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(e.title);
    await expect(panel(page)).toContainText(e.description.trim().slice(0, 40));
    await expect(panel(page)).toContainText(formatWhen(eventWhen(e)));
    await expect(panel(page).getByRole('link', { name: 'John Kerry' })).toBeVisible();
    await expect(panel(page).getByRole('link', { name: /source, paragraph 1/ })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#event-kerry-announces$`));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events[kerry + 1].title);
    await expect(page.locator('[data-live]')).toHaveText('Its details are shown under the timeline.');
  });

  test('a click or tap on a mark selects it; hovering shows its date and title', { tag: '@phone' }, async ({ page, isMobile }) => {
    await page.goto(URL);
    await enhanced(page);
    const m = mark(page, 'homs-bombings');
    if (!isMobile) {
      await m.hover();
      await expect(page.locator('.timeline-tooltip')).toHaveText(announce(events.find((e) => e.id === 'homs-bombings')!));
    }
    await m.click();
    await expect(m).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/#event-homs-bombings$/);
  });

  test('the lane filter hides a lane, in the drawing and the list, and the keys skip it', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await page.getByRole('checkbox', { name: 'Diplomacy' }).uncheck();
    const diplomacy = events.filter((e) => e.lane === 'diplomacy');
    for (const e of diplomacy) await expect(mark(page, e.id)).toBeHidden();
    await page.getByText('All events as a list').click();
    for (const e of diplomacy) await expect(page.locator(`#event-${e.id}`)).toBeHidden();
    const rest = events.filter((e) => e.lane !== 'diplomacy');
    await firstMarkFocused(page).catch(() => undefined);
    await expect(mark(page, rest[0].id)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, rest[1].id)).toBeFocused();
    await page.getByRole('checkbox', { name: 'Diplomacy' }).check();
    await expect(mark(page, diplomacy[0].id)).toBeVisible();
  });

  test('copies a link to the selected event', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(URL);
    await enhanced(page);
    await mark(page, 'unsc-2268').click();
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${URL}#event-unsc-2268`);
  });

  test('when the clipboard is refused, Copy link shows the link in a field, selected, and says to press Ctrl+C', async ({ page, baseURL }) => {
    await page.goto(URL);
    await enhanced(page);
    // The kit's one clipboard module (src/client/clipboard.ts) falls back when writeText is refused.
    await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('refused')) }));
    await mark(page, 'unsc-2268').click();
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    const field = panel(page).getByRole('textbox', { name: 'Link to the selected event' });
    await expect(field).toHaveValue(`${baseURL}${URL}#event-unsc-2268`);
    await expect(field).toBeFocused();
    expect(await field.evaluate((f: HTMLInputElement) => f.value.slice(f.selectionStart!, f.selectionEnd!))).toBe(`${baseURL}${URL}#event-unsc-2268`);
    await expect(panel(page).getByRole('status')).toHaveText('Press Ctrl+C (or ⌘C) to copy the selected link');
  });

  test('copies a link to the event shown before any selection (the first), never an empty one', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(URL);
    await enhanced(page);
    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${baseURL}${URL}#event-[a-z0-9]`));
  });

  test('tells the other islands which incident is selected, and highlights theirs', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const sent = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('explainer:select', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await mark(page, 'damascus-bombings').click();
    expect(await sent).toEqual({ explainer: 'syria-ceasefire-2016', source: 'timeline', island: 'timeline-syria-ceasefire-2016', eventId: 'damascus-bombings', incident: 'damascus-bombings' });
    await page.evaluate(() =>
      document.dispatchEvent(new CustomEvent('explainer:select', { detail: { explainer: 'syria-ceasefire-2016', source: 'casualties', incident: 'homs-bombings' } })),
    );
    await expect(mark(page, 'homs-bombings')).toHaveClass(/is-linked/);
    await expect(mark(page, 'damascus-bombings')).not.toHaveClass(/is-linked/);
    await expect(page.locator('#event-homs-bombings')).toHaveClass(/is-linked/);
  });

  test('a deep link opens with its event selected and in view, and the list open at it', { tag: '@phone' }, async ({ page }) => {
    await page.goto(`${URL}#event-assad-interview`);
    const m = mark(page, 'assad-interview');
    await expect(m).toHaveAttribute('aria-current', 'true');
    await expect(m.locator('.shape')).toBeInViewport();
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events.find((e) => e.id === 'assad-interview')!.title);
    await expect(page.locator('[data-list]')).toHaveAttribute('open', '');
  });

  for (const hash of ['#event-%', '#event-%E0%A4%A', '#event-', '#event-no-such-event', '#event-%3Cscript%3E']) {
    test(`a malformed or unknown address (${hash}) is ignored and the timeline still works`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${URL}${hash}`);
      await enhanced(page);
      await expect(drawing(page).locator('a.mark[aria-current="true"]')).toHaveAttribute('data-event', events[0].id);
      await mark(page, 'homs-bombings').click();
      await expect(mark(page, 'homs-bombings')).toHaveAttribute('aria-current', 'true');
      expect(errors).toEqual([]);
    });
  }

  test('the screen-reader structure: a region named once, holding the group of event links, lane filters named once, no axis or legend noise', { tag: '@phone' }, async ({ page, isMobile }) => {
    await page.goto(URL);
    await enhanced(page);
    const section = page.locator('section.timeline');
    await expect(section).toMatchAriaSnapshot(`
      - region /^How it unfolded/:
        - heading /^How it unfolded/ [level=2]
        - group:
          - 'link /^11 February 2016: (Syria Support Group meets in Munich — )?The International Syria Support Group meets in Munich/'
          - 'link /^12 February 2016: (Deal to pause the fighting — )?World powers agree/'
          - 'link /^week of 15 February 2016: Aid shipments/'
          - 'link /^19 February 2016: The one-week deadline/'
        - group "Show lanes":
          - checkbox "Diplomacy" [checked]
          - checkbox "Humanitarian" [checked]
        - 'heading "The International Syria Support Group meets in Munich" [level=3]'
        - button "Copy link"
        - group: All events as a list
    `);
    // Nothing else in the drawing speaks: 15 links, no tick text, no lane names, no legend list.
    const snapshot = await section.ariaSnapshot();
    expect(snapshot.match(/link "[^"]*\d{4}: /g)).toHaveLength(events.length);
    expect(snapshot).not.toMatch(/text: (11 Feb|13 Feb|Diplomacy Humanitarian)/);
    expect(snapshot).not.toMatch(/- listitem: (Reported|Diplomacy)$/m);
    if (!isMobile) expect(snapshot).toMatch(/- button "Zoom in"/);
    // Each lane filter is named once, by its label; the group's name is not read again as text.
    expect(snapshot.match(/- checkbox "Diplomacy"/g)).toHaveLength(1);
    expect(snapshot).not.toMatch(/- text: (Diplomacy|Show lanes)$/m);
    // The list is behind its disclosure: not read again.
    expect(snapshot).toMatch(/- group:\n\s*- text: All events as a list|All events as a list/);
    expect(snapshot).not.toMatch(/- heading "Aid shipments reach several besieged areas" \[level=3\]/);
  });

  // The whole enhanced page, in both layouts and themes, is the sweep's (tests/hardening/sweep.spec.ts):
  // here the state it does not reach, an event selected.
  test('has no axe violations with an event selected', { tag: '@phone' }, async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await mark(page, 'kerry-announces').click();
    await expect(panel(page)).toBeVisible();
    expect(await axeViolations(page, { include: 'ek-timeline' })).toEqual([]);
  });
});

test.describe('zoom and pan (wide screens)', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone drawing has no zoom: its axis scrolls with the page');

  test('+ and − zoom from the keyboard; the drawing is laid out anew: more ticks, 1 px gridlines, labels the same size', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    const label = () => mark(page, events[0].id).locator('.label').boundingBox();
    const ticks = () => page.locator('[data-pan] svg:visible .tick').count();
    const h0 = (await label())!.height;
    const t0 = await ticks();
    await page.keyboard.press('+');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '2');
    await page.keyboard.press('+');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '4');
    await expect(mark(page, events[0].id)).toBeFocused();
    expect(await ticks()).toBeGreaterThan(t0);
    expect(Math.abs((await label())!.height - h0)).toBeLessThan(1);
    const line = page.locator('[data-pan] svg:visible .tick line').first();
    expect(await line.evaluate((l) => [getComputedStyle(l).strokeWidth, getComputedStyle(l).vectorEffect])).toEqual(['1px', 'non-scaling-stroke']);
    expect((await line.boundingBox())!.width).toBeLessThanOrEqual(1.5);
    await page.keyboard.press('-');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '2');
    await page.keyboard.press('Escape');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '1');
    await expect(mark(page, events[0].id)).toBeFocused();
  });

  test('zoomed and panned, the lanes keep their names at the window\'s start, no text is cut by its edges, and a focused mark is whole in view', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(URL);
    await enhanced(page);
    await timeline(page).evaluate((el: HTMLElement & { timeline: { zoomTo(l: number): Promise<void>; panBy(dx: number): void } }) => el.timeline.zoomTo(1).then(() => el.timeline.panBy(300)));
    const names = page.locator('.timeline-lane-names');
    await expect(names).toBeVisible();
    await expect(names.locator('text')).toHaveText(['Diplomacy', 'Humanitarian', 'Syrian parties', 'Violence']);
    // At rest, every text of the drawing that is shown is whole inside the window.
    const win = (await page.locator('[data-pan]').boundingBox())!;
    await expect
      .poll(() =>
        shownLevel(page).evaluate((svg, w) =>
          [...svg.querySelectorAll('text')]
            .filter((t) => getComputedStyle(t).visibility === 'visible')
            .map((t) => t.getBoundingClientRect())
            .filter((b) => b.width > 0 && b.right > w.x && b.left < w.x + w.width)
            .filter((b) => b.left < w.x - 0.5 || b.right > w.x + w.width + 0.5).length,
        win),
      )
      .toBe(0);
    // The keyboard's mark, reached with the arrows, is shown with all of its label.
    await marks(page).first().focus();
    for (let i = 0; i < events.length - 1; i++) {
      await page.keyboard.press('ArrowRight');
      const focused = page.locator('[data-pan] svg:visible a.mark:focus');
      // Whole, unless the mark and its label are wider than the window (a long bar): then its start.
      // Polled: the pan that reveals it follows the focus by a frame.
      await expect
        .poll(async () => {
          const box = (await focused.boundingBox())!;
          return box.x >= win.x - 0.5 && (box.width > win.width - 8 || box.x + box.width <= win.x + win.width + 0.5);
        }, { message: `the mark focused after ${i + 1} ArrowRight is whole in the window` })
        .toBe(true);
    }
  });

  test('the page carries zoom 1 only: the closer levels are fetched from our own build the first time the reader zooms', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (/\/timeline-[^/]*\.json$/.test(new globalThis.URL(r.url()).pathname)) fetched.push(new globalThis.URL(r.url()).pathname);
    });
    await page.goto(URL);
    await expect(page.locator('template[data-zoom-level]')).toHaveCount(0);
    await expect(page.locator('[data-pan] svg')).toHaveCount(1);
    await firstMarkFocused(page);
    expect(fetched).toEqual([]);
    await page.keyboard.press('+');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '2');
    await expect(mark(page, events[0].id)).toBeFocused();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '8');
    expect(fetched).toEqual(['/syria-ceasefire-2016/timeline-1.json']);
  });

  test('when the closer levels cannot be loaded, the whole timeline stays usable and a message says so', async ({ page }) => {
    await page.route('**/timeline-*.json', (route) => route.abort('internetdisconnected'));
    await page.goto(URL);
    const first = await firstMarkFocused(page);
    await page.keyboard.press('+');
    await expect(timeline(page).getByRole('status').filter({ hasText: 'The closer views could not be loaded' })).toBeVisible();
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '1');
    await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(marks(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 3 })).toHaveText(events[1].title);
    // Back on line, the next zoom works and the message goes.
    await page.unroute('**/timeline-*.json');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '2');
    await expect(timeline(page).getByRole('status').filter({ hasText: 'The closer views could not be loaded' })).toHaveCount(0);
  });

  test('zooms with the buttons and pans with buttons, Page Up/Down and dragging', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    const x = () => page.locator('[data-pan] svg:visible').evaluate((s) => s.getBoundingClientRect().x);
    await expect(page.getByRole('button', { name: 'Later' })).toBeDisabled();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '4');
    const a = await x();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect.poll(x).toBeLessThan(a - 50);
    const b = await x();
    await page.getByRole('button', { name: 'Earlier' }).click();
    await expect.poll(x).toBeGreaterThan(b + 50);
    await firstMarkFocused(page);
    const c = await x();
    await page.keyboard.press('PageDown');
    await expect.poll(x).toBeLessThan(c - 50);
    const d = await x();
    await page.keyboard.press('PageUp');
    await expect.poll(x).toBeGreaterThan(d + 50);
    // Drag from an empty spot towards the left: later events come into view. (The keys above may have
    // scrolled the page: bring the whole drawing on screen first, so the drag starts on it.)
    await page.locator('[data-pan]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await page.locator('[data-pan]').boundingBox())!;
    const e = await x();
    await page.mouse.move(box.x + box.width / 2, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 6, { steps: 5 });
    await page.mouse.up();
    await expect.poll(x).toBeLessThan(e - 100);
    await page.getByRole('button', { name: 'Whole timeline' }).click();
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '1');
    await expect.poll(async () => Math.abs((await x()) - box.x)).toBeLessThan(1);
  });

  test('arrow keys pan a zoomed timeline to keep the focused event in view', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await expect(shownLevel(page)).toHaveAttribute('data-zoom', '8');
    await page.keyboard.press('End');
    const last = mark(page, events.at(-1)!.id);
    await expect(last).toBeFocused();
    const win = (await page.locator('[data-pan]').boundingBox())!;
    await expect(async () => {
      const b = (await last.locator('.shape, .bar').first().boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(win.x);
      expect(b.x + b.width).toBeLessThanOrEqual(win.x + win.width);
    }).toPass();
  });

  test('marks panned out of view stay in the accessibility tree', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    // The closer levels arrive with their file (fetched at the first zoom): wait for the deepest one.
    await expect(page.locator('[data-pan] svg[data-zoom="8"]')).toBeVisible();
    const snapshot = await page.locator('[data-pan] svg:visible').ariaSnapshot();
    expect(snapshot.match(/link "[^"]*\d{4}: /g)).toHaveLength(events.length);
  });

  test('draws a week as exactly that week, ending before the report day', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    // In the drawing's own units: tick positions and the marks' geometry.
    const geometry = await page.locator('[data-pan] svg:visible').evaluate((svg) => {
      const tx = (el: Element | null) => Number(/translate\(([-\d.]+)/.exec(el?.getAttribute('transform') ?? '')?.[1]);
      const tick = (label: string) => tx([...svg.querySelectorAll('.tick')].find((t) => t.textContent === label) ?? null);
      const origin = (id: string) => tx(svg.querySelector(`a[data-event="${id}"] > g`));
      const bar = svg.querySelector('a[data-event="aid-shipments"] .bar')!;
      return {
        t15: tick('15 Feb'), t21: tick('21 Feb'),
        bar: [origin('aid-shipments') + Number(bar.getAttribute('x')), origin('aid-shipments') + Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))],
      };
    });
    const perDay = (geometry.t21 - geometry.t15) / 6;
    // 15 February 00:00 to 21 February 00:00, the start of the report's day: six days, not seven.
    expect(geometry.bar[0]).toBeCloseTo(geometry.t15, 0);
    expect(geometry.bar[1]).toBeCloseTo(geometry.t21, 0);
    expect(geometry.bar[1] - geometry.bar[0]).toBeCloseTo(6 * perDay, 0);
  });
});

test.describe('reduced motion', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone drawing does not pan');
  for (const motion of ['reduce', 'no-preference'] as const) {
    test(`pans ${motion === 'reduce' ? 'without' : 'with'} a transition when motion is ${motion}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(URL);
      await enhanced(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      const duration = await page.locator('[data-pan] svg:visible').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
      if (motion === 'reduce') expect(duration).toBeLessThan(0.001);
      else expect(duration).toBeGreaterThan(0);
    });
  }
});

test.describe('printing the timeline', () => {
  test('prints the whole drawing at page width, unzoomed, then the list', async ({ page, isMobile }) => {
    test.skip(isMobile, 'print layout is the same on every device');
    await page.goto(URL);
    await enhanced(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator('[data-pan] svg[data-zoom="1"]');
    await expect(svg).toBeVisible();
    await expect(page.locator('[data-pan] svg[data-zoom="2"]')).toBeHidden();
    await expect(page.locator('svg.timeline-svg--vertical')).toBeHidden();
    const [s, main] = [(await svg.boundingBox())!, (await page.locator('main').boundingBox())!];
    expect(s.width).toBeGreaterThan(main.width * 0.9);
    await expect(svg.getByRole('link')).toHaveCount(events.length);
    for (const e of events) await expect(page.locator(`#event-${e.id}`)).toBeVisible();
    expect(s.y).toBeLessThan((await page.locator(`#event-${events[0].id}`).boundingBox())!.y);
    await expect(page.locator('[data-controls]')).toBeHidden();
    await expect(panel(page)).toBeHidden();
  });
});

test.describe('the timeline on a 320 px screen', { tag: '@phone' }, () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('runs vertically, in time order, without sideways scrolling', async ({ page }) => {
    await page.goto(URL);
    await enhanced(page);
    await expect(page.locator('svg.timeline-svg--vertical')).toBeVisible();
    await expect(page.locator('[data-pan]')).toBeHidden();
    const ys: number[] = [];
    for (const e of events) ys.push((await mark(page, e.id).locator('.shape, .bar').first().boundingBox())!.y);
    const points = events.map((e, i) => ({ e, y: ys[i] })).filter(({ e }) => (e.precision ?? 'day') === 'day');
    for (let i = 1; i < points.length; i++) expect(points[i].y).toBeGreaterThanOrEqual(points[i - 1].y);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('arrow keys move down the vertical timeline', async ({ page }) => {
    await page.goto(URL);
    await firstMarkFocused(page);
    await page.keyboard.press('ArrowDown');
    await expect(mark(page, events[1].id)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-live]')).toHaveText('Its details are shown under the timeline.');
    await expect(page.locator('[data-details]').getByRole('heading', { level: 3 })).toHaveText(events[1].title);
  });
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
