import { test, expect, type Page } from '@playwright/test';

// The two islands together: neither imports the other; they talk through `explainer:select`
// (src/client/linked-view.ts).
const URL = '/syria-ceasefire-2016/';
const bar = (page: Page, name: RegExp) => page.locator('ek-casualty-chart').getByRole('button', { name });
const timelineMark = (page: Page, id: string) => page.locator(`ek-timeline svg.timeline-svg:visible a[data-event="${id}"]`);

test.describe('the casualty chart and the timeline, linked', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('ek-timeline')).toHaveCount(1);
    await expect(page.locator('ek-casualty-chart')).toHaveCount(1);
  });

  test('selecting a timeline event about an incident highlights its bar', async ({ page }) => {
    await page.locator('ek-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await timelineMark(page, 'homs-bombings').click();
    await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-pressed', 'true');
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'false');
  });

  test('selecting a bar highlights the timeline events about its incident', async ({ page }) => {
    await page.locator('ek-casualty-chart').scrollIntoViewIfNeeded();
    await bar(page, /^Damascus bombings/).click();
    await page.locator('ek-timeline').scrollIntoViewIfNeeded();
    await expect(timelineMark(page, 'damascus-bombings')).toHaveClass(/is-linked/);
    await expect(timelineMark(page, 'homs-bombings')).not.toHaveClass(/is-linked/);
  });

  test('one selection for the page: selecting a bar after an event drops the event, and the other way round', async ({ page }) => {
    await page.locator('ek-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await timelineMark(page, 'homs-bombings').click();
    await expect(bar(page, /^Homs bombings/)).toHaveAttribute('aria-pressed', 'true');
    await page.locator('ek-casualty-chart').scrollIntoViewIfNeeded();
    await bar(page, /^Damascus bombings/).click();
    await expect(page.locator('ek-casualty-chart [aria-pressed="true"]')).toHaveCount(1);
    await expect(bar(page, /^Damascus bombings/)).toHaveAttribute('aria-pressed', 'true');
    // The timeline no longer shows its event as selected, only the marks about Damascus as linked.
    await expect(timelineMark(page, 'homs-bombings')).not.toHaveAttribute('aria-current', /.+/);
    await expect(timelineMark(page, 'homs-bombings')).not.toHaveClass(/is-selected/);
    await expect(timelineMark(page, 'damascus-bombings')).toHaveClass(/is-linked/);
  });

  test('says "shown on the timeline ↓" when the linked mark is off screen, and the link goes to it', async ({ page }) => {
    await page.locator('ek-casualty-chart').scrollIntoViewIfNeeded();
    await bar(page, /^Homs bombings/).click();
    const link = page.locator('ek-casualty-chart').getByRole('link', { name: 'Shown on the timeline ↓' });
    const marks = page.locator('ek-timeline [data-event="homs-bombings"]');
    const onScreen = () => marks.evaluateAll((ms) => ms.some((m) => { const r = m.getBoundingClientRect(); return r.height > 0 && r.bottom > 0 && r.top < innerHeight; }));
    await expect(link).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 500 });
    await bar(page, /^Homs bombings/).scrollIntoViewIfNeeded();
    await bar(page, /^Homs bombings/).hover();
    expect(await onScreen()).toBe(false);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '#event-homs-bombings');
    await link.click();
    await expect(page).toHaveURL(/#event-homs-bombings$/);
    // The address names the event: its mark (or, as the timeline lays it out, its entry) comes on screen.
    await expect.poll(async () => (await onScreen()) || (await page.locator('#event-homs-bombings').evaluate((el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.bottom > 0 && r.top < innerHeight; }))).toBe(true);
  });
});
