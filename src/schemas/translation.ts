import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common.ts';

/**
 * A translation supplies words only. Ids, dates, citations, places, actors and figures stay those
 * of the original (they are not fields here, so they cannot drift); the reader checks that every
 * entry of the original has its translation, and nothing else (src/content/translations.ts).
 */
const words = (what: string, min = 1) => z.string({ error: `is required: ${what}, translated` }).trim().min(min);

/** Front matter of a translation, `content/<lang>/explainers/<slug of the original>.mdx`. */
export const explainerTranslationSchema = z.strictObject({
  /** The language of the translation (BCP 47), the name of its folder: `ar` for content/ar/. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as ar' }).optional(),
  /** The slug of the original explainer (its file in content/explainers/), also this file's name. */
  translationOf: idSchema.optional(),
  /** The version of the original this translates: its `updated` day (or `published`, if never updated), YYYY-MM-DD. */
  translatedFrom: isoDateSchema,
  /** The headline, translated (at most 110 characters). */
  title: z.string().trim().min(5).max(110),
  /** The standfirst, translated. */
  dek: z.string().trim().min(10).max(300),
  /** The summary for cards, feeds and search results, translated. */
  summary: z.string().trim().min(10).max(240),
  /** The day the translation was published, YYYY-MM-DD. */
  published: isoDateSchema,
  /** Day of the translation's last change, YYYY-MM-DD. */
  updated: isoDateSchema.optional(),
  /** Byline of the translation, e.g. the desk's name in this language (default: the original's). */
  author: z.string().trim().min(1).optional(),
  /** Who translated it, shown with the translation note (optional). */
  translator: z.string().trim().min(1).optional(),
  /** Each actor's role, translated, by actor id: `{ role }` for every role of the original (its citation is the original's). */
  roles: z.record(idSchema, z.strictObject({ role: words("the actor's role") })).default({}),
  /** How this story uses each term, translated, by term id: `{ note }` for every note of the original. */
  termNotes: z.record(idSchema, z.strictObject({ note: words('the note on the term', 5) })).default({}),
  /** The original's log of changes, translated, in its order: `{ what, was? }` (dates and citations are the original's). */
  updates: z.array(z.strictObject({ what: words('what changed', 5), was: words('the old wording').optional() })).default([]),
  /** The timeline's lane names in this language, by lane id: every lane of the original's events. */
  lanes: z.record(idSchema, words('the lane name')).default({}),
  /** Drafts show in `npm run dev` but are left out of the built site. */
  draft: z.boolean().default(false),
});
export type ExplainerTranslationFrontmatter = z.output<typeof explainerTranslationSchema>;

/** One event, translated: an item of `content/<lang>/events/<slug>.yaml` with the original's id. */
export const eventTranslationSchema = z.strictObject({
  /** The id of the event in content/events/<slug>.yaml. */
  id: idSchema,
  /** The event's title, translated. */
  title: z.string().trim().min(3).max(140, { message: 'must be at most 140 characters: a headline, not a paragraph' }),
  /** Optional short label for the graphic, translated (a few words). */
  label: z.string().trim().min(2).max(48, { message: 'must be at most 48 characters: a few words for the graphic' }).optional(),
  /** The description, translated. */
  description: z.string().trim().min(3),
  /** The quote's words, translated (its speaker and citation are the original's): `{ text }`, when the original has a quote. */
  quote: z.strictObject({ text: words('the quoted words') }).optional(),
});

/** One incident of the casualty figures, translated: an item of `content/<lang>/figures/<slug>.yaml`. */
export const incidentTranslationSchema = z.strictObject({
  /** The id of the incident in content/figures/<slug>.yaml. */
  id: idSchema,
  /** The chart label, translated. */
  label: z.string().trim().min(1).max(60),
  /** Where, translated. */
  place: words('where it happened'),
  /** For a total: what one part is, translated (when the original has `by`). */
  by: z.string().trim().min(1).max(30).optional(),
  /** The words of each report as the source states them, translated, in the original's order: `[{ stated }]` (figures and dates are the original's). */
  reports: z.array(z.strictObject({ stated: words('the stated toll').optional() })).default([]),
});

/** An actor's name in this language: `content/<lang>/actors.yaml`. */
export const actorTranslationSchema = z.strictObject({
  /** The actor's id in content/actors.yaml. */
  id: idSchema,
  /** The name as readers of this language know it. */
  name: words('the name'),
});

/** A key term in this language: `content/<lang>/glossary.yaml`. */
export const termTranslationSchema = z.strictObject({
  /** The term's id in content/glossary.yaml. */
  id: idSchema,
  /** The term as printed. */
  term: words('the term'),
  /** The general meaning, translated. */
  definition: words('the definition', 10),
});

/** A place's name in this language: `content/<lang>/places.yaml`. */
export const placeTranslationSchema = z.strictObject({
  /** The place's id in content/places.yaml. */
  id: idSchema,
  /** The name as the map and the list show it. */
  name: z.string().trim().min(1).max(40, { message: 'must be at most 40 characters: a map label is a name, not a description' }),
});

export type EventTranslation = z.output<typeof eventTranslationSchema>;
export type IncidentTranslation = z.output<typeof incidentTranslationSchema>;
export type ActorTranslation = z.output<typeof actorTranslationSchema>;
export type TermTranslation = z.output<typeof termTranslationSchema>;
export type PlaceTranslation = z.output<typeof placeTranslationSchema>;

/** What a translated explainer adds to the original's front matter (in the explainers collection). */
export const translationMetaSchema = z.object({
  /** The original's slug. */
  of: idSchema,
  /** The version of the original translated (YYYY-MM-DD). */
  from: isoDateSchema,
  /** The original's current version (its updated day, or published): later than `from` when the original has changed since. */
  originalVersion: isoDateSchema,
  translator: z.string().optional(),
  lanes: z.record(z.string(), z.string()),
});
export type TranslationMeta = z.output<typeof translationMetaSchema>;

/** Ids used in messages. */
export { idSchema };
