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
});
