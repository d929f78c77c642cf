import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';
import { SITES, sitePaths, NOT_FOUND } from './sites.ts';
import { isKitId } from '../../src/lib/ids.ts';

// Ids are unique by construction (src/lib/ids.ts): the kit's elements use its namespace, editors'
// headings never do, and islands of one kind on a page each get their own.
const built = SITES.flatMap((site) =>
  sitePaths(site)
    .filter((p) => p !== NOT_FOUND && p.endsWith('/'))
    .map((path) => ({ label: `${site.name}${path}`, file: join(ROOT, site.dist, path, 'index.html') }))
    .filter((p) => existsSync(p.file)),
);

/** Every element id of a page, with its tag name. */
const idsOf = (html: string) => [...html.matchAll(/<([a-z][\w-]*)\b[^>]*?\sid="([^"]*)"/g)].map(([, tag, id]) => ({ tag, id }));

test.describe('element ids', () => {
  test('no page has an id twice, and every id is the kit\'s or an editor\'s heading outside the kit\'s namespace', () => {
    expect(built.length).toBeGreaterThan(5);
    for (const { label, file } of built) {
      const ids = idsOf(readFileSync(file, 'utf-8'));
      const names = ids.map((i) => i.id);
      expect(names.filter((n, i) => names.indexOf(n) !== i), `${label}: repeated ids`).toEqual([]);
      expect(ids.filter((i) => !isKitId(i.id) && !/^h[1-6]$/.test(i.tag)).map((i) => `<${i.tag} id="${i.id}">`), `${label}: ids outside the kit's namespace`).toEqual([]);
    }
  });

  test('headings named after the kit\'s sections and anchors get their own ids, and "On this page" links to them', () => {
    const html = readFileSync(join(ROOT, 'dist-fixture/fixture-ids/index.html'), 'utf-8');
    const headings = idsOf(html).filter((i) => i.tag === 'h2').map((i) => i.id);
    expect(headings).toEqual(expect.arrayContaining(['section-sources', 'section-cite-this-page', 'section-main', 'section-event-strike-begins', 'section-sources-1']));
    for (const id of ['section-sources', 'section-sources-1', 'section-main']) expect(html).toContain(`href="#${id}"`);
    // The kit keeps its own: the skip link's target and the citation box.
    expect(idsOf(html).find((i) => i.id === 'main')?.tag).toBe('main');
    expect(idsOf(html).filter((i) => i.id === 'cite-this-page')).toHaveLength(1);
  });
});
