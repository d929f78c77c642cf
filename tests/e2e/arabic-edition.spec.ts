import { test, expect } from '@playwright/test';
import { firstMarkFocused } from '../helpers/timeline-page.ts';

// The Arabic edition of the seed explainer (content/ar/): a translation of the English page, linked
// both ways, right to left, with the English report's ¶ citations.
const AR = '/ar/syria-ceasefire-2016/';
const EN = '/syria-ceasefire-2016/';

test.describe('the Arabic edition', () => {
  test('is an Arabic page, right to left, linked both ways with the English one', async ({ page }) => {
    await page.goto(AR);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('اتفاق مبدئي على وقف لإطلاق النار في سوريا، في يوم تفجيرات دامية');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${EN}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${EN}$`));
    // It says it is a translation, of which version of the original, and when.
    await expect(page.locator('[data-translation-note]')).toContainText('ترجمة للشرح الإنجليزي بنسخته المحدَّثة في 1 ديسمبر 2026، نُشرت في 1 ديسمبر 2026');
    // The English report's credit is one isolated run in its own words, not Latin words on Arabic commas.
    await expect(page.locator('.based-on bdi[lang="en"]')).toHaveText('Agencies, Amman');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${EN}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', new RegExp(`${AR}$`));
    await expect(page.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', AR);
  });

  test('shows no English UI words: every string comes from ar.json, every entry from content/ar/', async ({ page }) => {
    await page.goto(AR);
    await page.locator('ek-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('ek-timeline')).toHaveAttribute('data-enhanced', '');
    // Latin words a reader may see: key names, formats and names kept as they are (ISIS, the map data's
    // credit). Titles and names of sources keep their own language, isolated in <bdi>/<cite>: not checked.
    // "Agencies" is the report's own credit line. Not yet translated (known, reported): the locator map's
    // neighbour names drawn from Natural Earth (lm-band labels), left out here.
    const allowed = /^(ISIS|CSV|APA|MLA|Chicago|RSS|QR|Ctrl|C|Enter|Home|End|Page|Up|Down|Escape|Natural|Earth|Agencies)$/;
    const text = await page.locator('main').evaluate((m) => {
      const parts: string[] = [];
      const walk = document.createTreeWalker(m, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('[lang]:not([lang="ar"]), bdi, cite, [class*="lm-band"]') || el.closest('script, style, template')) continue;
        if (el.checkVisibility && !el.checkVisibility()) continue;
        parts.push(n.textContent ?? '');
      }
      return parts.join(' ');
    });
    const latin = [...new Set(text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z][A-Za-z-]*/g) ?? [])].filter((w) => !allowed.test(w));
    expect(latin).toEqual([]);
  });

  test('the timeline runs from the right: ArrowLeft goes later in time, ArrowRight earlier', async ({ page }) => {
    await page.goto(AR);
    const timeline = page.locator('ek-timeline');
    await timeline.scrollIntoViewIfNeeded();
    await expect(timeline).toHaveAttribute('data-enhanced', '');
    const drawing = page.locator('svg.timeline-svg:visible');
    const marks = drawing.getByRole('link');
    // The earliest event is drawn right of the latest.
    const first = (await marks.first().boundingBox())!;
    const last = (await marks.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    await firstMarkFocused(page);
    const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    await page.keyboard.press('ArrowLeft');
    await expect(drawing.locator(`a[data-event="${ids[1]}"]`)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(drawing.locator(`a[data-event="${ids[2]}"]`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(drawing.locator(`a[data-event="${ids[1]}"]`)).toBeFocused();
  });

  test('zooming in keeps the focused event in view with its label, and Earlier is off at the earliest end', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(AR);
    const first = await firstMarkFocused(page);
    const window = page.locator('[data-pan]');
    for (const zoom of ['2', '4']) {
      await page.keyboard.press('+');
      await expect(page.locator('[data-pan] svg:visible')).toHaveAttribute('data-zoom', zoom);
      // A right-to-left window counts its offsets from the same edge as the left-to-right one: the
      // earliest event (at the right) stays in view, its label whole and shown.
      const box = (await window.boundingBox())!;
      const label = page.locator('[data-pan] svg:visible a.mark').first().locator('.label');
      await expect(label).toBeVisible();
      await expect(label).not.toHaveClass(/is-cut/);
      const b = (await label.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    await expect(first).toBeAttached();
    await expect(page.getByRole('button', { name: 'أقدم' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'أحدث' })).toBeEnabled();
  });

  test('the casualty bars grow from the right', async ({ page }) => {
    await page.goto(AR);
    const bar = page.locator('.cc-svg .cc-solid').first();
    await bar.scrollIntoViewIfNeeded();
    const plot = (await page.locator('.cc-svg').boundingBox())!;
    const box = (await bar.boundingBox())!;
    expect(Math.abs(box.x + box.width - (plot.x + plot.width))).toBeLessThan(2);
  });

  test('each casualty bar is named by the Arabic words it shows, in their order, from the start (voice control: WCAG 2.5.3)', async ({ page }) => {
    await page.goto(AR);
    const chart = page.locator('ek-casualty-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.cc-svg')).toHaveAttribute('data-enhanced', 'true');
    const bars = chart.getByRole('button');
    expect(await bars.count()).toBeGreaterThan(2);
    const pairs = await bars.evaluateAll((els) =>
      els.map((b) => ({
        name: b.getAttribute('aria-label') ?? '',
        shown: [...b.querySelectorAll('.cc-label, .cc-value')]
          .filter((t) => t.checkVisibility())
          .map((t) => t.textContent?.trim())
          .join(' '),
      })),
    );
    // The words on screen, without the dash between label and figures, begin the name; the source follows.
    for (const { name, shown } of pairs) expect(name.replace(' — ', ' ').startsWith(shown), `${name}\n  shows: ${shown}`).toBe(true);
    expect(pairs.map((p) => p.shown).join(' ')).toContain('بالجمع');
  });

  test('its ¶ citations open the English report on a page that says it is in English', async ({ page }) => {
    await page.goto(AR);
    const ref = page.locator('.ref a').first();
    const href = (await ref.getAttribute('href'))!;
    expect(href).toMatch(/^\/ar\/syria-ceasefire-2016\/source\/2016-02-21-amman-syria-ceasefire\/#source-2016-02-21-amman-syria-ceasefire-p1$/);
    await page.goto(href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('[data-source-language="en"]')).toContainText('النص باللغة الإنجليزية');
    await expect(page.locator('ol.source-text')).toHaveAttribute('lang', 'en');
  });
});

test.describe('the Arabic edition beyond its page', () => {
  test('prints right to left, with its graphics and tables, the page URL written left to right', async ({ page }) => {
    await page.goto(AR);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header[data-site-header]')).toBeHidden();
    const url = page.locator('[data-print-url] .print-url-text');
    await expect(url).toBeVisible();
    await expect(url).toHaveText(/\/ar\/syria-ceasefire-2016\/$/);
    expect(await url.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('article').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(page.getByRole('table', { name: 'الوفيات المعلنة حسب الحادثة، مع المصادر' })).toBeVisible();
    await expect(page.locator('.cc-svg')).toBeVisible();
    await expect(page.locator('.timeline-event').first()).toBeVisible();
  });

  test('has its own RSS feed, in Arabic, linked from the Arabic page; the English feed keeps to English', async ({ page, request }) => {
    await page.goto(AR);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/ar\/rss\.xml$/);
    const xml = await (await request.get('/ar/rss.xml')).text();
    const feed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'application/xml');
      if (doc.querySelector('parsererror')) return undefined;
      const text = (el: Element | Document, sel: string) => el.querySelector(sel)?.textContent ?? '';
      return {
        title: text(doc, 'channel > title'),
        language: text(doc, 'channel > language'),
        items: [...doc.querySelectorAll('item')].map((i) => ({ title: text(i, 'title'), link: text(i, 'link'), description: text(i, 'description') })),
      };
    }, xml);
    expect(feed, 'a well-formed feed').toBeDefined();
    expect(feed!.language).toBe('ar');
    expect(feed!.title).toBe('شروحات الأخبار: كل الشروحات');
    expect(feed!.items.map((i) => [i.title, new URL(i.link).pathname])).toEqual([['اتفاق مبدئي على وقف لإطلاق النار في سوريا، في يوم تفجيرات دامية', AR]]);
    // The description is HTML escaped once into the XML: right-to-left paragraphs whose text is the
    // summary, then the dated log of corrections, dated in Arabic.
    const html = await page.evaluate((h) => {
      const body = new DOMParser().parseFromString(h, 'text/html').body;
      return { tags: [...body.querySelectorAll('*')].map((e) => `${e.localName}[dir=${e.getAttribute('dir')}]`), paragraphs: [...body.children].map((p) => p.textContent) };
    }, feed!.items[0].description);
    expect(new Set(html.tags)).toEqual(new Set(['p[dir=rtl]']));
    expect(html.paragraphs[0]).toMatch(/^ما قاله جون كيري في 21 فبراير 2016/);
    expect(html.paragraphs[1]).toMatch(/^صُحّح 1 ديسمبر 2026: /);
    const en = await (await request.get('/rss.xml')).text();
    expect(en).toContain('<language>en</language>');
    expect(en).not.toContain('/ar/');
  });

  test('the Arabic home page lists the Arabic explainers, and its search finds Arabic words', async ({ page }) => {
    await page.goto(AR);
    await page.getByRole('navigation').getByRole('link', { name: 'كل الشروحات', exact: true }).click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('list', { name: 'الشروحات', exact: true }).getByRole('link')).toHaveText(['اتفاق مبدئي على وقف لإطلاق النار في سوريا، في يوم تفجيرات دامية']);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/$/);
    // "سوريا" is in the Arabic title and prose; the Arabic index (Pagefind, by the page's lang) has it.
    await page.getByRole('searchbox', { name: 'ابحث في الشروحات' }).fill('سوريا');
    await page.getByRole('button', { name: 'ابحث' }).click();
    const results = page.locator('search-box');
    await expect(results.getByRole('status')).toHaveText('نتيجة واحدة لـ«سوريا»', { timeout: 10_000 });
    const title = results.locator('.search-result-link');
    await expect(title).toHaveText('اتفاق مبدئي على وقف لإطلاق النار في سوريا، في يوم تفجيرات دامية');
    await expect(title).toHaveAttribute('href', /^\/ar\/syria-ceasefire-2016\/(#.*)?$/);
    await expect(results.locator('mark').first()).toHaveText(/سوريا/);
  });

  test('its Embed snippets frame Arabic embeds, whose links open the Arabic article', async ({ page, request }) => {
    await page.goto(AR);
    const codes = await page.locator('.embed-code code').allTextContents();
    expect(codes).toHaveLength(3);
    const srcs = codes.map((c) => new URL(/<iframe src="([^"]+)"/.exec(c)![1].replace(/&amp;/g, '&')).pathname);
    expect(srcs).toEqual(['timeline', 'casualties', 'map'].map((island) => `/embed${AR}${island}/`));
    for (const src of srcs) expect((await request.get(src)).status(), src).toBe(200);
    await page.goto(srcs[2]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('link', { name: /^اقرأ الشرح كاملًا/ })).toHaveAttribute('href', new RegExp(`${AR}$`));
    // Every link leaves the frame for the Arabic article (or its source page), in the top window.
    const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => [new URL(a.getAttribute('href')!, location.href).pathname, a.getAttribute('target')]));
    expect(links.length).toBeGreaterThan(3);
    for (const [path, target] of links) {
      expect(path, 'an Arabic page').toMatch(/^\/ar\/syria-ceasefire-2016\//);
      expect(target).toBe('_top');
    }
  });
});
