import { dirOf, intlLocale } from './i18n.ts';

/**
 * A timeline tick's label in a page language other than English, from its date and the shape the
 * layout gave it (src/lib/timeline/ticks.ts): a time, a day and month, a month, a year, or two of
 * them on two lines (a first tick's day over or under its year; a month over its year), line by
 * line. With `dayOnly`, a day and month is written as the day alone: the phone's gutter is narrow,
 * and a month is named where it starts (the caller says where). Pure; dates are UTC.
 *
 * The drawing is laid out left to right in every language (its time axis runs one way); in a
 * right-to-left language a line that starts with digits and goes on in words ("11 فبراير") would
 * then show its digits on the left. A right-to-left mark before it makes the line read from the right.
 */
export function tickWords(tick: { date: string; label: string[] }, lang: string, { dayOnly = false } = {}): string[] {
  const d = new Date(tick.date);
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', ...o }).format(d);
  const rtl = dirOf(lang) === 'rtl';
  return tick.label.map((line) => {
    if (/^\d{1,2}:\d{2}$/.test(line)) return f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    if (/^\d{4}$/.test(line)) return f({ year: 'numeric' });
    if (/\d/.test(line)) {
      const words = dayOnly ? f({ day: 'numeric' }) : f({ day: 'numeric', month: 'short' });
      return rtl && /^\d/.test(words) && /\p{L}/u.test(words) ? `\u200F${words}` : words;
    }
    return f({ month: 'short' });
  });
}
