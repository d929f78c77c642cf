import { z } from 'astro/zod';
import { DATE_FORMS, DATE_QUALIFIERS, parseIsoDate, parseWhen, qualifierProblem, type DateQualifier } from '../lib/dates.ts';

/** YAML reads an unquoted year (2014) as a number: take it back to the text the editor wrote. */
const asText = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v);

/**
 * A date as precise as the source: `2014`, `2014-04`, `2014-04-15`, or a time with its zone,
 * `2014-09-05T15:00Z` / `2031-11-07T23:47+05:45`. Kept as written; `src/lib/dates.ts` reads it
 * as a UTC interval.
 */
export const isoDateOfAnyPrecisionSchema = z.preprocess(
  asText,
  z.string({ error: 'must be a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with Z or an offset, e.g. 2014-09-05' }).superRefine((v, ctx) => {
    const r = parseIsoDate(v);
    if ('problem' in r) ctx.addIssue({ code: 'custom', message: r.problem });
  }),
);

/** A period: `{ from: 2014-04, to: 2014-09-05 }`; `from` alone is "since", `to` alone "as of". */
export const periodSchema = z
  // Loose so that a misspelt end ("until:") is reported by name on its own line, then dropped.
  .looseObject({
    /** Its first date, at any precision; leave out when the source gives only the end. */
    from: isoDateOfAnyPrecisionSchema.optional(),
    /** Its last date; leave out while it is still going ("since"). */
    to: isoDateOfAnyPrecisionSchema.optional(),
  })
  .superRefine((p, ctx) => {
    // Each end reports its own mistakes; here only what needs both: an order, and one of them.
    const ok = (v: unknown) => v === undefined || !('problem' in parseIsoDate(v));
    if (!ok(p.from) || !ok(p.to)) return;
    const r = parseWhen(p);
    if ('problem' in r) ctx.addIssue({ code: 'custom', path: r.path, message: r.problem });
  })
  .transform(({ from, to }) => ({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }));

/** A date as written: one date, or a period. */
export type WhenText = string | { from?: string; to?: string };

const WHEN_FORMS = 'must be a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ) or a period { from: …, to: … }';

/**
 * An event's or an incident's date: one date at its precision, or a `{ from, to }` period. Told
 * apart by their form (text or braces), so each mistake is reported on its own field rather than
 * as "no option matched".
 */
export const whenSchema = z
  .unknown()
  .superRefine((v, ctx) => {
    const schema = v !== null && typeof v === 'object' && !Array.isArray(v) ? periodSchema : typeof v === 'string' || typeof v === 'number' ? isoDateOfAnyPrecisionSchema : undefined;
    if (v === undefined) return void ctx.addIssue({ code: 'custom', message: `is required: when it happened, as precisely as the source says (${DATE_FORMS}), or a period { from: …, to: … }` });
    if (!schema) return void ctx.addIssue({ code: 'custom', message: WHEN_FORMS });
    const r = schema.safeParse(v);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .transform((v): WhenText => {
    const r = (typeof v === 'object' ? periodSchema : isoDateOfAnyPrecisionSchema).parse(v);
    return r as WhenText;
  });

/**
 * How the source qualifies a date: `week` (some day in the week starting it), `approximate`
 * ("around"), `after` (some time after: expected events). `day` is accepted for a day as written.
 */
export const dateQualifierSchema = z.enum(['day', ...DATE_QUALIFIERS], {
  error: `must be one of: ${DATE_QUALIFIERS.join(', ')} (or leave it out: the date's own form gives its precision)`,
});

/**
 * Checks a date against its qualifier, on the entry (they are two fields). `day` is only a
 * restatement, and refused on a date that is not a day, so nothing claims more than the source.
 */
export function checkDateQualifier(date: unknown, precision: DateQualifier | 'day' | undefined, ctx: z.RefinementCtx) {
  if (precision === undefined) return;
  const isPeriod = typeof date === 'object' && date !== null;
  const one = isPeriod ? undefined : parseIsoDate(date);
  if (one && 'problem' in one) return; // reported on `date` already
  if (precision === 'day') {
    if (isPeriod || one!.precision !== 'day')
      ctx.addIssue({ code: 'custom', path: ['precision'], message: '"day" needs a date written YYYY-MM-DD: leave precision out, the date\'s own form gives it' });
    return;
  }
  const problem = qualifierProblem(isPeriod ? { period: true } : { period: false, precision: one!.precision, text: one!.text }, precision);
  if (problem) ctx.addIssue({ code: 'custom', path: ['precision'], message: problem });
}

/** The qualifier a date is read with: `day` restates the date's own precision, so it adds nothing. */
export function qualifierOf(precision: DateQualifier | 'day' | undefined): DateQualifier | undefined {
  return precision === 'day' ? undefined : precision;
}

/**
 * When a toll was reported: a date of any precision, or `unknown` for an earlier figure the
 * article mentions without saying when ("from the previously reported 37").
 */
export const reportedAtSchema = z.preprocess(
  asText,
  z
    .string({ error: 'is required: when the source reported the toll (a date, e.g. 2014-09-05 or 2014-09-05T15:00Z), or unknown' })
    .superRefine((v, ctx) => {
      if (v === 'unknown') return;
      const r = parseIsoDate(v);
      if ('problem' in r) ctx.addIssue({ code: 'custom', message: `${r.problem}; or write unknown when the source does not say when` });
    }),
);
