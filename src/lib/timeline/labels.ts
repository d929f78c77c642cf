/**
 * Label text that fits: widths from font metrics, whole words, at most two lines, never an ellipsis.
 * A label that cannot be shown whole is not shown (the mark keeps its name); an editor can give the
 * event a short `label` for the graphic, and the lint says when a title needs one.
 */

/** Label size in SVG units. */
export const FONT_SIZE = 12;
/** Distance between two lines of one label. */
export const LINE_HEIGHT = 14;
/** Lines a label may take. */
export const MAX_LINES = 2;

/**
 * Advance widths of ASCII 32–126 in 1/1000 em: for each character, the widest of DejaVu Sans and
 * Liberation Sans (Arial's metrics), upright or italic, as Chromium measures them. Those are the
 * widest fonts the page's sans-serif stack falls back to, so a label that fits here fits in Roboto,
 * Segoe UI, Helvetica and San Francisco too.
 */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863, 748, 787, 667, 787,
  722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278,
  579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** Anything outside ASCII (accents, dashes, quotes, other scripts): as wide as the widest letters. */
const OTHER = 1000;
/**
 * Arabic letters: about 470/1000 em on average in DejaVu Sans, Noto Sans and Noto Naskh Arabic as
 * Chromium measures them (joined forms are narrow); 650 leaves room for wider system faces. Combining
 * marks (harakat, tanwin) take no room of their own.
 */
const ARABIC = 650;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const COMBINING = /\p{Mn}/u;
/** Headroom for hinting and rounding across platforms. */
const SAFETY = 1.04;

/** Width of `text` in SVG units at `size`. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 32 && c < 127 ? ASCII[c - 32] : /[\u2018\u2019\u201a]/.test(ch) ? 318 : /[\u2013\u201c\u201d]/.test(ch) ? 640 : COMBINING.test(ch) ? 0 : ARABIC_LETTER.test(ch) ? ARABIC : OTHER;
  }
  return (w / 1000) * size * SAFETY;
}

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `width` units, or null when it
 * does not fit whole. Lines are balanced (the shortest widest line that still fits), so a two-line
 * label is as narrow as it can be and leaves room beside it.
 */
export function wrap(text: string, width: number, maxLines = MAX_LINES, size = FONT_SIZE): string[] | null {
  const t = text.trim();
  if (textWidth(t, size) <= width) return [t];
  return maxLines >= 2 ? twoLines(t, width, size) : null;
}

/** `text` in exactly two balanced lines of at most `width` units, or null. */
export function twoLines(text: string, width: number, size = FONT_SIZE): string[] | null {
  const words = text.trim().split(/\s+/);
  let best: string[] | null = null;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = linesWidth(lines, size);
    if (w <= width && w < bestWidth) [best, bestWidth] = [lines, w];
  }
  return best;
}

/** The widest line of a wrapped label. */
export const linesWidth = (lines: readonly string[], size = FONT_SIZE) => Math.max(0, ...lines.map((l) => textWidth(l, size)));

/** What a label may say: the title, else the editor's short label. */
export interface LabelText {
  title: string;
  label?: string;
}

/** A label option: its lines, its width, and whether it is the short label. */
export interface LabelFit {
  lines: string[];
  width: number;
  short: boolean;
}

/**
 * The ways a label can be written in at most `maxWidth` units, narrowest-first within each text:
 * the title on one line, on two; then the short label on one line, on two.
 */
export function labelOptions(text: LabelText, maxWidth: number): LabelFit[] {
  const out: LabelFit[] = [];
  for (const [s, short] of [[text.title, false], ...(text.label ? [[text.label, true]] : [])] as [string, boolean][]) {
    const one = textWidth(s);
    if (one <= maxWidth) out.push({ lines: [s], width: one, short });
    const two = twoLines(s, maxWidth);
    if (two) out.push({ lines: two, width: linesWidth(two), short });
  }
  return out;
}

/** Room for one label line at the narrowest layout (a 320 px phone): a title in two such lines fits everywhere. */
export const NARROWEST_LABEL = 178;

/**
 * For the lint: why a title is too long for the graphic (it needs more than two lines on a phone)
 * and there is no short `label` that fits, or null.
 */
export function labelAdvice(text: LabelText): string | null {
  if (wrap(text.title, NARROWEST_LABEL, 2)) return null;
  if (text.label && wrap(text.label, NARROWEST_LABEL, 2)) return null;
  if (text.label) return `the short label is too long for the timeline on a phone: keep it to about ${charsFor(NARROWEST_LABEL * 2)} characters`;
  return `the title is too long to show whole in the timeline on a phone: add a short "label" (about ${charsFor(NARROWEST_LABEL * 2)} characters) for the graphic`;
}

const charsFor = (units: number) => Math.floor(units / textWidth('e'));
