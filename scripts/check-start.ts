// Runs `npm start` as a newcomer does (build, then serve), waits for the one line that gives the
// address, and fetches the site from it: the index, every explainer page of content/ (with and
// without the trailing slash) and the guide. Stops the server and ends with "N passed, N failed".
// Usage: npm run check:start   (PORT=<n> to ask for a port other than npm start's 4321)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const slugs = readdirSync(join(ROOT, 'content/explainers'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

const child = spawn('npm', ['start'], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
const stop = () => {
  // npm start runs the server as a grandchild: end the whole group it leads.
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

let output = '';
const url = await new Promise<string>((found, fail) => {
  const timer = setTimeout(() => fail(new Error(`npm start printed no address in 180 s:\n${output}`)), 180_000);
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output += chunk.toString();
    const m = / is served at (http:\/\/\S+\/) /.exec(output);
    if (m) {
      clearTimeout(timer);
      found(m[1]);
    }
  });
  child.on('exit', (code) => fail(new Error(`npm start exited with ${code} before serving:\n${output}`)));
});

const lastLine = output.trim().split('\n').at(-1)!;
const checks: { what: string; ok: boolean; detail: string }[] = [];
checks.push({ what: 'npm start ends with the line giving the address', ok: lastLine.includes(url), detail: lastLine });
const fetchPage = async (path: string, expect: RegExp) => {
  try {
    const res = await fetch(new URL(path, url));
    const html = await res.text();
    checks.push({ what: `GET ${path}`, ok: res.status === 200 && expect.test(html), detail: `status ${res.status}` });
  } catch (e) {
    checks.push({ what: `GET ${path}`, ok: false, detail: (e as Error).message });
  }
};
await fetchPage('/', /<h1[\s>]/);
for (const slug of slugs) {
  await fetchPage(`/${slug}/`, /<article[^>]*class="[^"]*\bexplainer\b/);
  await fetchPage(`/${slug}`, /<article[^>]*class="[^"]*\bexplainer\b/);
}
await fetchPage('/guide', /<meta name="robots" content="noindex"/);
stop();

for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what} (${c.detail})`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`npm start: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
