import { getExplainerData } from '../../lib/content/site';

/**
 * The data of the explainer being rendered. Pages set `Astro.locals.explainer` before rendering the
 * MDX, so editors write `<Timeline />` without repeating the slug; a component used outside an
 * explainer page must be given `explainer="<slug>"`.
 */
export async function explainerContext(component: string, locals: App.Locals, explicit?: string) {
  const slug = explicit ?? locals.explainer;
  if (!slug) {
    throw new Error(`<${component}> needs to know its explainer: use it inside an explainer MDX file, or pass explainer="<slug>"`);
  }
  const data = await getExplainerData(slug);
  const explainer = data.site.explainers.find((e) => e.id === slug);
  const file = explainer?.filePath ?? `content/explainers/${slug}.mdx`;
  return { slug, file, explainer, ...data };
}
