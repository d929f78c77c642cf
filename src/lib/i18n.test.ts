import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import { LANGUAGES, t, formatDigits, intlLocale, dirOf, languageName } from './i18n.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../i18n');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries (src/i18n/<lang>.json)', () => {
  const files = readdirSync(DIR).filter((f) => /^[a-z]{2,3}\.json$/.test(f));
  it('are all loaded by t()', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
  });
  for (const file of files.filter((f) => f !== 'en.json')) {
    const dict = JSON.parse(readFileSync(join(DIR, file), 'utf-8')) as Record<string, string>;
    it(`${file} has every key of en.json and no other`, () => {
      expect(Object.keys(en).filter((k) => !(k in dict))).toEqual([]);
      expect(Object.keys(dict).filter((k) => !(k in en))).toEqual([]);
    });
    // A translation may leave a value out ("حدث واحد" for "{n} event") but never ask for one en.json's callers do not give.
    it(`${file} uses only the placeholders of en.json`, () => {
      const differ = Object.entries(en as Record<string, string>).filter(([k, v]) => k in dict && placeholders(dict[k]).some((p) => !placeholders(v).includes(p)));
      expect(differ.map(([k]) => k)).toEqual([]);
    });
  }
});

describe('t(key, vars, lang)', () => {
  it('speaks the page’s language and writes counts in its digits', () => {
    expect(t('explainer.readingTime', { minutes: 5 }, 'ar')).toBe('5 دقائق قراءة');
    expect(t('explainer.readingTime', { minutes: 5 })).toBe('5 min read');
  });
});

describe('digits (src/i18n/settings.json)', () => {
  it('writes Arabic dates and numbers through Intl in the set numbering system', () => {
    expect(intlLocale('ar')).toMatch(/^ar-u-nu-(latn|arab)$/);
    expect(new Intl.NumberFormat(intlLocale('ar')).format(68)).toBe(formatDigits(68, 'ar'));
  });
  it('turns 0–9 into Arabic-Indic digits only when that is the setting', () => {
    expect(formatDigits('¶12', 'en')).toBe('¶12');
    expect(['¶12', '¶١٢']).toContain(formatDigits('¶12', 'ar'));
  });
});

describe('dirOf and languageName', () => {
  it('knows Arabic runs right to left and names languages in a language', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
  });
});

describe('counts (ICU plural blocks, chosen by Intl.PluralRules)', () => {
  it('writes an Arabic count with the noun form its number takes: two, 3–10, 11–99, 100 and more', () => {
    const events = (n: number) => t('map.events.other', { n }, 'ar').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    expect(events(2)).toBe('حدثان');
    expect(events(3)).toBe('3 أحداث');
    expect(events(15)).toBe('15 حدثًا');
    expect(events(100)).toBe('100 حدث');
    expect(t('map.events.other', { n: 15 }, 'en')).toBe('15 events');
  });
  it('refuses a plural block without a number', () => {
    expect(() => t('map.events.other', { n: 'many' }, 'ar')).toThrow('needs a number');
  });
});
