// Page weight as a reader's browser sees it: Chromium (Playwright) loads the page, scrolls to the
// end so every lazy island comes into view, waits for the network to go quiet, and adds up the
// bytes of every response body as transferred (gzip where the server compresses).
import { chromium, devices, type Browser } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../../tests/helpers/browser.ts';
import { scrollToEnd } from '../../tests/helpers/scroll.ts';

export interface Transfer {
  url: string;
  requests: number;
  /** Encoded (transferred) response body bytes by kind. */
  byKind: Record<string, number>;
  total: number;
  /** Requests to another origin than the page's (refused: the bench is offline; not counted in the bytes). */
  thirdParty: string[];
  files: { path: string; kind: string; bytes: number }[];
}

const kindOf = (type: string, url: string) => {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  if (type === 'image' || /\.(svg|png|ico|jpe?g|webp)$/.test(url)) return 'image';
  if (type === 'fetch' || type === 'xhr') return 'data';
  return 'other';
};

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  phone: devices['Pixel 7'],
  desktop: devices['Desktop Chrome'],
} as const;

export async function measureTransfer(browser: Browser, url: string, device: keyof typeof VIEWPORTS): Promise<Transfer> {
  const d = VIEWPORTS[device];
  const context = await browser.newContext({
    viewport: d.viewport,
    deviceScaleFactor: d.deviceScaleFactor,
    isMobile: d.isMobile,
    hasTouch: d.hasTouch,
    userAgent: d.userAgent,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  const origin = new URL(url).origin;
  // The bench is offline: requests to other origins are refused here, and listed as third-party.
  await context.route(
    (u) => !u.href.startsWith(origin) && !u.href.startsWith('data:'),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const files: Transfer['files'] = [];
  const thirdParty: string[] = [];
  const record = (req: import('@playwright/test').Request) => {
    if (req.url().startsWith('data:')) return;
    if (new URL(req.url()).origin !== origin) thirdParty.push(req.url());
    pending.push(
      req.sizes().then(
        (s) => void files.push({ path: req.url().replace(origin, ''), kind: kindOf(req.resourceType(), req.url()), bytes: s.responseBodySize }),
        () => undefined,
      ),
    );
  };
  page.on('requestfinished', record);
  page.on('requestfailed', (req) => {
    if (!req.url().startsWith('data:') && new URL(req.url()).origin !== origin) thirdParty.push(req.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await scrollToEnd(page);
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  const byKind: Record<string, number> = {};
  for (const f of files) byKind[f.kind] = (byKind[f.kind] ?? 0) + f.bytes;
  return { url, requests: files.length, byKind, total: files.reduce((n, f) => n + f.bytes, 0), thirdParty, files: files.sort((a, b) => b.bytes - a.bytes) };
}
