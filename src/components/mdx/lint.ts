import type { CrossCheckInput } from '../../lib/content/crosscheck';
import type { ContentProblem } from '../../lib/content/problems';
import { findUsages, isUnevaluated, type Usage } from './usages';
import { checkQuotes } from './quotes';

export interface MdxFile {
  id: string;
  file: string;
  body: string;
  /** Line of the file on which the body starts (after the front matter). */
  bodyLine: number;
}

/**
 * Checks the components written in explainer MDX against the content, so a wrong id or paragraph
 * is reported with file and line before the build: `<Actor>`/`<Term>`/`<Quote speaker>` ids that
 * don't exist, `<Timeline events>` and `<CasualtyChart incidents>` that aren't this explainer's,
 * `<Ref>`/`<Quote>` paragraphs the article doesn't have, components that don't exist, and links
 * that would lead nowhere, and quotes that are not the cited paragraph's quoted words (quotes.ts).
 * Pure: content in, problems out.
 */
export function lintMdx(files: MdxFile[], content: CrossCheckInput, components: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const actors = content.actors.map((a) => a.id);
  const terms = content.glossary.map((g) => g.id);
  const sources = new Map(content.sources.map((s) => [s.id, s.paragraphs.length]));

  for (const mdx of files) {
    const explainer = content.explainers.find((e) => e.id === mdx.id);
    const articles = explainer?.sources ?? [];
    const events = content.events.filter((e) => e.explainer === mdx.id);
    const incidents = content.incidents.filter((i) => i.explainer === mdx.id);
    const scan = findUsages(mdx.body, mdx.bodyLine - 1);
    const add = (u: Pick<Usage, 'component' | 'line'>, prop: string, message: string) =>
      problems.push({ file: mdx.file, line: u.line, kind: 'component', entry: `<${u.component}>`, field: prop, message });
    if (scan.error) {
      problems.push({ file: mdx.file, line: scan.error.line, kind: 'mdx', entry: mdx.id, field: '', message: `MDX syntax error: ${scan.error.message}` });
      continue;
    }

    /** A string prop whose value must be one of `allowed` (skipped when written as an expression). */
    const known = (u: Usage, prop: string, allowed: string[], what: string, required: boolean) => {
      const v = u.props[prop];
      if (v === undefined) {
        if (required) add(u, prop, `is required: ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}; allowed: ${allowed.join(', ') || '(none defined)'}`);
        return;
      }
      if (isUnevaluated(v)) return;
      if (typeof v !== 'string' || !allowed.includes(v)) {
        add(u, prop, `"${String(v)}" is not a known ${what}; allowed: ${allowed.join(', ') || '(none defined)'}`);
      }
    };
    /** A list prop whose items must each be one of `allowed`. */
    const knownList = (u: Usage, prop: string, allowed: string[], what: string) => {
      const v = u.props[prop];
      if (v === undefined || isUnevaluated(v)) return;
      if (!Array.isArray(v)) return add(u, prop, `must be a list, e.g. {["${allowed[0] ?? 'id'}"]}`);
      const bad = v.filter((x) => typeof x !== 'string' || !allowed.includes(x));
      if (bad.length) add(u, prop, `${bad.map((b) => `"${String(b)}"`).join(', ')} ${bad.length > 1 ? 'are not known' : 'is not a known'} ${what}; allowed: ${allowed.join(', ') || '(none defined)'}`);
    };
    const paragraphs = (u: Usage) => {
      const v = u.props.paragraphs;
      const article = typeof u.props.article === 'string' ? u.props.article : articles[0];
      if (u.props.article !== undefined && !isUnevaluated(u.props.article)) {
        known(u, 'article', articles, 'source article of this explainer (front matter "sources")', false);
      }
      if (v === undefined) return add(u, 'paragraphs', 'is required: the paragraph numbers of the source article, e.g. paragraphs={[1, 7]}');
      if (isUnevaluated(v)) return;
      if (!Array.isArray(v) || !v.length || v.some((p) => !Number.isInteger(p) || (p as number) < 1)) {
        return add(u, 'paragraphs', 'must be a list of paragraph numbers from 1, e.g. {[1, 7]}');
      }
      const count = sources.get(article ?? '');
      if (count === undefined) return;
      const bad = v.filter((p) => (p as number) > count);
      if (bad.length) add(u, 'paragraphs', `paragraph ${bad.join(', ')} does not exist: article "${article}" has ${count} paragraphs`);
    };

    for (const u of scan.usages) {
      if (!components.includes(u.component)) {
        add(u, '(component)', `there is no component <${u.component}>; available: ${components.join(', ')}`);
        continue;
      }
      switch (u.component) {
        case 'Actor':
          known(u, 'id', actors, 'actor id (content/actors.yaml)', true);
          break;
        case 'Term':
          known(u, 'id', terms, 'glossary term id (content/glossary.yaml)', true);
          break;
        case 'Quote':
          known(u, 'speaker', actors, 'actor id (content/actors.yaml)', true);
          paragraphs(u);
          break;
        case 'Ref':
          paragraphs(u);
          break;
        case 'Timeline':
          knownList(u, 'events', events.map((e) => e.id), `event id of content/events/${mdx.id}.yaml`);
          knownList(u, 'lanes', [...new Set(events.map((e) => e.lane))], `lane of content/events/${mdx.id}.yaml`);
          break;
        case 'CasualtyChart':
          knownList(u, 'incidents', incidents.map((i) => i.id), `incident id of content/figures/${mdx.id}.yaml`);
          break;
        case 'KeyTerms':
          knownList(u, 'terms', terms, 'glossary term id (content/glossary.yaml)');
          break;
      }
    }

    // Links that would lead nowhere: a citation or a name needs its list on the same page.
    const has = (c: string) => scan.usages.some((u) => u.component === c);
    const first = (...cs: string[]) => scan.usages.find((u) => cs.includes(u.component))!;
    if ((has('Ref') || has('Quote')) && !has('Sources')) {
      const u = first('Ref', 'Quote');
      add(u, '(page)', 'the page cites paragraphs but has no <Sources />, so the ¶ links would lead nowhere: add <Sources /> at the end');
    }
    if ((has('Actor') || has('Quote')) && !has('WhoIsWho')) {
      const u = first('Actor', 'Quote');
      add(u, '(page)', 'the page links names to "Who\'s who" but has no <WhoIsWho />: add it, e.g. before <Sources />');
    }
  }
  // Quotes: verbatim from a cited paragraph's quoted words, with a speaker (also run by the build).
  problems.push(...checkQuotes(files, content));
  return problems;
}
