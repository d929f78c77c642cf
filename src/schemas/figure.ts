import { z } from 'astro/zod';
import { idSchema, citationSchema } from './common.ts';
import { checkDateQualifier, dateQualifierSchema, qualifierOf, reportedAtSchema, whenSchema } from './date.ts';
import { endsBefore, formatWhen, parseWhen, type When } from '../lib/dates.ts';
import { lowerBoundRevisedDown, repeatedParts } from './checks.ts';

export const QUALIFIERS = ['at-least', 'more-than', 'exactly', 'about', 'none', 'range'] as const;

const count = z
  .int({ error: 'must be a whole number of people' })
  .min(0, { message: 'must not be negative' })
  .refine((v) => !Object.is(v, -0), { message: 'must not be negative: write 0' });

/**
 * A death toll as reported: a number with the source's qualifier. `none` is a bare figure ("the
 * previously reported 37"): it claims neither an exact count nor a minimum.
 */
export const killedSchema = z.discriminatedUnion(
  'qualifier',
  [
    z.strictObject({ qualifier: z.literal('at-least'), value: count }),
    z.strictObject({ qualifier: z.literal('more-than'), value: count }),
    z.strictObject({ qualifier: z.literal('exactly'), value: count }),
    z.strictObject({ qualifier: z.literal('about'), value: count }),
    z.strictObject({ qualifier: z.literal('none'), value: count }),
    z
      .strictObject({ qualifier: z.literal('range'), low: count, high: count })
      .refine((r) => r.low <= r.high, { path: ['low'], message: 'must not be above high' }),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is required: killed: { qualifier: at-least, value: … } (the toll as the source states it)'
        : `must have qualifier: one of ${QUALIFIERS.join(', ')} (with value:, or low: and high: for range)`,
  },
);

/** One report of a toll. The first report stays; revisions are added after it. */
export const figureReportSchema = z.strictObject({
  /** The toll as stated, e.g. { qualifier: at-least, value: 68 }. */
  killed: killedSchema,
  /** The words of the source, e.g. "at least 68 people". */
  stated: z.string().trim().min(1).optional(),
  /**
   * When the source reported it, as precisely as known (2014-09-05, 2014-09-05T15:00Z), or
   * `unknown` for an earlier figure the article mentions without a time.
   */
  reportedAt: reportedAtSchema,
  /** Where the figure comes from. */
  citation: citationSchema,
  /** true when the source corrects an earlier figure downwards (a minimum otherwise only goes up); shown as a correction. */
  correction: z.literal(true, { error: 'is either true or left out' }).optional(),
});

export const INCIDENT_KINDS = ['incident', 'total'] as const;

/**
 * One incident with its reported tolls, an item of `content/figures/<explainer>.yaml`. A "total"
 * is a figure the source gives for several incidents together (list them in `parts`).
 */
export const incidentSchema = z
  .strictObject({
    /** Stable id; events refer to it with `incident:`. */
    id: idSchema,
    /** incident (one event, or one place of a breakdown) or total (a combined figure the source gives). */
    kind: z.enum(INCIDENT_KINDS, { error: `must be one of: ${INCIDENT_KINDS.join(', ')}` }).default('incident'),
    /** Short label for the chart, e.g. "Damascus bombings", "Dalmi district". */
    label: z.string().trim().min(1).max(60),
    /** Where, e.g. "Damascus". */
    place: z.string().trim().min(1),
    /**
     * When it happened, as precisely as the source says (2014-04, 2014-09-05T15:00Z), or the
     * period a toll counts: { from: 2014-04 } ("since"), { from, to }, { to } ("as of").
     */
    date: whenSchema,
    /** Optional: approximate ("around"), or week, as for events. */
    precision: dateQualifierSchema.optional(),
    /** For a total: the ids of the incidents (or places) it covers. */
    parts: z.array(idSchema).optional(),
    /** For a total: what one part is, in your word: district, attack, strike, flood… ("the tolls for each district"). */
    by: z.string().trim().min(1).max(30).optional(),
    /** Where it happened: ids from `content/places.yaml`, e.g. [damascus] (drawn by <LocatorMap />). */
    places: z.array(idSchema).min(1).optional(),
    /** First report first; add revisions below it, never over it. */
    reports: z.array(figureReportSchema).min(1, { message: 'must list at least one report, each with its citation' }),
  })
  .superRefine((incident, ctx) => {
    if (incident.kind === 'total' && !(incident.parts && incident.parts.length >= 2)) {
      ctx.addIssue({ code: 'custom', path: ['parts'], message: 'a total must list the ids of at least two incidents it covers' });
    }
    if (incident.kind === 'incident' && incident.parts) {
      ctx.addIssue({ code: 'custom', path: ['parts'], message: 'only a total (kind: total) has parts' });
    }
    for (const p of [...repeatedParts(incident.parts), ...lowerBoundRevisedDown(incident.reports ?? [])]) ctx.addIssue({ code: 'custom', ...p });
    if (incident.kind === 'incident' && incident.by !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['by'], message: 'only a total (kind: total) has parts to name with by: remove it, or make this entry a total' });
    }
    if (incident.precision === 'after') {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: '"after" is for expected events; a toll is of something that happened: use approximate, or a period' });
    }
    checkDateQualifier(incident.date, incident.precision, ctx);
    // The checks below compare dates; each date's own mistakes are reported on its field.
    const when = parseWhen(incident.date, qualifierOf(incident.precision));
    const reports = (incident.reports ?? []).map((r) => (r?.reportedAt && r.reportedAt !== 'unknown' ? parseWhen(r.reportedAt) : undefined));
    const known = (w: ReturnType<typeof parseWhen> | undefined): w is When => w !== undefined && !('problem' in w);
    const firstKnown = reports.findIndex(known);
    let previous: number | undefined;
    reports.forEach((w, i) => {
      if (!known(w)) return;
      const path = ['reports', i, 'reportedAt'];
      const text = incident.reports[i].reportedAt;
      if (i > firstKnown && firstKnown === 0 && endsBefore(w, reports[0] as When)) {
        ctx.addIssue({ code: 'custom', path, message: `a revision cannot be dated (${text}) before the first report (${incident.reports[0].reportedAt})` });
      } else if (previous !== undefined && endsBefore(w, reports[previous] as When)) {
        ctx.addIssue({ code: 'custom', path, message: 'reports must be in the order they were published: add revisions after earlier ones' });
      }
      if (known(when) && endsBefore(w, when)) {
        ctx.addIssue({ code: 'custom', path, message: `a toll cannot be reported (${text}) before the incident (${formatWhen(when, 'en', { as: 'toll' })})` });
      }
      previous = i;
    });
  });

export type Killed = z.output<typeof killedSchema>;
export type FigureReport = z.output<typeof figureReportSchema>;
export type Incident = z.output<typeof incidentSchema>;
