/**
 * An SVG (or HTML) string ready to pin as a file snapshot: one element per line, numbers rounded to
 * 2 decimals so a floating-point wobble does not change it (cf. d3-shape's assertPathEqual and
 * Observable Plot's snapshot tests), and Astro's data-astro-* attributes dropped.
 */
export function normaliseSvg(svg: string): string {
  return `${svg
    .replace(/\s*data-astro-[\w-]+(="[^"]*")?/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<')
    .trim()}\n`;
}
