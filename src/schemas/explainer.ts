import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common.ts';
import { repeatedIds } from './checks.ts';
import { endsBefore, parseWhen } from '../lib/dates.ts';
import { storyRoleSchema, termNoteSchema, updateSchema } from './role.ts';

/** Front matter of an explainer, `content/explainers/<slug>.mdx`. The slug is the page's URL. */
export const explainerSchema = z
  .strictObject({
    /** The headline, at most 110 characters. */
    title: z.string().trim().min(5).max(110),
    /** The standfirst: one or two sentences under the headline. */
    dek: z.string().trim().min(10).max(300),
    /** One or two sentences for cards, feeds and search results. */
    summary: z.string().trim().min(10).max(240),
    /** The explainer's own first publication day, YYYY-MM-DD (its sources' dates are in content/sources/). */
    published: isoDateSchema,
    /** Day of the explainer's last substantive change, YYYY-MM-DD; with `updates`, the latest entry's day or later. */
    updated: isoDateSchema.optional(),
    /** Log of changes after publication, oldest first: `{ at, kind: update | correction, what, was?, citation }`. */
    updates: z.array(updateSchema).default([]),
    /** Each actor's role in this story, by actor id: `{ role, citation }`. Shared actors carry no role. */
    roles: z.record(idSchema, storyRoleSchema).default({}),
    /** How this story uses a glossary term, by term id: `{ note, citation }`. Shared terms carry no note. */
    termNotes: z.record(idSchema, termNoteSchema).default({}),
    /** Ids of the source articles in `content/sources/` the explainer is built from. */
    sources: z.array(idSchema).min(1, { message: 'must name at least one source article id' }),
    /** Topic tags, lower-case. */
    tags: z.array(idSchema).default([]),
    /**
     * A translation is not written here: it goes in `content/<lang>/explainers/<slug of the original>.mdx`,
     * with `lang`, `translationOf` and `translatedFrom` (src/schemas/translation.ts).
     */
    translationOf: z
      .unknown()
      .refine(() => false, { message: 'a translation goes in content/<lang>/explainers/<slug of the original>.mdx (e.g. content/ar/explainers/), not in content/explainers/' })
      .optional()
      .describe('moved'),
    /** Language of the page (BCP 47), default "en". */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en or ar' }).default('en'),
    /** Drafts show in `npm run dev` but are left out of the built site and the sitemap. */
    draft: z.boolean().default(false),
    /** Byline, default "Explainer desk". */
    author: z.string().trim().min(1).default('Explainer desk'),
  })
  .superRefine((fm, ctx) => {
    for (const p of repeatedIds(fm.sources, 'sources', 'the Sources section lists each article once')) ctx.addIssue({ code: 'custom', ...p });
    if (fm.updated && fm.updated < fm.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `must not be before published (${fm.published})` });
    }
    fm.updates.forEach((u, i) => {
      if (u.at.slice(0, 10) < fm.published) {
        ctx.addIssue({ code: 'custom', path: ['updates', i, 'at'], message: `must not be before published (${fm.published})` });
      }
      // Compared as instants (in UTC), as casualty reports are: 11:00+05:00 is before 10:00Z.
      const [at, before] = [parseWhen(u.at), i > 0 ? parseWhen(fm.updates[i - 1].at) : undefined];
      if (before && !('problem' in before) && !('problem' in at) && endsBefore(at, before)) {
        ctx.addIssue({ code: 'custom', path: ['updates', i, 'at'], message: `updates are listed oldest first (${u.at} is before ${fm.updates[i - 1].at}): add new entries at the end` });
      }
    });
    const latest = fm.updates.at(-1)?.at.slice(0, 10);
    if (latest && (!fm.updated || fm.updated < latest)) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `must be the day of the latest entry in updates (${latest}) or later` });
    }
  });

export type ExplainerFrontmatter = z.output<typeof explainerSchema>;
export { idSchema };
