// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { scanPlugin } from './src/content/mdx/scan.ts';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public address of the deployed site: canonical URLs, the sitemap and share cards use it.
// Override per deployment with SITE_URL (e.g. a newsroom's own domain).
const site = process.env.SITE_URL ?? 'https://explainers.example.org';

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
      }
    },
  };
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Embed pages (/embed/…) are noindex and left out of the sitemap: search engines should send readers
  // to the full explainer, not to a bare graphic.
  // MDX is parsed once, by Astro's compile: scanPlugin() records the components used and the word count.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [scanPlugin()] }) }), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') })],
  // Prism highlights with classes; Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: 'prism' },
  // A strict Content Security Policy in a <meta> on every page: scripts and styles only from this
  // site or by hash (no 'unsafe-inline'), so injected markup cannot run. Hence no style="" in SVG.
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
    plugins: [tailwindcss(), noModulePreload()],
  },
});
