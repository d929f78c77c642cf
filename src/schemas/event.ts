import { z } from 'astro/zod';
import { idSchema, isoDateSchema, citationSchema, quoteSchema } from './common.ts';

export const DATE_PRECISIONS = ['day', 'week', 'approximate', 'after'] as const;
export const EVENT_STATUSES = ['reported', 'expected'] as const;

/**
 * One timeline event, an item of the list in `content/events/<explainer>.yaml`.
 * The file name ties the events to the explainer with the same slug.
 */
export const eventSchema = z
  .strictObject({
    /** Stable id, unique in the file; the event's link is `#event-<id>`. */
    id: idSchema,
    /** The day, YYYY-MM-DD. For a week, its first day; for "approximate", the best estimate. */
    date: isoDateSchema,
    /**
     * How exact the date is: day (that day), week (some day in the week starting `date`),
     * approximate (around `date`), after (some time after `date`, for expected events).
     */
    precision: z.enum(DATE_PRECISIONS, { error: `must be one of: ${DATE_PRECISIONS.join(', ')}` }).default('day'),
    /** reported (it happened, per the source) or expected (foreseen at the time of the report). */
    status: z.enum(EVENT_STATUSES, { error: `must be one of: ${EVENT_STATUSES.join(', ')}` }).default('reported'),
    /** The timeline row, e.g. diplomacy, violence, humanitarian, syrian-parties. */
    lane: idSchema,
    /** One line, in the explainer's words. */
    title: z.string().trim().min(3).max(140, { message: 'must be at most 140 characters: a headline, not a paragraph' }),
    /** One to three sentences. */
    description: z.string().trim().min(3),
    /** Ids from `content/actors.yaml`. */
    actors: z.array(idSchema).default([]),
    /** Id of an incident in `content/figures/<explainer>.yaml` this event is about (links the chart). */
    incident: idSchema.optional(),
    /** Where it comes from: article paragraphs, or a named outside document (then it is context). */
    citation: citationSchema,
    /** An optional quote with its speaker. */
    quote: quoteSchema.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.status === 'expected' && event.precision === 'day' && event.date) {
      // Allowed: a scheduled day. Nothing to check.
    }
    if (event.precision === 'after' && event.status !== 'expected') {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: '"after" is only for expected events (status: expected)',
      });
    }
  });

export type TimelineEvent = z.output<typeof eventSchema>;
export type TimelineEventInput = z.input<typeof eventSchema>;
