import { test, expect } from '@playwright/test';
import { sitemapPaths } from '../helpers/sitemap';
import { axeViolations } from '../helpers/axe';

const paths = sitemapPaths();

test('the sitemap lists the index and the seed explainer', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/syria-ceasefire-2016/');
});

for (const path of [...paths, '/404.html']) {
  test(`${path} has no axe violations (WCAG 2.2 AA and best practice)`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
