declare namespace App {
  interface Locals {
    /** Slug of the explainer being rendered; MDX components read their data through it. */
    explainer?: string;
    /** What the explainer's MDX uses (components and their props, word count), from Astro's MDX compile. */
    mdx?: import('./content/mdx/scan.ts').MdxScan;
  }
}
