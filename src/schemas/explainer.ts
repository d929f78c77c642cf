import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common.ts';

/** Front matter of an explainer, `content/explainers/<slug>.mdx`. The slug is the page's URL. */
export const explainerSchema = z
  .strictObject({
    /** The headline, at most 110 characters. */
    title: z.string().trim().min(5).max(110),
    /** The standfirst: one or two sentences under the headline. */
    dek: z.string().trim().min(10).max(300),
    /** One or two sentences for cards, feeds and search results. */
    summary: z.string().trim().min(10).max(240),
    /** First publication day, YYYY-MM-DD. */
    published: isoDateSchema,
    /** Day of the last substantive change, YYYY-MM-DD (not before `published`). */
    updated: isoDateSchema.optional(),
    /** Ids of the source articles in `content/sources/` the explainer is built from. */
    sources: z.array(idSchema).min(1, { message: 'must name at least one source article id' }),
    /** Topic tags, lower-case. */
    tags: z.array(idSchema).default([]),
    /** Language of the page (BCP 47), default "en". */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en or ar' }).default('en'),
    /** Drafts show in `npm run dev` but are left out of the built site and the sitemap. */
    draft: z.boolean().default(false),
    /** Byline, default "Explainer desk". */
    author: z.string().trim().min(1).default('Explainer desk'),
  })
  .superRefine((fm, ctx) => {
    if (fm.updated && fm.updated < fm.published) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `must not be before published (${fm.published})` });
    }
  });

export type ExplainerFrontmatter = z.output<typeof explainerSchema>;
export { idSchema };
