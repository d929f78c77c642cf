// Checks every link of the built sites with linkinator: pages, assets, #fragments (the ids must
// exist on the target page); then canonical, og:url and sitemap URLs, which name the public address,
// are mapped onto the built files and must exist. Links to other sites are skipped: there is no network in CI, and a newsroom's
// link to a wire story is not ours to keep alive. Usage: node scripts/check-links.ts [dist …]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';

const SITE = (process.env.SITE_URL ?? 'https://explainers.example.org').replace(/\/$/, '');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist', 'dist-fixture'].filter((d) => existsSync(d));

let broken = 0;
for (const dir of dirs) {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir}/index.html is missing: build first`);
    process.exit(1);
  }
  const skipped = new Set<string>();
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 10,
    linksToSkip: async (link) => {
      const external = /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
      if (external) skipped.add(link);
      if (external && process.env.VERBOSE) console.log(`SKIP ${link}`);
      return external;
    },
  });
  const bad = result.links.filter((l) => l.state === 'BROKEN');
  const ok = result.links.filter((l) => l.state === 'OK');
  if (process.env.VERBOSE) for (const l of ok) console.log(`OK ${l.url}`);
  for (const l of bad) {
    const detail = l.failureDetails?.map((d) => (d instanceof Error ? d.message : JSON.stringify(d))).join('; ') ?? '';
    console.error(`BROKEN ${l.status ?? ''} ${l.url} (on ${l.parent ?? '?'}) ${detail}`.trim());
  }
  console.log(`${dir}: ${ok.length} links OK, ${bad.length} broken, ${skipped.size} external links skipped (no network)`);
  if (ok.length < 5) {
    console.error(`${dir}: fewer than 5 links checked: the crawl did not run`);
    broken++;
  }
  broken += bad.length;
}

/** The built file a public URL of this site maps to, or undefined when the URL is another site's. */
const fileOf = (dir: string, url: string) => {
  if (!url.startsWith(`${SITE}/`)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
};
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? htmlFiles(join(dir, n)) : n.endsWith('.html') ? [join(dir, n)] : []));
for (const dir of dirs) {
  let checked = 0;
  const urls: { url: string; on: string }[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf-8');
    for (const m of html.matchAll(/<link rel="canonical" href="([^"]+)"|<meta property="og:url" content="([^"]+)"/g)) urls.push({ url: m[1] ?? m[2], on: file });
  }
  for (const map of readdirSync(dir).filter((n) => /^sitemap.*\.xml$/.test(n))) {
    for (const m of readFileSync(join(dir, map), 'utf-8').matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push({ url: m[1], on: join(dir, map) });
  }
  for (const { url, on } of urls) {
    const file = fileOf(dir, url);
    if (file === undefined) {
      console.error(`BROKEN ${url} (on ${on}): not an address of this site (${SITE})`);
      broken++;
    } else if (!existsSync(file)) {
      console.error(`BROKEN ${url} (on ${on}): no built file ${file}`);
      broken++;
    } else checked++;
  }
  console.log(`${dir}: ${checked} canonical, og:url and sitemap addresses map to built files`);
}
process.exit(broken ? 1 : 0);
