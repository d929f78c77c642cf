import { isUnevaluated, type MdxScan } from './scan.ts';
import { linkProblem } from '../../lib/content-url.ts';
import { keyFactsProblem, KEY_FACTS_FIRST } from '../../schemas/components/KeyFacts.ts';

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

/**
 * The inline HTML an explainer may use, with the attributes each may carry. Everything else in
 * Markdown's place is a component of the kit; no element runs code or loads anything.
 */
export const INLINE_HTML: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  br: [],
  em: [],
  p: [],
  strong: [],
  sub: [],
  sup: [],
};

/**
 * Where a link in MDX may lead: the web (http, https), e-mail, this site (a relative path) or this
 * page (#…), read as a browser reads it (src/lib/content-url.ts: character references, tabs and
 * invisible characters, case and backslashes cannot hide another scheme).
 */
export function isAllowedHref(href: string): boolean {
  return linkProblem(href) === undefined;
}

const LITERAL = 'text in quotes, a number, true or false, or a list or object of them, e.g. paragraphs={[1, 7]}';
const ELEMENTS = Object.keys(INLINE_HTML).join(', ');

/**
 * The MDX trust model: explainer MDX holds Markdown, the kit's components with literal props, and
 * the inline HTML of INLINE_HTML with its attributes — nothing that runs code: no import/export,
 * no {expressions} (comments aside), no {...spread} props, no other element or attribute.
 */
export const trustModel: SyntaxRule = (scan) => {
  const findings: MdxFinding[] = [];
  const mdx = (line: number, field: string, message: string) => findings.push({ line, kind: 'mdx', field, message });
  for (const c of scan.constructs) {
    if (c.kind === 'esm') {
      mdx(c.line, '(import)', `"${c.code!.split(/\s/)[0]}" is not allowed in an explainer: components need no import, and code belongs in src/components, written by developers; delete the line`);
    } else if (c.kind === 'expression' && c.code) {
      mdx(c.line, '(expression)', `{${c.code.length > 40 ? `${c.code.slice(0, 40)}…` : c.code}} is code, which explainers may not hold: write the words themselves, or use a component; only comments {/* … */} are allowed`);
    } else if (c.kind === 'spread') {
      mdx(c.line, '(props)', `{${c.code}} is code, which explainers may not hold: write each prop by name, as ${LITERAL}`);
    } else if (c.kind === 'element') {
      const name = c.name || '(fragment)';
      const allowed = INLINE_HTML[name];
      if (!allowed) {
        mdx(c.line, `<${name}>`, `is not allowed in an explainer: use Markdown (**bold**, *italic*, [a link](https://…)), a component of the kit, or one of these elements: ${ELEMENTS}`);
        continue;
      }
      for (const [attribute, value] of Object.entries(c.attributes ?? {})) {
        if (!allowed.includes(attribute)) {
          mdx(c.line, `<${name} ${attribute}>`, `is not allowed: ${allowed.length ? `<${name}> takes only ${allowed.join(', ')}` : `<${name}> takes no attributes`}; style and behaviour come from the kit`);
        } else if (typeof value !== 'string') {
          mdx(c.line, `<${name} ${attribute}>`, 'must be text in quotes, e.g. title="United Nations"');
        } else if (attribute === 'href' && linkProblem(value)) {
          mdx(c.line, `<${name} href>`, `"${value}" is not an address readers may follow: it ${linkProblem(value)}`);
        }
      }
    }
  }
  for (const c of scan.constructs) {
    if (c.kind === 'link' && linkProblem(c.url!)) {
      mdx(c.line, '(link)', `"${c.url}" is not an address readers may follow: it ${linkProblem(c.url!)}`);
    } else if (c.kind === 'image') {
      mdx(c.line, '(image)', `![…](${c.url}): images are not supported in explainer text yet: describe the picture in words, or ask a developer for a component`);
    }
  }
  for (const u of scan.usages) {
    for (const [prop, value] of Object.entries(u.props)) {
      if (isUnevaluated(value)) {
        const number = /^-?(0[xob]|\d[\d_]*(?:\.\d+)?e|\.\d|\d+_)/i.test(value.expression.replace(/^[[\s]+/, ''));
        const message = number ? `{${value.expression}} is not a number written in plain decimal digits: write it as people read it, e.g. minutes={45} or paragraphs={[3]}` : `{${value.expression}} is code: write the value as ${LITERAL}`;
        findings.push({ line: u.line, kind: 'component', entry: `<${u.component}>`, field: prop, message });
      }
    }
  }
  return findings;
};

/**
 * <KeyFacts>, the summary box under the headline: first in the file, 3 to 5 facts, each citing its
 * source (src/schemas/components/KeyFacts.ts). Read from the MDX, so the lint and the build agree.
 */
export const keyFacts: SyntaxRule = (scan) =>
  scan.usages.flatMap((u, i): MdxFinding[] => {
    if (u.component !== 'KeyFacts' || !u.facts) return [];
    const at = (line: number, field: string, message: string): MdxFinding => ({ line, kind: 'component', entry: '<KeyFacts>', field, message });
    const out: MdxFinding[] = [];
    // Only the first box stands under the headline; another one later in the text is a box like any other.
    const firstBox = scan.usages.findIndex((x) => x.component === 'KeyFacts') === i;
    if (firstBox && !u.first) out.push(at(u.line, '(place)', KEY_FACTS_FIRST));
    // An empty box is the children rule's to report (the component's schema).
    const problem = u.children ? keyFactsProblem(u.facts) : undefined;
    // An uncited fact is reported at its own line; a box with too few or too many, at the box.
    const uncited = u.facts.find((f) => !f.cited);
    if (problem) out.push(at(problem.startsWith('fact ') && uncited ? uncited.line : u.line, 'children', problem));
    return out;
  });

/** The syntax rules, in order: run by the lint and by Astro's MDX compile alike. */
export const syntaxRules: SyntaxRule[] = [trustModel, keyFacts];
