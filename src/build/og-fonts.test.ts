import { describe, expect, it } from 'vitest';
import { ogFonts, missingGlyphs, coverage } from './og-fonts.ts';
import { ogPng, OG_WIDTH } from './og.ts';

// Names in every script the share card must draw, checked against the glyphs of the fonts chosen
// (their cmap), not against the packages' unicode ranges.
const NAMES = ['Erdoğan', 'Nguyễn', 'سوريا', 'Москва', 'Αθήνα', '北京'];

describe('ogFonts(text): the share card’s fonts, subset at build', () => {
  for (const name of NAMES) {
    it(`draws "${name}" with no missing glyph`, () => {
      const fonts = ogFonts(name);
      expect(missingGlyphs(name, fonts)).toEqual([]);
    });
  }
  it('finds a missing glyph when the font for it is not loaded (the check can fail)', () => {
    const latinOnly = ogFonts('abc');
    expect(missingGlyphs('سوريا 北京', latinOnly)).toEqual(['س', 'و', 'ر', 'ي', 'ا', '北', '京']);
  });
  it('loads only the parts of the packages a card needs', () => {
    const files = ogFonts('A provisional agreement').map((f) => f.file);
    expect(files).toEqual(['@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff', '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff']);
    const arabic = ogFonts('اتفاق مبدئي').map((f) => f.file);
    expect(arabic.some((f) => f.includes('ibm-plex-sans-arabic-arabic-700'))).toBe(true);
    expect(arabic.some((f) => f.includes('noto-sans-sc'))).toBe(false);
  });
  it('reads each font’s own glyph list', () => {
    const [latin] = ogFonts('a');
    expect(coverage(latin.file, latin.data).has('a'.codePointAt(0)!)).toBe(true);
    expect(coverage(latin.file, latin.data).has('س'.codePointAt(0)!)).toBe(false);
  });
  it('renders a right-to-left card with every script in it', async () => {
    const png = await ogPng({ title: 'اتفاق مبدئي على وقف لإطلاق النار في سوريا', dek: NAMES.join('، '), siteName: 'شروحات الأخبار', date: 'نُشر 1 ديسمبر 2026', dir: 'rtl' });
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(OG_WIDTH);
  }, 30_000);
});
