import { test, expect } from '@playwright/test';
import { SITES } from './sites.ts';
import { installGuards, injectionProblems } from './page-checks.ts';
import { marks, failing } from './contrast.ts';
import { walk } from './focus.ts';
import { axeViolations } from '../helpers/axe.ts';

// The sweep passes only if its detectors work: here they are shown markup injected the way a
// hostile string would be if a component used innerHTML, and must report it.
test('the detectors report injected handlers, script URLs, unknown scripts, SVG styles and CSP violations', async ({ page }) => {
  const guards = await installGuards(page);
  await page.goto(`${SITES[0].origin}/`);
  expect(await injectionProblems(page)).toEqual([]);
  expect(await guards.csp()).toEqual([]);

  await page.evaluate(() => {
    const host = document.createElement('div');
    // Deliberately unsafe: this is what the sweep must catch.
    host.innerHTML =
      '<img src=x onerror="window.__hit=1"><a href=" JaVa\tScRiPt:alert(1)">x</a><iframe></iframe>' +
      '<svg><rect style="fill:red" width="1" height="1"></rect></svg><script>window.__x = "HOSTILE"</script>';
    document.body.append(host);
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await expect.poll(() => guards.csp()).not.toEqual([]);
  const csp = await guards.csp();
  expect(csp.join('\n')).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();

  const problems = (await injectionProblems(page)).join('\n');
  expect(problems).toMatch(/handler attribute onerror/);
  expect(problems).toMatch(/href is a script or data URL/);
  expect(problems).toMatch(/<iframe> element is present/);
  expect(problems).toMatch(/injected image \(src=x\)/);
  expect(problems).toMatch(/in SVG has a style attribute/);
  expect(problems).toMatch(/inline script not in the CSP hashes/);
  expect(problems).toMatch(/a script carries content text/);
});

test('the dialog guard records an alert', async ({ page }) => {
  const guards = await installGuards(page);
  await page.goto(`${SITES[0].origin}/`);
  // page.evaluate runs outside the page's CSP, like a payload that got through would.
  await page.evaluate(() => setTimeout(() => alert('xss'), 0));
  await expect.poll(() => guards.dialogs.length).toBe(1);
});

test('the contrast check flags a pale data mark and accepts a dark one', async ({ page }) => {
  await page.goto(`${SITES[0].origin}/`);
  await page.evaluate(() => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '100');
    svg.setAttribute('height', '20');
    for (const [cls, x] of [['pale', 0], ['dark', 50]] as const) {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('class', cls);
      r.setAttribute('x', String(x));
      r.setAttribute('width', '40');
      r.setAttribute('height', '20');
      r.setAttribute('fill', cls === 'pale' ? '#dddddd' : '#0b5cad');
      svg.append(r);
    }
    document.querySelector('main')!.append(svg);
  });
  const bad = failing(await marks(page));
  expect(bad).toHaveLength(1);
  expect(bad[0]).toMatch(/class="pale".*fill/);
});

test('the keyboard walk flags a control whose focus is invisible', async ({ page }) => {
  await page.goto(`${SITES[0].origin}/`);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.className = 'no-ring';
    b.textContent = 'No ring';
    document.querySelector('main')!.prepend(b);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.no-ring:focus, .no-ring:focus-visible { outline: none !important; box-shadow: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const { stops, missed } = await walk(page);
  expect(missed).toEqual([]);
  expect(stops.filter((s) => !s.focusVisible).map((s) => s.name)).toEqual(['button "No ring"']);
});

test('axe (as the sweep runs it) reports every node of a violation: images without text, a nameless button', async ({ page }) => {
  await page.goto(`${SITES[0].origin}/`);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    for (let i = 0; i < 2; i++) main.append(Object.assign(document.createElement('img'), { src: '/favicon.svg', className: `no-alt-${i}` }));
    main.append(document.createElement('button'));
  });
  const found = await axeViolations(page);
  expect(found.find((v) => v.id === 'image-alt')?.nodes).toEqual(['.no-alt-0', '.no-alt-1']);
  expect(found.map((v) => v.id)).toContain('button-name');
});
