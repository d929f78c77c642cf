declare namespace App {
  interface Locals {
    /** Slug of the explainer being rendered; MDX components read their data through it. */
    explainer?: string;
  }
}
