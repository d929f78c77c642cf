// Serves a built site with `astro preview` and ends with one line giving its address. Used by
// `npm start` (after `npm run build`) and by the Playwright web servers, so what the tests see is
// what a reader is served.
//   node scripts/serve.ts [--outDir dist-fixture] [--port 5400] [--strict-port]
// The port is --port, else $PORT, else 4321. If it is taken, a free one is used and said in one line;
// with --strict-port (the tests: they must never talk to a server they did not start) it stops instead.
import { preview } from 'astro';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    port: { type: 'string' },
    'strict-port': { type: 'boolean', default: false },
  },
});
const wanted = Number(values.port ?? process.env.PORT ?? 4321);
const host = '127.0.0.1';

/** Whether nothing listens on the port (checked on the address the server will listen on). */
const isFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .listen(port, host, () => probe.close(() => done(true)));
  });

/** A port the system says is free. */
const anyFreePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

let port = wanted;
if (!(await isFree(wanted))) {
  if (values['strict-port']) {
    console.error(`Port ${wanted} is in use by another program: stop it, or choose another port with PORT=<number>.`);
    process.exit(1);
  }
  port = 0;
  for (let p = wanted + 1; p <= wanted + 20 && !port; p++) if (await isFree(p)) port = p;
  port ||= await anyFreePort();
  console.log(`Port ${wanted} is in use by another program, so this site is served on port ${port} instead.`);
}

try {
  const server = await preview({
    root: process.cwd(),
    outDir: values.outDir,
    logLevel: 'error',
    server: { port, host },
    vite: { preview: { strictPort: true } },
  });
  const url = `http://localhost:${server.port}/`;
  console.log(`The site${values.outDir === 'dist' ? '' : ` in ${values.outDir}/`} is served at ${url} (Ctrl+C stops it)`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await server.closed();
} catch (e) {
  console.error(`Could not serve ${values.outDir}/: ${(e as Error).message}`);
  process.exit(1);
}
