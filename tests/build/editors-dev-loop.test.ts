import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture.ts';
import { ASTRO_BIN, projectCopy } from '../helpers/project-copy.ts';
import { cleanEnv } from '../helpers/clean-env.ts';
import { lintContent } from '../../scripts/lint-content.ts';
import { formatProblem } from '../../src/content/problems.ts';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/** The page's text as a reader sees it: tags dropped, entities decoded. */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('`npm run dev`, the editor\'s loop', () => {
  it('serves drafts and the guide, reloads on YAML, .txt and MDX edits and shows the lint\'s own one-line messages, never a stack trace', async () => {
    // A copy of content/ to edit, served by astro dev (CONTENT_DIR may be absolute).
    const dir = mkdtempSync(join(tmpdir(), 'explainer-dev-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    // A draft with no events or figures yet: dev serves it (the production build leaving drafts out
    // is tested on the fixture site), showing what to fill in where the graphics will be.
    writeFileSync(
      join(dir, 'explainers/dev-draft.mdx'),
      `---
title: "An unfinished draft"
dek: "A draft explainer: shown by npm run dev, left out of the built site and its sitemap."
summary: "A draft that must never be published by a production build."
published: 2016-02-22
sources: [2016-02-21-amman-syria-ceasefire]
draft: true
---

Drafts are built in dev only <Ref paragraphs={[1]} />.

<Timeline />

<CasualtyChart />

<Sources />
`,
    );
    const port = await freePort();
    // In a copy of the project: astro dev writes its content store and types there, not into the
    // working copy's, which the builds and tests running beside this one use.
    const project = projectCopy();
    const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: project,
      env: { ...cleanEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const page = async (path = '/syria-ceasefire-2016/') => text(await (await fetch(`http://127.0.0.1:${port}${path}`)).text());
    /** Polls the page (the explainer, or `path`) until `check` holds (the store is re-read on each change). */
    const until = async (check: (t: string) => boolean, what: string, path?: string) => {
      // Generous: on a loaded 2-core machine (npm test runs other builds beside this file) a reload
      // after an edit took over 30 s once; a passing run never waits for the deadline.
      const deadline = Date.now() + 90_000;
      let last = '';
      while (Date.now() < deadline) {
        last = await page(path);
        if (check(last)) return last;
        await new Promise((r) => setTimeout(r, 500));
      }
      const at = Math.max(0, last.search(/content problem|left out until|Error/));
      throw new Error(`the page never showed ${what}; it shows: ${last.slice(at, at + 600)}`);
    };
    const lintLines = () => lintContent(project, dir).map(formatProblem);
    const edit = (file: string, from: string | RegExp, to: string) => {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf-8');
      const after = before.replace(from, to);
      expect(after, `${file} changed`).not.toBe(before);
      writeFileSync(path, after);
      return () => writeFileSync(path, before);
    };
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setTimeout(() => fail(new Error('astro dev did not start in 60 s')), 60_000);
        child.stdout!.on('data', (c: Buffer) => /ready in|Local/.test(c.toString()) && (clearTimeout(timer), ready()));
        child.on('exit', (code) => fail(new Error(`astro dev exited with ${code}`)));
      });
      expect(await page()).not.toContain('content problem');

      // The draft, on its page and in the index.
      const draft = await page('/dev-draft/');
      expect(draft).toContain('An unfinished draft');
      expect(draft).toContain('<Timeline /> has nothing to show yet. Add events to events/dev-draft.yaml');
      expect(draft).toContain('<CasualtyChart /> has nothing to show yet. Add incidents to figures/dev-draft.yaml');
      expect(await page('/')).toContain('An unfinished draft');
      // The living guide works in dev too (its examples are imported both as MDX and as ?raw text).
      expect(await page('/guide/')).toContain('<Timeline title="Timeline of the storm" />');

      // A YAML mistake: the page lists exactly the lines `npm run check` prints.
      const fixDate = edit('events/syria-ceasefire-2016.yaml', /^ {2}date: 2016-02-12$/m, '  date: 2016-02-30');
      const [dateLine] = lintLines();
      expect(dateLine).toMatch(/syria-ceasefire-2016\.yaml:\d+ — event "munich-deal", field "date": 2016-02-30 is not a real day/);
      await until((t) => t.includes(dateLine), 'the date problem');
      fixDate();
      await until((t) => !t.includes('content problem'), 'the problem gone once fixed');

      // A .txt edit shows at once.
      const restoreText = edit('sources/2016-02-21-amman-syria-ceasefire.txt', /^/, 'EDITED IN DEV ');
      // The article's whole text is on its source page.
      await until((t) => t.includes('EDITED IN DEV'), 'the edited article text', '/syria-ceasefire-2016/source/2016-02-21-amman-syria-ceasefire/');
      restoreText();

      // An MDX mistake: one line with file:line, the text held back, no stack trace.
      const fixMdx = edit('explainers/syria-ceasefire-2016.mdx', '<Ref paragraphs={[11, 12]} />', '<Ref paragraphs={[99]} />');
      const mdxLine = lintLines().find((l) => l.includes('paragraph 99'))!;
      expect(mdxLine).toMatch(/syria-ceasefire-2016\.mdx:\d+ — component "<Ref>", field "paragraphs": paragraph 99 does not exist/);
      const held = await until((t) => t.includes(mdxLine), 'the MDX problem');
      expect(held).toContain('left out until the problems listed above are fixed');
      fixMdx();
      await until((t) => !t.includes('content problem') && !t.includes('left out until'), 'the text back once fixed');

      expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      child.kill();
    }
  }, 400_000);
});
