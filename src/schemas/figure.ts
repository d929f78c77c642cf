import { z } from 'astro/zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, citationSchema } from './common.ts';

export const QUALIFIERS = ['at-least', 'more-than', 'exactly', 'about', 'range'] as const;

const count = z
  .int({ error: 'must be a whole number of people' })
  .min(0, { message: 'must not be negative' });

/**
 * A death toll as reported: a number with a qualifier. Early tolls are lower bounds, so say
 * "at-least" unless the source says otherwise.
 */
export const killedSchema = z.discriminatedUnion(
  'qualifier',
  [
    z.strictObject({ qualifier: z.literal('at-least'), value: count }),
    z.strictObject({ qualifier: z.literal('more-than'), value: count }),
    z.strictObject({ qualifier: z.literal('exactly'), value: count }),
    z.strictObject({ qualifier: z.literal('about'), value: count }),
    z
      .strictObject({ qualifier: z.literal('range'), low: count, high: count })
      .refine((r) => r.low <= r.high, { path: ['low'], message: 'must not be above high' }),
  ],
  { error: `must have qualifier: one of ${QUALIFIERS.join(', ')} (with value:, or low: and high: for range)` },
);

/** One report of a toll. The first report stays; revisions are added after it. */
export const figureReportSchema = z.strictObject({
  /** The toll as stated, e.g. { qualifier: at-least, value: 68 }. */
  killed: killedSchema,
  /** The words of the source, e.g. "at least 68 people". */
  stated: z.string().trim().min(1).optional(),
  /** When the source reported it: YYYY-MM-DD or a date-time with zone. */
  reportedAt: isoDateTimeSchema,
  /** Where the figure comes from. */
  citation: citationSchema,
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
    /** incident (one attack) or total (a combined figure the source gives). */
    kind: z.enum(INCIDENT_KINDS, { error: `must be one of: ${INCIDENT_KINDS.join(', ')}` }).default('incident'),
    /** Short label for the chart, e.g. "Damascus bombings". */
    label: z.string().trim().min(1).max(60),
    /** Where, e.g. "Damascus". */
    place: z.string().trim().min(1),
    /** When it happened, YYYY-MM-DD. */
    date: isoDateSchema,
    /** For a total: the ids of the incidents it covers. */
    parts: z.array(idSchema).optional(),
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
    const first = incident.reports[0];
    incident.reports.forEach((report, i) => {
      if (i > 0 && report.reportedAt.slice(0, 10) < first.reportedAt.slice(0, 10)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'reportedAt'],
          message: `a revision cannot be dated (${report.reportedAt}) before the first report (${first.reportedAt})`,
        });
      }
      if (i > 0 && report.reportedAt < incident.reports[i - 1].reportedAt) {
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'reportedAt'],
          message: 'reports must be in the order they were published: add revisions after earlier ones',
        });
      }
      if (report.reportedAt.slice(0, 10) < incident.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'reportedAt'],
          message: `a toll cannot be reported (${report.reportedAt}) before the incident (${incident.date})`,
        });
      }
    });
  });

export type Killed = z.output<typeof killedSchema>;
export type FigureReport = z.output<typeof figureReportSchema>;
export type Incident = z.output<typeof incidentSchema>;
