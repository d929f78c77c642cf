// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { explainerMdxPlugin } from './src/content/mdx/plugin.ts';
import { kitHeadingIds } from './src/build/heading-ids.ts';
import { staticFiles } from './src/build/static-files.ts';
import { builtPages } from './src/build/built-pages.ts';
import { kitVersion } from './src/build/kit-version.ts';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The public address of the deployed site: canonical URLs, the sitemap, share cards and the embed
// snippets use it. Set per deployment with SITE_URL (e.g. a newsroom's own domain).
const PLACEHOLDER_SITE = 'https://explainers.example.org';
const site = process.env.SITE_URL || PLACEHOLDER_SITE;

/**
 * Says once per production build, in one line, that share links and embed snippets will point at
 * the placeholder address when SITE_URL is not set (they would fail as copied from the page).
 * @returns {import('astro').AstroIntegration}
 */
function placeholderSiteNotice() {
  return {
    name: 'explainer-kit:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL)
          logger.warn(`SITE_URL is not set: share links, embed snippets and canonical URLs point at ${PLACEHOLDER_SITE}. Build with SITE_URL=https://your.domain to fix them.`);
      },
    },
  };
}

/**
 * Known-harmless upstream warning: Rolldown warns that Astro's own "use astro:head-inject" marker in
 * every compiled MDX file "may not be preserved when bundling" (10 lines per MDX file, nothing a user
 * can act on: withastro/astro#18087). Only that exact warning is dropped; every other one is shown.
 * @param {import('rolldown').RolldownLog} warning
 * @param {(w: import('rolldown').RolldownLog) => void} warn
 */
function onwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

/** Where Vite writes the client build's manifest, inside the output folder; moved out of it after the build. */
const MANIFEST_IN_OUTDIR = '.vite-manifest.json';

/**
 * Moves Vite's manifest out of the output folder (it is not for readers) to
 * `.astro/vite-manifest/<output folder name>.json`, e.g. `.astro/vite-manifest/dist.json`.
 * @returns {import('astro').AstroIntegration}
 */
function keepViteManifest() {
  let root = '';
  return {
    name: 'explainer-kit:vite-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const from = join(fileURLToPath(dir), MANIFEST_IN_OUTDIR);
        if (!existsSync(from)) return;
        const to = join(root, '.astro/vite-manifest', `${basename(fileURLToPath(dir))}.json`);
        mkdirSync(dirname(to), { recursive: true });
        renameSync(from, to);
      },
    },
  };
}

/**
 * The islands' lazy chunks are tiny and share only a few bytes with their loaders, so Vite's
 * modulepreload helper (about 0.7 KB gzip, shipped before any interaction) costs more than it saves.
 * Astro sets `build.modulePreload` itself, so it is switched off for the browser build here.
 * @returns {import('vite').Plugin}
 */
function noModulePreload() {
  return {
    name: 'explainer-kit:no-module-preload',
    configEnvironment(name, config) {
      if (name === 'client') {
        config.build ??= {};
        config.build.modulePreload = false;
        // Vite's build manifest (entry → static imports, dynamic imports, CSS): the byte budgets
        // (tests/budgets/budgets.test.ts) read the module graph from it instead of parsing chunks.
        config.build.manifest = MANIFEST_IN_OUTDIR;
      }
    },
  };
}

/**
 * Vite wraps every `import()` of the browser build in a preload helper (about 0.8 KB gzip, shipped
 * before any interaction) that fetches a lazy chunk's CSS and static imports beside it. The islands'
 * lazy chunks have no CSS, and with module preload off (above) it is given no dependencies to fetch:
 * the helper only calls the import. So it is replaced by exactly that.
 * @returns {import('vite').Plugin}
 */
function plainDynamicImport() {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'explainer-kit:plain-dynamic-import',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (id) => (id === HELPER ? HELPER : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  site,
  // Incremental builds: a page whose cache key (returned by its getStaticPaths, src/content/cache-key.ts)
  // and module graph are unchanged since the last build is copied from Astro's cache instead of being
  // rendered again. The cache lives in cacheDir, which scripts/build.ts points at a copy of the cache of
  // the last good build (KIT_CACHE_DIR), kept only when the whole build succeeds.
  experimental: { incrementalBuild: true },
  ...(process.env.KIT_CACHE_DIR ? { cacheDir: process.env.KIT_CACHE_DIR } : {}),
  // Every page is a folder (/slug/index.html) and every link the kit writes ends in "/"; 'ignore' lets
  // `astro preview` and `astro dev` also serve /slug, as most static hosts do (with 'always' they
  // answer 404). Pages link only with absolute paths, so the slash-less address loads the same page.
  trailingSlash: 'ignore',
  // Embed pages (/embed/…) and the editors' guide (/guide/, with its fictional example story) are
  // noindex and left out of the sitemap: search engines should send readers to the full explainers.
  integrations: [
    // MDX is parsed once, by Astro's compile: the kit's plugin records the components used and the word
    // count, and refuses what explainers may not hold (src/content/mdx/rules.ts).
    // kitHeadingIds() keeps editors' headings out of the kit's ids (src/lib/ids.ts): `## Sources` becomes #section-sources.
    mdx({ processor: satteri({ mdastPlugins: [explainerMdxPlugin()], hastPlugins: [kitHeadingIds()] }) }),
    sitemap({ filter: (page) => !/^\/(embed|guide)\//.test(new URL(page).pathname) }),
    placeholderSiteNotice(),
    keepViteManifest(),
    // The locator maps' base maps, SVG files named by their hash (src/build/static-files.ts).
    staticFiles(),
    // Each page links one stylesheet, and its CSP keeps the hashes of its own inline code only (src/build/built-pages.ts).
    builtPages(),
  ],
  // Prism highlights with classes; Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: 'prism' },
  // A strict Content Security Policy in a <meta> on every page: scripts and styles only from this
  // site or by hash (no 'unsafe-inline'), so injected markup cannot run. Hence no style="" in SVG.
  // Astro lists every inline hash of the site on every page; builtPages() (above) narrows each page's
  // list to its own.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // The kit's version and a hash of its code (src/build/kit-version.ts): the start of every cache key.
    define: { 'import.meta.env.KIT_VERSION': JSON.stringify(kitVersion(fileURLToPath(new URL('.', import.meta.url)))) },
    plugins: [tailwindcss(), noModulePreload(), plainDynamicImport()],
    build: { rolldownOptions: { onLog: (level, log, handler) => (level === 'warn' ? onwarn(log, (w) => handler(level, w)) : handler(level, log)) } },
  },
});
