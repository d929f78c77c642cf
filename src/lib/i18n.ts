import en from '../i18n/en.json' with { type: 'json' };

export type UiKey = keyof typeof en;
const dictionaries: Record<string, Record<UiKey, string>> = { en };

/**
 * Looks up a UI string by its dotted key and fills `{name}` placeholders. Unknown locales fall
 * back to English; an unknown key throws, so a typo fails the build instead of printing the key.
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}, lang = 'en'): string {
  const dict = dictionaries[lang.split('-')[0]] ?? en;
  const template = dict[key] ?? en[key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}" (see src/i18n/en.json)`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}

/** Text direction of a language tag, for `<html dir>`. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/.test(lang) ? 'rtl' : 'ltr';
}
