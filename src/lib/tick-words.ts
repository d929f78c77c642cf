import { intlLocale } from './i18n.ts';

/**
 * A timeline tick's label in a page language other than English, from its date and the shape the
 * layout gave it (src/lib/timeline/ticks.ts): a time, a day and month, a month over its year, or a
 * year. Pure; dates are UTC.
 */
export function tickWords(tick: { date: string; label: string[] }, lang: string): string[] {
  const d = new Date(tick.date);
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', ...o }).format(d);
  if (tick.label.length === 2) return [f({ month: 'short' }), f({ year: 'numeric' })];
  const [only] = tick.label;
  if (/^\d{1,2}:\d{2}$/.test(only)) return [f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })];
  if (/^\d{4}$/.test(only)) return [f({ year: 'numeric' })];
  return [f({ day: 'numeric', month: 'short' })];
}
