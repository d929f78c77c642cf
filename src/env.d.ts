declare namespace App {
  interface Locals {
    /** Slug of the explainer being rendered; MDX components read their data through it. */
    explainer?: string;
    /** Set by embed pages: the article's canonical URL, which the islands' links point at (top window). */
    embedBase?: string;
  }
}
