// Checks every link of the built sites with linkinator: pages, assets, #fragments (the ids must
// exist on the target page), canonical and sitemap URLs (rewritten from the public site address to
// the local copy). Links to other sites are skipped: there is no network in CI, and a newsroom's
// link to a wire story is not ours to keep alive. Usage: node scripts/check-links.ts [dist …]
import { existsSync } from 'node:fs';
import { LinkChecker } from 'linkinator';

const SITE = (process.env.SITE_URL ?? 'https://explainers.example.org').replace(/\/$/, '');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist', 'dist-fixture'].filter((d) => existsSync(d));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    // The sitemap and canonical links name the public address: check the local copy instead.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(SITE)}`), replacement: '' }],
    linksToSkip: async (link) => {
      const external = /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
      if (external) skipped.add(link);
      return external;
    },
  });
  const bad = result.links.filter((l) => l.state === 'BROKEN');
  const ok = result.links.filter((l) => l.state === 'OK');
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
process.exit(broken ? 1 : 0);
