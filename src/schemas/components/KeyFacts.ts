import { z } from 'astro/zod';
import { isoDateSchema } from '../common.ts';
import { t } from '../../lib/i18n.ts';
import type { PropContext } from './props.ts';

/** Props of `<KeyFacts>`: "What you need to know", the summary box placed first, under the headline. */
export const keyFactsSchema = (ctx: PropContext = {}) =>
  z
    .strictObject({
      title: z.string().min(1, { message: 'must not be empty' }).default(t('keyFacts.title', {}, ctx.lang)).describe('The heading of the box (default "What you need to know").'),
      asOf: isoDateSchema.optional().describe('The day the facts were true, YYYY-MM-DD: shown as "As of …".'),
    })
    .meta({
      description: 'The summary readers see first, under the headline: 3 to 5 facts as a Markdown list, each ending in its citation. Put it first in the file, before the first paragraph.',
      example: '<KeyFacts asOf="2030-03-05">…</KeyFacts>',
      children: 'is required: write 3 to 5 facts as a list between <KeyFacts> and </KeyFacts>, each ending in its citation, e.g. <Ref paragraphs={[1]} />',
    });

export type Props = z.input<ReturnType<typeof keyFactsSchema>>;

/*
 * The rule on the box's content, checked on the MDX itself by the scan (src/content/mdx/rules.ts),
 * so `npm run check` and the build refuse the same box with the same line: 3 to 5 bullets, each with
 * a citation (a <Ref> or <Quote> inside the bullet), and the box first in the file. The box is the
 * first thing a reader sees, so every fact in it must say where it comes from.
 */
export const KEY_FACTS_MIN = 3;
export const KEY_FACTS_MAX = 5;

/** Where the box must stand, in an editor's words. */
export const KEY_FACTS_FIRST = 'must come first, before the first paragraph: it is the summary readers see under the headline; move it to the top of the text';

/** What is wrong with the box's facts (its top-level bullets, in order), in an editor's words, or undefined. */
export function keyFactsProblem(facts: readonly { cited: boolean }[]): string | undefined {
  const example = 'write a list, one fact a line, e.g. "- Kerry announced a provisional deal <Ref paragraphs={[1]} />"';
  if (facts.length < KEY_FACTS_MIN) return `has ${facts.length} fact${facts.length === 1 ? '' : 's'}; needs at least ${KEY_FACTS_MIN}: ${example}`;
  if (facts.length > KEY_FACTS_MAX) return `has ${facts.length} facts; at most ${KEY_FACTS_MAX} fit a reader's first screen: keep the ${KEY_FACTS_MAX} that matter most`;
  const uncited = facts.map((f, i) => (f.cited ? 0 : i + 1)).filter(Boolean);
  if (uncited.length) return `fact ${uncited.join(', ')} has no citation: end each fact with its source, e.g. <Ref paragraphs={[1]} />`;
  return undefined;
}
