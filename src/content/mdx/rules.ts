import type { MdxScan } from './scan.ts';

/** A problem in one MDX file: where it is and what to write instead (the file is added by the caller). */
export interface MdxFinding {
  line: number;
  kind: 'component' | 'mdx';
  /** `<Component>` for a component's problem; the explainer's slug otherwise (filled in by the caller). */
  entry?: string;
  field: string;
  message: string;
}

/**
 * A rule that needs only the MDX itself, not the content: run by the lint and, inside Astro's MDX
 * compile, by the build (src/content/mdx/scan.ts), so both refuse the same MDX with the same words.
 */
export type SyntaxRule = (scan: MdxScan) => MdxFinding[];

/** The syntax rules, in order. The MDX trust model (issue 15) is one more entry here. */
export const syntaxRules: SyntaxRule[] = [];
