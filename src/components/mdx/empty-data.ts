import { explainerContext } from './context.ts';
import { DATA_COMPONENTS, emptyDataMessage } from '../../content/mdx/lint.ts';

export interface EmptyData {
  component: 'Timeline' | 'CasualtyChart';
  /** The content file to fill, relative to the content folder, e.g. events/<slug>.yaml */
  file: string;
  what: 'events' | 'incidents';
}

/**
 * Whether a data component has nothing to show. A freshly scaffolded draft has empty events and
 * figures files: it gets a note telling the editor what to fill in (returned here). A published
 * explainer with no data fails the lint and the build instead of shipping an empty graphic.
 */
export async function emptyData(
  component: EmptyData['component'],
  locals: App.Locals,
  explicit?: string,
): Promise<EmptyData | null> {
  const ctx = await explainerContext(component, locals, explicit);
  const { file, what } = DATA_COMPONENTS[component];
  if (ctx[what].length > 0) return null;
  // Unreachable from a build: its MDX lint (src/content/mdx/lint.ts) refuses a published page with
  // an empty data component before any page renders, with the same words.
  if (ctx.explainer?.data.draft !== true) throw new Error(`<${component}> in ${ctx.file}: ${emptyDataMessage(component, ctx.slug)}`);
  return { component, file: file(ctx.slug), what };
}
