import { z } from 'astro/zod';
import { idSchema, citationSchema } from './common.ts';

export const ACTOR_KINDS = ['person', 'state', 'group', 'organisation', 'media'] as const;

/** One person, state, group or organisation named in an explainer (`content/actors.yaml`). */
export const actorSchema = z.strictObject({
  /** Stable id used by events, quotes and `<Actor id="…">`, e.g. "john-kerry". */
  id: idSchema,
  /** Name as readers know it, e.g. "John Kerry". */
  name: z.string().trim().min(1),
  /** One of: person, state, group, organisation, media. */
  kind: z.enum(ACTOR_KINDS, { error: `must be one of: ${ACTOR_KINDS.join(', ')}` }),
  /** Role at the time of the report, e.g. "US secretary of state". */
  role: z.string().trim().min(1),
  /** Where the role is stated. */
  citation: citationSchema.optional(),
});

export type Actor = z.output<typeof actorSchema>;
