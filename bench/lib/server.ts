// A static server for the benchmark: several folders mounted under URL prefixes, text responses
// gzip-compressed (level 9, like the budget tests count) so that transfer sizes are what a reader
// downloads from a CDN. Both pages of a comparison are served by the same server, the same way.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml|font\/ttf|application\/vnd\.ms-fontobject)/;

export interface Mount {
  /** URL prefix, e.g. `/` or `/tl/`. The longest matching prefix wins. */
  prefix: string;
  dir: string;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serve(mounts: Mount[], port = 0): Promise<RunningServer> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).map((m) => ({ ...m, dir: resolve(m.dir) }));
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = sorted.find((m) => path.startsWith(m.prefix)) ?? sorted[sorted.length - 1];
    let file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
    if (!file.startsWith(mount.dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(mount.dir, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (accepts && COMPRESSIBLE.test(type)) {
      let gz = cache.get(file);
      if (!gz) cache.set(file, (gz = gzipSync(body, { level: 9 })));
      body = gz;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://localhost:${actualPort}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export const readText = (path: string) => readFileSync(path, 'utf-8');
