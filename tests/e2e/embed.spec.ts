import { test, expect, type Page } from '@playwright/test';

const EMBED = '/embed/syria-ceasefire-2016/timeline/';
// Three origins, all served through Playwright (page.route): the host article, the attacker's frame,
// and the explainer site itself, proxied to the preview server (Chromium's private-network checks
// would stop a public-looking host from framing localhost before our code runs).
const PARENT = 'http://news-host.test/article/';
const EVIL = 'http://ads.test/frame/';
const SITE = 'http://explainers.test';

test.describe('embed pages', () => {
  test('the timeline embed shows the graphic and its panel, the source line and a link back, and is noindex', async ({ page }) => {
    await page.goto(EMBED);
    await expect(page.locator('svg.timeline-svg:visible').getByRole('link').first()).toBeVisible();
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    await expect(page.locator('[data-details]')).toBeVisible();
    await expect(page.locator('.timeline-event').first()).toBeHidden();
    await expect(page.locator('header[data-site-header]')).toHaveCount(0);
    await expect(page.getByText(/^Source: Agency report \(Agencies\), Amman, 21 February 2016$/)).toBeVisible();
    const back = page.getByRole('link', { name: /Read the full explainer/ });
    await expect(back).toHaveAttribute('href', /\/syria-ceasefire-2016\/$/);
    await expect(back).toHaveAttribute('target', '_top');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('the casualties embed shows the table', async ({ page }) => {
    await page.goto('/embed/syria-ceasefire-2016/casualties/');
    await page.getByText('The figures as a table, with their sources').click();
    await expect(page.getByRole('table', { name: /reported deaths/i })).toContainText('at least 59');
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`every link in the timeline embed opens the article in the top window (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${baseURL}${EMBED}`);
      const canonical = await page.locator('[data-explainer-url]').getAttribute('data-explainer-url');
      expect(canonical).toMatch(/\/syria-ceasefire-2016\/$/);
      const links = await page
        .locator('.embed a[href]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), external: /external/.test(a.getAttribute('rel') ?? '') })));
      expect(links.length).toBeGreaterThan(40); // marks, ¶ citations, actors, the link back
      // Every link but those to outside documents (rel=external) opens the article (or, for a ¶
      // citation, its source's page), in the top window.
      for (const l of links.filter((x) => !x.external)) {
        expect(l.href.startsWith(canonical!), l.href).toBe(true);
        expect(l.target, l.href).toBe('_top');
      }
      // An outside document opens in the top window too, never inside the frame.
      for (const l of links.filter((x) => x.external)) expect(l.target, l.href).toBe('_top');
      const cite = page.locator('#event-homs-bombings').getByRole('link', { name: 'source, paragraph 7', includeHidden: true });
      await expect(cite).toHaveAttribute('href', `${canonical}source/2016-02-21-amman-syria-ceasefire/#source-2016-02-21-amman-syria-ceasefire-p7`);
      await context.close();
    });
  }

  test('Copy link inside an embed copies the article’s link to the event', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(EMBED);
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    const canonical = await page.locator('[data-explainer-url]').getAttribute('data-explainer-url');
    await page.locator('svg.timeline-svg:visible a[data-event="unsc-2268"]').click();
    await page.locator('[data-details]').getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#event-unsc-2268`);
  });

  for (const [width, limit] of [[1280, 900], [375, 1200]] as const) {
    test(`the timeline embed is at most ${limit} px tall at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(EMBED);
      await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      test.info().annotations.push({ type: 'embed height', description: `${height} px at ${width}` });
      expect(height).toBeLessThanOrEqual(limit);
    });
  }

  test('?theme=dark shows the dark theme', async ({ page }) => {
    await page.goto(`${EMBED}?theme=dark`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 24, 29)');
    await page.goto(`${EMBED}?theme=light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test('the explainer page offers the embed code for each graphic, the locator map too, with copy buttons', async ({ page, baseURL }) => {
    await page.goto('/syria-ceasefire-2016/');
    const box = page.getByRole('region', { name: /embed this explainer/i });
    await box.getByText('Embed the graphics on another page').click();
    await expect(box.locator('#embed-code-timeline')).toContainText('/embed/syria-ceasefire-2016/timeline/?id=syria-ceasefire-2016-timeline');
    await expect(box.locator('#embed-code-timeline')).toContainText('/embed.js" async></script>');
    await expect(box.locator('#embed-code-casualties')).toContainText('data-explainer-embed="syria-ceasefire-2016-casualties"');
    await expect(box.getByRole('button', { name: 'Copy the embed code for the timeline' })).toBeVisible();
    await expect(box.locator('#embed-code-map')).toContainText('/embed/syria-ceasefire-2016/map/?id=syria-ceasefire-2016-map');
    await expect(box.getByRole('button', { name: 'Copy the embed code for the locator map' })).toBeVisible();
    expect(baseURL).toBeTruthy();
  });
});

const MAP_EMBED = '/embed/syria-ceasefire-2016/map/';

test.describe('the locator map embed', () => {
  test('shows only the map and its list of places, with the source line and a link back', async ({ page }) => {
    await page.goto(MAP_EMBED);
    await expect(page).toHaveTitle(/: locator map/);
    await expect(page.getByRole('heading', { level: 2, name: 'Where it happened' })).toBeVisible();
    await expect(page.locator('ek-locator-map')).toHaveAttribute('data-enhanced', '');
    await expect(page.getByRole('list', { name: 'Places in this story' }).getByRole('link', { name: /Bombings in Homs kill at least 59 people/ })).toBeVisible();
    await expect(page.getByText('Map data: Natural Earth (public domain).', { exact: false })).toBeVisible();
    // The map alone: no timeline, no chart, no site header.
    await expect(page.locator('ek-timeline, ek-casualty-chart, header[data-site-header]')).toHaveCount(0);
    // The map's own hint, not one promising a timeline and a chart that the frame does not have.
    await expect(page.getByText(/Arrow keys move between places/)).not.toContainText('timeline');
    await expect(page.getByText(/^Source: Agency report \(Agencies\), Amman, 21 February 2016$/)).toBeVisible();
    const back = page.getByRole('link', { name: /Read the full explainer/ });
    await expect(back).toHaveAttribute('href', /\/syria-ceasefire-2016\/$/);
    await expect(back).toHaveAttribute('target', '_top');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`fits its frame at 375 and 1280 px with no sideways scroll, at most 900 px tall at 1280, and every link opens the article (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(`${baseURL}${MAP_EMBED}`);
        await expect(page.locator('.lm-place[data-place="homs"] .lm-dot')).toBeVisible();
        const [scrollWidth, clientWidth, height] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        ]);
        test.info().annotations.push({ type: 'map embed height', description: `${height} px at ${width}` });
        expect(scrollWidth, `sideways scroll at ${width} px`).toBeLessThanOrEqual(clientWidth);
        if (width === 1280) expect(height).toBeLessThanOrEqual(900);
      }
      const canonical = await page.locator('[data-explainer-url]').getAttribute('data-explainer-url');
      const links = await page.locator('.embed a[href]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target') })));
      expect(links.length).toBeGreaterThanOrEqual(6); // the places' events and tolls, the link back
      for (const l of links) {
        expect(l.href.startsWith(canonical!), l.href).toBe(true);
        expect(l.target, l.href).toBe('_top');
      }
      await expect(page.getByRole('link', { name: /Toll: Homs bombings/ })).toHaveAttribute('href', `${canonical}#incident-homs-bombings`);
      await context.close();
    });
  }
});

/**
 * A host page on another origin (127.0.0.1, served by Playwright) that frames the real embed page
 * from the preview server and loads public/embed.js from it, plus an attacker frame (127.0.0.2).
 */
async function hostPage(page: Page, baseURL: string, opts: { evilFrame?: boolean } = {}) {
  await page.route(`${SITE}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(SITE, baseURL) });
    await route.fulfill({ response });
  });
  const src = `${SITE}${EMBED}?id=syria-ceasefire-2016-timeline`;
  await page.route(`${PARENT}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><h1>Host article</h1>
        <iframe id="embed" src="${src}" title="Timeline" data-explainer-embed="syria-ceasefire-2016-timeline" width="100%" height="150"></iframe>
        ${opts.evilFrame ? `<iframe id="evil" src="${EVIL}" title="ad"></iframe>` : ''}
        <script src="${SITE}/embed.js"></script></body></html>`,
    }),
  );
  await page.route(`${EVIL}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><script>
        window.sendSpoof = () => parent.postMessage({ type: 'explainer-embed:height', version: 1, id: 'syria-ceasefire-2016-timeline', height: 7 }, '*');
      </script>`,
    }),
  );
  await page.goto(PARENT);
}

// The frame's inner height (without its border), which the content height should fill.
const frameHeight = (page: Page) => page.locator('#embed').evaluate((f: HTMLIFrameElement) => f.clientHeight);

test.describe('embed resizing on a host page', () => {
  test('the host receives the documented height message and resizes the frame to it', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      (window as unknown as { got: unknown[] }).got = [];
      addEventListener('message', (e) => (window as unknown as { got: unknown[] }).got.push({ origin: e.origin, data: e.data }));
    });
    await hostPage(page, baseURL!);
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(400);
    const messages = async () =>
      (await page.evaluate(() => (window as unknown as { got: { origin: string; data: Record<string, unknown> }[] }).got)).filter(
        (m) => m.data?.type === 'explainer-embed:height',
      );
    const got = await messages();
    expect(got.length).toBeGreaterThan(0);
    const last = got.at(-1)!;
    expect(last.origin).toBe(SITE);
    expect(last.data).toEqual({ type: 'explainer-embed:height', version: 1, id: 'syria-ceasefire-2016-timeline', height: expect.any(Number) });
    // The island may still be enhancing (its height changes, a new message follows): once it
    // settles, the frame has the height of the latest message.
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - ((await messages()).at(-1)!.data.height as number)), { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    // The frame's own document fits: no inner scrollbar.
    const inner = page.frameLocator('#embed').locator('html');
    const [scrollH, clientH] = await inner.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scrollH).toBeLessThanOrEqual(clientH + 1);
  });

  test('a height message from another origin or window is ignored', async ({ page, baseURL }) => {
    await hostPage(page, baseURL!, { evilFrame: true });
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(400);
    const before = await frameHeight(page);
    // From another frame on another origin, with the right shape and id.
    await page.frame({ url: EVIL })!.evaluate(() => (window as unknown as { sendSpoof: () => void }).sendSpoof());
    // From the host window itself (right shape, wrong source and origin).
    await page.evaluate(() => window.postMessage({ type: 'explainer-embed:height', version: 1, id: 'syria-ceasefire-2016-timeline', height: 9 }, '*'));
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    await expect(page.locator('#embed')).not.toHaveAttribute('height', /^(7|9)$/);
  });
});
