import { test, expect } from '@playwright/test';

// tests/fixtures/site/content: the actor weather-service and the term flood-crest are shared by the
// flood and the quake explainers. Each page shows its own role and notes, never the other story's.
const QUAKE = '/fixture-quake-tolls/';
const FLOOD = '/fixture-riverside-flood/';

const role = (page: import('@playwright/test').Page, name: string) =>
  page.locator('.who-is-who dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');

test.describe('shared actors and terms', () => {
  test('the quake page gives the weather service the quake story’s role and citation only', async ({ page }) => {
    await page.goto(QUAKE);
    const dd = role(page, 'National weather service');
    await expect(dd).toHaveText('Forecast heavy rain for the valley (fictional) (¶6)');
    // The list is folded under its summary; its ¶ link goes to the source's own page.
    await expect(dd.locator('a')).toHaveAttribute('href', `${QUAKE}source/fixture-quake-report/#source-fixture-quake-report-p6`);
    await expect(page.locator('main')).not.toContainText('more than the area usually gets in a month');
    await expect(page.locator('a[href*="fixture-riverside-report"]')).toHaveCount(0);
  });

  test('the flood page gives the same actor the flood story’s role', async ({ page }) => {
    await page.goto(FLOOD);
    const dd = role(page, 'National weather service');
    await expect(dd).toContainText('more than the area usually gets in a month');
    await expect(dd.locator('a')).toHaveAttribute('href', `${FLOOD}source/fixture-riverside-report/#source-fixture-riverside-report-p4`);
    await expect(page.locator('main')).not.toContainText('Forecast heavy rain for the valley');
  });

  test('a shared term shows only its general definition where the story has no note for it', async ({ page }) => {
    await page.goto(QUAKE);
    const term = page.locator('#term-flood-crest');
    await expect(term.locator('dd')).toHaveText('The highest level a river reaches as a flood passes a place, before the water starts to fall.');
    await page.goto(FLOOD);
    await expect(page.locator('#term-flood-crest dd')).toContainText('In this story: A second one was expected on Friday, the environment agency said. (¶7)');
  });
});
