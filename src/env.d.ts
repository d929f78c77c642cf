declare namespace App {
  interface Locals {
    /** Slug of the explainer being rendered; MDX components read their data through it. */
    explainer?: string;
    /** Language of the page being rendered (BCP 47, default "en"): components read their UI strings in it (`uiStrings(Astro.locals.lang)`). */
    lang?: string;
    /** What the explainer's MDX uses (components and their props, word count), from Astro's MDX compile. */
    mdx?: import('./content/mdx/scan.ts').MdxScan;
    /** Set by embed pages: the article's canonical URL, which the islands' links point at (top window). */
    embedBase?: string;
    /** Islands rendered so far on this page, by kind: `claimIsland(Astro.locals, 'timeline')` (src/lib/ids.ts) gives each its own ids. */
    islands?: Record<string, number>;
  }
}

interface ImportMetaEnv {
  /** The kit's version and code hash, set by astro.config.mjs (src/build/kit-version.ts): the start of every cache key. */
  readonly KIT_VERSION: string;
}
