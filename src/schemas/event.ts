import { z } from 'astro/zod';
import { idSchema, citationSchema, quoteSchema } from './common.ts';
import { checkDateQualifier, dateQualifierSchema, whenSchema } from './date.ts';

export const EVENT_STATUSES = ['reported', 'expected'] as const;

/**
 * One timeline event, an item of the list in `content/events/<explainer>.yaml`.
 * The file name ties the events to the explainer with the same slug.
 */
export const eventSchema = z
  .strictObject({
    /** Stable id, unique in the file; the event's link is `#event-<id>`. */
    id: idSchema,
    /**
     * When, as precisely as the source says: 2014, 2014-04, 2014-04-15, a time with its zone
     * (2014-09-05T15:00Z, 2014-09-05T18:00+03:00), or a period { from: 2014-04, to: 2014-09-05 }.
     */
    date: whenSchema,
    /**
     * Optional, how the source qualifies the date: week (some day in the week starting `date`),
     * approximate (around `date`), after (some time after `date`, for expected events).
     */
    precision: dateQualifierSchema.optional(),
    /** reported (it happened, per the source) or expected (foreseen at the time of the report). */
    status: z.enum(EVENT_STATUSES, { error: `must be one of: ${EVENT_STATUSES.join(', ')}` }).default('reported'),
    /** The timeline row, e.g. diplomacy, violence, humanitarian, syrian-parties. */
    lane: idSchema,
    /** One line, in the explainer's words. */
    title: z.string().trim().min(3).max(140, { message: 'must be at most 140 characters: a headline, not a paragraph' }),
    /**
     * Optional short label for the timeline graphic, used where the title does not fit whole in two
     * lines (the lint says when). A few words, in the explainer's words: "Munich deal".
     */
    label: z.string().trim().min(2, { message: 'must be at least 2 characters: a few words' }).max(48, { message: 'must be at most 48 characters: a few words for the graphic' }).optional(),
    /** One to three sentences. */
    description: z.string().trim().min(3),
    /** Ids from `content/actors.yaml`. */
    actors: z.array(idSchema).default([]),
    /** Id of an incident in `content/figures/<explainer>.yaml` this event is about (links the chart). */
    incident: idSchema.optional(),
    /** Where it happened: ids from `content/places.yaml`, e.g. [homs] (drawn by <LocatorMap />). */
    places: z.array(idSchema).min(1).optional(),
    /** Where it comes from: article paragraphs, or a named outside document (then it is context). */
    citation: citationSchema,
    /** An optional quote with its speaker. */
    quote: quoteSchema.optional(),
  })
  .superRefine((event, ctx) => {
    checkDateQualifier(event.date, event.precision, ctx);
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
