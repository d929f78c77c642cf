import en from '../i18n/en.json' with { type: 'json' };
import ar from '../i18n/ar.json' with { type: 'json' };
import settings from '../i18n/settings.json' with { type: 'json' };

export type UiKey = keyof typeof en;
const dictionaries: Record<string, Record<UiKey, string>> = { en, ar };

/** The languages the kit has UI strings for (src/i18n/<lang>.json); the first is the site's default. */
export const LANGUAGES = Object.keys(dictionaries);
export const DEFAULT_LANG = 'en';

/** The base language of a tag: "ar-EG" → "ar". */
const base = (lang: string) => lang.split('-')[0];

/**
 * Looks up a UI string by its dotted key and fills `{name}` placeholders. Unknown locales fall
 * back to English; an unknown key throws, so a typo fails the build instead of printing the key.
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang = 'en'): string {
  const dict = dictionaries[base(lang)] ?? en;
  const template = dict[key] ?? en[key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}" (see src/i18n/en.json)`);
  return plurals(template, key, vars, lang).replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    // A count is written in the language's digits (the site setting); text is left as given.
    const v = vars[name];
    return typeof v === 'number' ? formatDigits(v, lang) : v;
  });
}

/**
 * ICU MessageFormat's plural blocks, `{n, plural, one {…} two {…} few {…} many {…} other {…}}` (and
 * `=0 {…}`), chosen by Intl.PluralRules for the language: Arabic has six forms, so a count's noun is
 * written per form ("حدثان", "3 أحداث", "15 حدثًا") instead of one plural for every number.
 */
function plurals(template: string, key: string, vars: Record<string, string | number>, lang: string): string {
  return template.replace(/\{(\w+), plural,((?:\s*(?:=\d+|\w+) \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g, (_, name: string, body: string) => {
    const n = vars[name];
    if (typeof n !== 'number') throw new Error(`UI string "${key}" needs a number for {${name}, plural, …}`);
    const forms = new Map([...body.matchAll(/(=\d+|\w+) \{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g)].map((m) => [m[1], m[2]]));
    const form = forms.get(`=${n}`) ?? forms.get(new Intl.PluralRules(base(lang)).select(n)) ?? forms.get('other');
    if (form === undefined) throw new Error(`UI string "${key}" has no "other" form in its {${name}, plural, …}`);
    return form;
  });
}

/** `t` bound to one page's language: `const t = uiStrings(Astro.locals.lang)` in a component. */
export function uiStrings(lang = 'en') {
  return (key: UiKey, vars: Record<string, string | number> = {}) => t(key, vars, lang);
}

/** Text direction of a language tag, for `<html dir>`. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/.test(lang) ? 'rtl' : 'ltr';
}

/** The site's numbering system for a language (src/i18n/settings.json): "latn" (0–9) unless set. */
export function digitsOf(lang: string): string {
  return (settings as Record<string, { digits?: string }>)[base(lang)]?.digits ?? 'latn';
}

/** The Intl locale of a page language, with the site's digits: "en-GB", "ar-u-nu-latn". */
export function intlLocale(lang = 'en'): string {
  return `${t('date.locale', {}, lang)}-u-nu-${digitsOf(lang)}`;
}

/** Digits 0–9 in the site's numbering system of `lang` (paragraph numbers, counts in running text). */
export function formatDigits(text: string | number, lang = 'en'): string {
  const digits = digitsOf(lang);
  if (digits === 'latn') return String(text);
  const zero = new Intl.NumberFormat(`en-u-nu-${digits}`).format(0).codePointAt(0)!;
  return String(text).replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
}

/** A language's name in `inLang` ("Arabic", "العربية", "الإنجليزية"). */
export function languageName(lang: string, inLang = 'en'): string {
  return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
}
