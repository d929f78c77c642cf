import { createHash } from 'node:crypto';
import { expect, type Page, type BrowserContext, type Request } from '@playwright/test';
import { LANGUAGES, t } from '../../src/lib/i18n.ts';
import type { Theme } from './sites.ts';

/** What a page did that it must not: CSP violations, uncaught errors, dialogs (alert/confirm/prompt). */
export interface Guards {
  csp: () => Promise<string[]>;
  pageErrors: string[];
  dialogs: string[];
  consoleCsp: string[];
}

/**
 * Listens from before the first byte is parsed: a `securitypolicyviolation` listener installed by an
 * init script (which CSP does not block), uncaught errors and dialogs. Call before page.goto.
 */
export async function installGuards(page: Page): Promise<Guards> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} «${e.sample}»`);
    });
  });
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const consoleCsp: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(`${err.name}: ${err.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleCsp.push(msg.text());
  });
  return {
    csp: async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])), ...consoleCsp],
    pageErrors,
    dialogs,
    consoleCsp,
  };
}

/** The theme toggle's name in each of the site's languages (a page names it in its own, through t()). */
const TOGGLE_NAMES = new RegExp(`^(${LANGUAGES.map((lang) => t('theme.toggle', {}, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

/** The site's theme toggle: the header's "Dark theme" button (aria-pressed), in the page's language. */
export function themeToggle(page: Page) {
  return page.locator('theme-toggle').getByRole('button', { name: TOGGLE_NAMES });
}

/** Which theme the page shows, told by the luminance of the page background. */
export async function shownTheme(page: Page): Promise<Theme> {
  return page.evaluate(() => {
    const c = document.createElement('canvas').getContext('2d')!;
    const bodyBg = getComputedStyle(document.body).backgroundColor;
    const bg = bodyBg && !/rgba\(0, 0, 0, 0\)|transparent/.test(bodyBg) ? bodyBg : getComputedStyle(document.documentElement).backgroundColor;
    c.fillStyle = '#fff';
    c.fillRect(0, 0, 1, 1);
    c.fillStyle = bg;
    c.fillRect(0, 0, 1, 1);
    const [r, g, b] = c.getImageData(0, 0, 1, 1).data;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  });
}

/**
 * Puts the page in a theme, and fails if the page does not then show it. A page with the header's
 * theme toggle gets the other theme as its system preference and is switched with the toggle (so
 * the reader's choice, not only prefers-color-scheme, is what is checked); a page without one (the
 * embeds) and `useToggle: false` follow prefers-color-scheme. Returns which of the two set it.
 */
export async function applyTheme(page: Page, theme: Theme, { useToggle = true } = {}): Promise<'media' | 'toggle'> {
  const by = useToggle && (await page.locator('theme-toggle').count()) > 0 ? 'toggle' : 'media';
  if (by === 'media') {
    await page.emulateMedia({ colorScheme: theme });
  } else {
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    const toggle = themeToggle(page);
    // Visible once its script ran (it keeps its place, hidden and inert, until then).
    await expect(toggle, 'the theme toggle is shown once its script runs').toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
  }
  expect(await shownTheme(page), `the page shows the ${theme} theme (set by ${by})`).toBe(theme);
  return by;
}

/**
 * Lets the islands enhance: scrolls every island into view (they load when visible),
 * then to the bottom, waits until each custom element is defined (upgraded) and nothing is being fetched.
 * Returns the custom element names found, and the ones that never upgraded.
 */
export async function enhance(page: Page, timeout = 10_000): Promise<{ tags: string[]; undefinedTags: string[] }> {
  // What the page is fetching now (the islands' lazy chunks, the data they load). Playwright's
  // 'networkidle' cannot say it: it fires once per navigation and never again, so a wait for it
  // after the first idle half-second returns at once, chunks still in flight.
  const inflight = new Set<Request>();
  const started = (r: Request) => inflight.add(r);
  const ended = (r: Request) => inflight.delete(r);
  page.on('request', started).on('requestfinished', ended).on('requestfailed', ended);
  const quiet = async () => {
    for (let calm = 0, waited = 0; calm < 2 && waited < timeout; waited += 50) {
      await page.waitForTimeout(50);
      calm = inflight.size ? 0 : calm + 1;
    }
  };
  const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-')))]);
  // Elements whose code loads when their disclosure opens (the back matter's copy buttons): opened
  // once, as a reader would, so their code loads too; closed again afterwards, as the page was.
  const folded = await page.evaluate(() => {
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')].filter((d) => [...d.querySelectorAll('*')].some((e) => e.localName.includes('-')));
    closed.forEach((d, i) => ((d.open = true), d.setAttribute('data-enhance-opened', String(i))));
    return closed.length;
  });
  // Bring each island to the middle of the viewport in turn, giving its IntersectionObserver two
  // frames. Only the islands (`ek-*`, src/client/island.ts) load their behaviour when visible, each
  // instance for itself; the other elements (copy-link, theme-toggle, search-box, copy-text) work as
  // soon as their script has run, wherever they are, so scrolling to each of them (a copy link per
  // heading) only cost time.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (const el of [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ek-'))) {
      el.scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await quiet();
  const undefinedTags = await page.evaluate(
    async ({ tags, timeout }) => {
      const left = new Set(tags);
      await Promise.race([
        Promise.all(tags.map((t) => customElements.whenDefined(t).then(() => left.delete(t)))),
        new Promise((r) => setTimeout(r, timeout)),
      ]);
      return [...left];
    },
    { tags, timeout },
  );
  // What the behaviours fetched once they ran, then a frame once the page is idle.
  await quiet();
  page.off('request', started).off('requestfinished', ended).off('requestfailed', ended);
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => requestAnimationFrame(() => r()), { timeout: 2000 })));
  if (folded) await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details[data-enhance-opened]').forEach((d) => ((d.open = false), d.removeAttribute('data-enhance-opened'))));
  await page.evaluate(() => window.scrollTo(0, 0));
  return { tags, undefinedTags };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf-8').digest('base64')}'`;
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'ping'];
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'math', 'maction'];

/**
 * Scans the live DOM for anything content could have injected: handler attributes (on…), script-ish
 * URLs, frames/objects/MathML, images pointing at "x", scripts or styles not allowed by the page's own
 * CSP hashes or not served by the site, and style attributes inside SVG. Returns readable problems.
 */
export async function injectionProblems(page: Page): Promise<string[]> {
  const dom = await page.evaluate(
    ({ URL_ATTRS, FORBIDDEN_ELEMENTS }) => {
      const problems: string[] = [];
      const norm = (v: string) => v.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
      const where = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) problems.push(`${where(el)} has a handler attribute ${a.name}="${a.value.slice(0, 60)}"`);
          if (URL_ATTRS.includes(a.name.toLowerCase()) && /^(javascript|vbscript|data):/.test(norm(a.value)) && !(el.localName === 'img' && /^data:image\//.test(norm(a.value)) && !/svg/.test(norm(a.value))))
            problems.push(`${where(el)} ${a.name} is a script or data URL: ${a.value.slice(0, 60)}`);
        }
        if (FORBIDDEN_ELEMENTS.includes(el.localName)) problems.push(`${where(el)} element is present`);
        if (el.localName === 'img' && el.getAttribute('src') === 'x') problems.push(`${where(el)} injected image (src=x)`);
        // Scripts may pass a number to CSS through a custom property (element.style.setProperty('--k', …),
        // CSSOM, allowed by CSP and inert); any other inline style in SVG breaks the house rule.
        const inline = el instanceof SVGElement ? (el.getAttribute('style') ?? '') : '';
        const declarations = inline.split(';').map((d) => d.trim()).filter(Boolean);
        if (declarations.some((d) => !d.startsWith('--'))) problems.push(`${where(el)} in SVG has a style attribute: ${inline}`);
      }
      const csp = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
      const scripts = [...document.scripts].map((s) => ({ src: s.getAttribute('src'), type: s.type, text: s.textContent ?? '' }));
      const styles = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
      return { problems, csp, scripts, styles, origin: location.origin };
    },
    { URL_ATTRS, FORBIDDEN_ELEMENTS },
  );
  const problems = [...dom.problems];
  const directive = (name: string) => dom.csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  const scriptSrc = directive('script-src');
  const styleSrc = directive('style-src');
  for (const s of dom.scripts) {
    if (/^application\/(ld\+)?json$/i.test(s.type)) {
      if (/<\/script/i.test(s.text)) problems.push('a JSON block contains "</script"');
      continue;
    }
    if (s.src) {
      if (new URL(s.src, dom.origin).origin !== dom.origin) problems.push(`script from another origin: ${s.src}`);
    } else if (!scriptSrc.includes(sha256(s.text))) {
      problems.push(`inline script not in the CSP hashes: «${s.text.slice(0, 80)}»`);
    }
    if (/HOSTILE|alert\(/.test(s.text)) problems.push(`a script carries content text: «${s.text.slice(0, 80)}»`);
  }
  for (const text of dom.styles) {
    if (!styleSrc.includes(sha256(text))) problems.push(`<style> not in the CSP hashes: «${text.slice(0, 80)}»`);
  }
  return problems;
}

/** Every JSON-LD block of the page, parsed; throws with the block's text if one does not parse. */
export async function jsonLd(page: Page): Promise<unknown[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => {
    try {
      return JSON.parse(b);
    } catch (e) {
      throw new Error(`JSON-LD does not parse (${(e as Error).message}): ${b.slice(0, 200)}`);
    }
  });
}

/** Horizontal overflow of the page in CSS px (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A context with JavaScript off: the page exactly as served, before any island enhances. */
export async function staticContext(page: Page): Promise<BrowserContext> {
  return page.context().browser()!.newContext({ javaScriptEnabled: false });
}
