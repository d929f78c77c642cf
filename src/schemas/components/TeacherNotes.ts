import { z } from 'astro/zod';
import { t } from '../../lib/i18n.ts';
import { explainerProp, idOf, WHAT, type PropContext } from './props.ts';

const sentences = (what: string, example: string, each: string, atLeast: string) =>
  z
    .array(z.string().trim().min(5, { message: `each ${each} needs a sentence` }), {
      error: (iss) => (iss.input === undefined ? `is required: ${what}, e.g. ${example}` : `must be a list of sentences, e.g. ${example.replace(/=.*/, '={["…", "…"]}')}`),
    })
    .min(1, { message: `must list at least one ${atLeast}` });

/** Props of `<TeacherNotes>`: a "For teachers" block that prints with the handout. */
export const teacherNotesSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      goals: sentences('what students should be able to do', 'goals={["Tell a truce from a ceasefire"]}', 'goal', 'learning goal').describe('Sentences: what students should be able to do afterwards.'),
      questions: sentences('questions for class discussion', 'questions={["Why did the deadline pass?"]}', 'question', 'discussion question').describe('Sentences: questions for class discussion.'),
      vocabulary: z
        .array(
          z.union([idOf(ctx.terms, WHAT.term), z.strictObject({ term: z.string().trim().min(1), definition: z.string().trim().min(5) })], {
            error: (iss) =>
              typeof iss.input === 'string' ? `"${iss.input}" is not a known ${WHAT.term}; allowed: ${ctx.terms?.join(', ') ?? ''}` : 'each item is a glossary id or { term: "…", definition: "…" }',
          }),
        )
        .default([])
        .describe('Glossary ids, or { term, definition } for words not in the glossary.'),
      level: z.string().trim().min(1, { message: 'must not be empty' }).optional().describe('Who it is for, e.g. "Ages 14–18".'),
      minutes: z.int({ error: 'must be a whole number of minutes, e.g. minutes={45}' }).min(5).max(600).optional().describe('The lesson length in minutes, e.g. {45}.'),
      title: z.string().trim().min(1, { message: 'must not be empty' }).default(t('teacher.title', {}, ctx.lang)).describe('The heading of the block.'),
      explainer: explainerProp,
    })
    .meta({
      description: 'A "For teachers" block: learning goals, discussion questions and vocabulary (glossary ids or your own term and definition). It prints with the handout.',
      example: '<TeacherNotes goals={[…]} questions={[…]} vocabulary={["mediator"]} />',
    });

export type Props = z.input<ReturnType<typeof teacherNotesSchema>>;
