import { z } from 'astro/zod';
import { CITATION_KINDS, isoDateTimeSchema, withCitationKind } from './common.ts';

/**
 * Where a story-specific statement comes from: the report's paragraphs, another named document
 * (then it shows as context), or `desk`: the desk's own explanation (also shown as context).
 */
export const storyCitationSchema = z.preprocess(
  (v) => (v === 'desk' ? { kind: 'desk' } : withCitationKind(v)),
  z.discriminatedUnion('kind', [...CITATION_KINDS, z.strictObject({ kind: z.literal('desk') })], {
    error:
      'is required: { article: <source id>, paragraphs: [n, …] } for what the report says, { document: "<title>", date: YYYY-MM-DD } for another document, or desk for the desk\'s own explanation',
  }),
);

export type StoryCitation = z.output<typeof storyCitationSchema>;

/** True when a story citation is not the report: another document or the desk's own words. */
export const isContextCitation = (c: StoryCitation) => c.kind !== 'article';

/** An actor's role in one story, under `roles:` in that explainer's front matter. */
export const storyRoleSchema = z.strictObject({
  /** The role in this story, as the source puts it, e.g. "US secretary of state". */
  role: z.string({ error: 'is required: the actor\'s role in this story, e.g. "US secretary of state"' }).trim().min(1),
  /** Where the role is stated: paragraphs of the report, another document, or desk. */
  citation: storyCitationSchema,
});

/** What a term means in one story, under `termNotes:` in that explainer's front matter. */
export const termNoteSchema = z.strictObject({
  /** One sentence on how this story uses the term, e.g. "The report uses it for the planned ceasefire." */
  note: z.string({ error: 'is required: one sentence on how this story uses the term' }).trim().min(5),
  /** Where the use is found: paragraphs of the report, another document, or desk. */
  citation: storyCitationSchema,
});

export const UPDATE_KINDS = ['update', 'correction'] as const;

/**
 * One entry of the explainer's log of changes, under `updates:`. Shown by the byline, in the page's
 * JSON-LD and in the RSS item. A correction that changes a figure or a wording keeps the old one in `was`.
 */
export const updateSchema = z.strictObject({
  /** When the change was published: YYYY-MM-DD or a date-time with zone (2026-12-01T10:30Z). */
  at: isoDateTimeSchema,
  /** update (new information) or correction (something the page got wrong). */
  kind: z.enum(UPDATE_KINDS, { error: `must be one of: ${UPDATE_KINDS.join(', ')}` }),
  /** What changed, in one or two sentences for readers. */
  what: z.string({ error: 'is required: what changed, in a sentence for readers' }).trim().min(10),
  /** The old figure or wording, for a correction that replaces one, e.g. "more than 120 … is 7 lower". */
  was: z.string().trim().min(1).optional(),
  /** What the change rests on: the report's paragraphs, another document, or desk. */
  citation: storyCitationSchema,
});

export type StoryRole = z.output<typeof storyRoleSchema>;
export type TermNote = z.output<typeof termNoteSchema>;
export type ExplainerUpdate = z.output<typeof updateSchema>;
