// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The public address of the deployed site: canonical URLs, the sitemap and share cards use it.
// Override per deployment with SITE_URL (e.g. a newsroom's own domain).
const site = process.env.SITE_URL ?? 'https://explainers.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
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
    plugins: [tailwindcss()],
  },
});
