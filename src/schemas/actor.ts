import { z } from 'astro/zod';
import { idSchema, httpUrlSchema } from './common.ts';

export const ACTOR_KINDS = ['person', 'state', 'group', 'organisation', 'media'] as const;

/** A field that moved to the explainer: refused with a message that says where it goes now. */
const movedToExplainer = (where: string) =>
  z
    .unknown()
    .refine(() => false, { message: `moved: ${where} belongs to each explainer's front matter, with its citation (a shared entry is used by every story)` })
    .optional()
    .describe('moved');

/**
 * One person, state, group or organisation (`content/actors.yaml`): who they are, shared by every
 * explainer. Their role in a story is written in that explainer's front matter, under `roles:`.
 */
export const actorSchema = z.strictObject({
  /** Stable id used by events, quotes, `<Actor id="…">` and `roles:`, e.g. "john-kerry". */
  id: idSchema,
  /** Name as readers know it, e.g. "John Kerry". */
  name: z.string().trim().min(1),
  /** One of: person, state, group, organisation, media. */
  kind: z.enum(ACTOR_KINDS, { error: `must be one of: ${ACTOR_KINDS.join(', ')}` }),
  /** Optional links about them (an official page, a profile), each { label, url }. */
  links: z.array(z.strictObject({ label: z.string().trim().min(1), url: httpUrlSchema })).default([]),
  role: movedToExplainer('an actor\'s role in a story (roles: { <id>: { role, citation } })'),
  citation: movedToExplainer('the citation of an actor\'s role (roles: { <id>: { role, citation } })'),
});

export type Actor = z.output<typeof actorSchema>;
