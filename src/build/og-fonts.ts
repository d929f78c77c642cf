import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { woffCodePoints } from './font-coverage.ts';

/**
 * The share card's fonts, from npm font packages (read from node_modules at build time: no network),
 * subset at build: each package is split by Unicode range (its unicode.json), and only the parts
 * holding a character of the card are loaded. Source Serif 4 draws Latin, Latin Extended (Erdoğan),
 * Vietnamese (Nguyễn), Cyrillic and Greek; IBM Plex Sans Arabic draws Arabic (its letters carry their dots: satori does not place mark glyphs, which Noto's Arabic fonts need); Noto Sans SC draws
 * Chinese (and the kana and Hangul it holds).
 */
export const OG_FONT_PACKAGES = [
  { family: 'Source Serif 4', pkg: 'source-serif-4' },
  { family: 'IBM Plex Sans Arabic', pkg: 'ibm-plex-sans-arabic' },
  { family: 'Noto Sans SC', pkg: 'noto-sans-sc' },
] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
  /** Which file it is, for the tests and the byte count. */
  file: string;
}

const root = () => join(process.cwd(), 'node_modules/@fontsource');

/** "U+0600-06FF,U+200C" → [[0x600, 0x6ff], [0x200c, 0x200c]]. */
function ranges(spec: string): [number, number][] {
  return spec.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

const subsetsOf = new Map<string, { name: string; ranges: [number, number][] }[]>();
function subsets(pkg: string) {
  let s = subsetsOf.get(pkg);
  if (!s) {
    const json = JSON.parse(readFileSync(join(root(), pkg, 'unicode.json'), 'utf-8')) as Record<string, string>;
    s = Object.entries(json).map(([name, spec]) => ({ name: name.replace(/^\[(\d+)\]$/, '$1'), ranges: ranges(spec) }));
    subsetsOf.set(pkg, s);
  }
  return s;
}

const files = new Map<string, Buffer>();
const read = (path: string) => {
  let b = files.get(path);
  if (!b) files.set(path, (b = readFileSync(path)));
  return b;
};

/**
 * The fonts a card with `text` needs, Source Serif 4's Latin first (the card's own face), then each
 * package part that covers one of its characters, in both weights. Parts whose font does not
 * actually hold the character (a range is a promise, the cmap is the fact) are left out.
 */
export function ogFonts(text: string): OgFont[] {
  const chars = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((c) => c > 0x20);
  const out: OgFont[] = [];
  /** Characters already drawn by a font chosen before: a later package's part is loaded only for the others. */
  const done = new Set<number>();
  for (const { family, pkg } of OG_FONT_PACKAGES) {
    // The card's own face first: Source Serif 4's Latin, then the other parts in package order.
    const parts = [...subsets(pkg)].sort((a, b) => Number(b.name === 'latin') - Number(a.name === 'latin'));
    for (const subset of parts) {
      const wanted = chars.filter((c) => !done.has(c) && subset.ranges.some(([a, b]) => c >= a && c <= b));
      const always = pkg === 'source-serif-4' && subset.name === 'latin';
      if (!always && !wanted.length) continue;
      for (const weight of [400, 700] as const) {
        const file = join(root(), pkg, 'files', `${pkg}-${subset.name}-${weight}-normal.woff`);
        const data = read(file);
        const has = coverage(file, data);
        if (!always && !wanted.some((c) => has.has(c))) continue;
        if (weight === 700) wanted.forEach((c) => has.has(c) && done.add(c));
        if (always) chars.forEach((c) => has.has(c) && done.add(c));
        // Each part has its own name: satori draws a character with the first listed font that holds it,
        // but within one name it would use the first file's empty box.
        out.push({ name: `${family} ${subset.name}`, data, weight, style: 'normal', file: `@fontsource/${pkg}/files/${pkg}-${subset.name}-${weight}-normal.woff` });
      }
    }
  }
  return out;
}

const covered = new Map<string, Set<number>>();
/** The code points one font file holds (cached per build). */
export function coverage(file: string, data: Uint8Array): Set<number> {
  let c = covered.get(file);
  if (!c) covered.set(file, (c = woffCodePoints(data)));
  return c;
}

/** The characters of `text` no chosen font can draw (a box or nothing on the card): none, for any script the kit covers. */
export function missingGlyphs(text: string, fonts: OgFont[] = ogFonts(text)): string[] {
  const sets = fonts.map((f) => coverage(f.file, f.data));
  return [...new Set([...text])].filter((ch) => /\S/.test(ch) && !sets.some((s) => s.has(ch.codePointAt(0)!)));
}

/** The CSS font-family list of a card: every part, the card's own face first. */
export function ogFontFamily(fonts: OgFont[]): string {
  return [...new Set(fonts.map((f) => f.name))].map((n) => `"${n}"`).join(', ');
}
