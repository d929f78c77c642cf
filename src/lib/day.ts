/**
 * A calendar day written YYYY-MM-DD → milliseconds at 00:00 UTC that day; undefined when the text
 * is not a real day in that form (2016-02-30, 2016-2-3). The one day parser of the kit: schemas,
 * timeline scales and date formatting all read days through it, in UTC whatever the machine's zone.
 */
export function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written (Date.UTC maps 16 to 1916).
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.getTime() : undefined;
}
