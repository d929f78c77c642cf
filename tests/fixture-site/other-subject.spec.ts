import { test, expect } from '@playwright/test';

// The fixture site is built from tests/fixtures/site/content: fictional data on another subject.
test.describe('an explainer on another subject (fixture site)', () => {
  test('renders its own events, figures, actors and sources, none of the Syria data', async ({ page }) => {
    await page.goto('/fixture-harbour-strike/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Portvale dock strike/);
    await expect(page.locator('#event-crane-collapse')).toContainText('A crane collapses');
    await page.getByText('The figures as a table, with their sources').click();
    await expect(page.getByRole('table', { name: /reported deaths/i })).toContainText('at least 2');
    await expect(page.locator('#actor-ana-ruiz')).toHaveText('Ana Ruiz');
    await expect(page.locator('#term-mediator')).toContainText('neutral person');
    await expect(page.locator('body')).not.toContainText(/Damascus|Kerry/);
  });

  test('the index lists only the fixture explainer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Portvale dock strike/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Syria/ })).toHaveCount(0);
  });
});
