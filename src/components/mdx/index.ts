// The one import path editors use. Explainer pages pass these to MDX, so an explainer needs no imports.
// Every component is shown, with the MDX that produces it, on the living guide (/guide/).
export { default as Timeline } from './Timeline/index.astro';
export { default as CasualtyChart } from './CasualtyChart/index.astro';
export { default as LocatorMap } from './LocatorMap/LocatorMap.astro';
export { default as WhoIsWho } from './WhoIsWho.astro';
export { default as KeyTerms } from './KeyTerms.astro';
export { default as KeyFacts } from './KeyFacts.astro';
export { default as Sources } from './Sources.astro';
export { default as Quote } from './Quote.astro';
export { default as Callout } from './Callout.astro';
export { default as Ref } from './Ref.astro';
export { default as Term } from './Term.astro';
export { default as Actor } from './Actor.astro';
export { default as TeacherNotes } from './TeacherNotes.astro';
