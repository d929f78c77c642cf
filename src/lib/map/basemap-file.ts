// The locator map's ground (sea, land, the story's countries, borders and the orientation globe) as
// a standalone SVG file: the page shows it with <img loading="lazy">, so its ~5 KB of coastline are
// fetched only when the map nears the viewport (or when the page is printed), not with the HTML.
// The places, labels and scale bar stay inline above it (MapSvg.astro): text, buttons, links.
// An SVG image cannot read the page's CSS, so it carries its own colours; it follows the page's
// theme through `prefers-color-scheme`, which in an image reflects the `color-scheme` of the <img>
// (Chromium 111+, Firefox 105+; css-mediaqueries-5): the site's dark theme sets `color-scheme: dark`.
import type { MapLayout } from './layout.ts';

/** The ground's colours, light and dark. The page's stylesheet repeats sea and land (the frame's background before the image loads, the labels' halo): locator-map.css, checked by basemap-file.test.ts. */
export const MAP_PALETTE = {
  light: { sea: '#e8eef4', land: '#fbfaf7', focus: '#ece6d8', coast: '#7a8794', border: '#8d96a0', rule: '#8a8a8a', frame: '#1a1a1a' },
  dark: { sea: '#111a26', land: '#262a31', focus: '#353128', coast: '#8a939e', border: '#7d8691', rule: '#868c96', frame: '#1a1a1a' },
} as const;

type Palette = (typeof MAP_PALETTE)['light'] | (typeof MAP_PALETTE)['dark'];

const r1 = (n: number) => Math.round(n * 10) / 10;

const rules = (p: Palette) =>
  `.s{fill:${p.sea}}.l{fill:${p.land};stroke:${p.coast}}.f{fill:${p.focus}}.b{stroke:${p.border}}.g{fill:${p.sea};stroke:${p.rule}}.gl{fill:${p.coast}}.gf{stroke:${p.frame}}`;

/**
 * The base map of a layout as an SVG document (a string, deterministic: the same layout gives the
 * same bytes, so its file name can be its hash). Only numbers and path data of the layout go in.
 */
export function basemapSvg(layout: Pick<MapLayout, 'width' | 'height' | 'unit' | 'base' | 'inset'>): string {
  const { width, height, unit, base, inset } = layout;
  const style =
    // Strokes keep their width however wide the image is drawn.
    `path{vector-effect:non-scaling-stroke}.l{stroke-width:1px}.b{fill:none;stroke-width:.8px;stroke-dasharray:3 2}.g{stroke-width:1px}.gf{fill:none;stroke-width:2px}` +
    rules(MAP_PALETTE.light) +
    `@media (prefers-color-scheme:dark){${rules(MAP_PALETTE.dark)}}`;
  const ground = [
    `<path class="l" d="${base.land}"/>`,
    ...base.highlighted.map((h) => `<path class="f" d="${h.path}"/>`),
    `<path class="b" d="${base.borders}"/>`,
  ].join('');
  const globe = inset
    ? `<g transform="translate(${r1(inset.x)},${r1(inset.y)})"><circle class="g" cx="${inset.size / 2}" cy="${inset.size / 2}" r="${inset.size / 2 - 1}"/>` +
      `<g transform="scale(${inset.unit})"><path class="gl" d="${inset.land}"/><path class="gf" d="${inset.frame}"/></g></g>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<style>${style}</style>` +
    `<rect class="s" width="${width}" height="${height}"/>` +
    (unit === 1 ? `<g>${ground}</g>` : `<g transform="scale(${unit})">${ground}</g>`) +
    globe +
    `</svg>`
  );
}
