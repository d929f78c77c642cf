import type { z } from 'astro/zod';
import type { PropContext } from './props.ts';
import { refSchema } from './Ref.ts';
import { actorSchema } from './Actor.ts';
import { termSchema } from './Term.ts';
import { quoteSchema } from './Quote.ts';
import { calloutSchema } from './Callout.ts';
import { keyFactsSchema } from './KeyFacts.ts';
import { timelineSchema } from './Timeline.ts';
import { casualtyChartSchema } from './CasualtyChart.ts';
import { whoIsWhoSchema } from './WhoIsWho.ts';
import { keyTermsSchema } from './KeyTerms.ts';
import { sourcesSchema } from './Sources.ts';
import { teacherNotesSchema } from './TeacherNotes.ts';

/**
 * The props schema of every MDX component, by the name editors write: the one rule per prop, read
 * by the component itself, by the content lint on each use, and by the guide's and the manual's tables.
 */
export const componentSchemas = {
  Ref: refSchema,
  Actor: actorSchema,
  Term: termSchema,
  Quote: quoteSchema,
  Callout: calloutSchema,
  KeyFacts: keyFactsSchema,
  Timeline: timelineSchema,
  CasualtyChart: casualtyChartSchema,
  WhoIsWho: whoIsWhoSchema,
  KeyTerms: keyTermsSchema,
  Sources: sourcesSchema,
  TeacherNotes: teacherNotesSchema,
} satisfies Record<string, (ctx?: PropContext) => z.ZodType>;

export type ComponentName = keyof typeof componentSchemas;

/** A component's schema by the name written in MDX, or undefined for a name that is not a component. */
export const schemaOf = (name: string): ((ctx?: PropContext) => z.ZodType) | undefined =>
  Object.hasOwn(componentSchemas, name) ? componentSchemas[name as ComponentName] : undefined;
