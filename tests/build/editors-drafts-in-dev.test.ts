import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/content-fixture';
import { cleanEnv } from '../helpers/clean-env';

/** A free TCP port on localhost. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

describe('`astro dev`', () => {
  it('serves drafts (the production build leaving them out is tested on the fixture site) and the guide', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...cleanEnv(), CONTENT_DIR: 'tests/fixtures/site/content', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setTimeout(() => fail(new Error('astro dev did not start in 60 s')), 60_000);
        child.stdout!.on('data', (chunk: Buffer) => {
          if (/ready in|Local/.test(chunk.toString())) {
            clearTimeout(timer);
            ready();
          }
        });
        child.on('exit', (code) => fail(new Error(`astro dev exited with ${code}`)));
      });
      const draft = await fetch(`http://127.0.0.1:${port}/fixture-editors-draft/`);
      expect(draft.status).toBe(200);
      expect(await draft.text()).toContain('Fixture: an unfinished draft');
      const index = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(index).toContain('Fixture: an unfinished draft');
      // The living guide works in dev too (its examples are imported both as MDX and as ?raw text).
      const guide = await fetch(`http://127.0.0.1:${port}/guide/`);
      expect(guide.status).toBe(200);
      expect(await guide.text()).toContain('&lt;Timeline title=&quot;Timeline of the storm&quot; /&gt;');
    } finally {
      child.kill();
    }
  }, 90_000);
});
