/** What the guide says about each component, keyed by its example file (`_examples/<nn>-<name>.mdx`). */
export interface ComponentDoc {
  name: string;
  summary: string;
  props: { name: string; required?: boolean; allowed: string }[];
}

export const componentDocs: Record<string, ComponentDoc> = {
  ref: {
    name: 'Ref',
    summary: 'Cites paragraphs of the source article inline. Each ¶ links to the paragraph, quoted in <Sources />.',
    props: [
      { name: 'paragraphs', required: true, allowed: 'paragraph numbers, from 1, e.g. {[2, 5]}' },
      { name: 'article', allowed: 'a source id from the front matter "sources" (default: the first)' },
    ],
  },
  actor: {
    name: 'Actor',
    summary: 'Names a person, state, group or organisation and links to them in <WhoIsWho />. Without text between the tags it shows the name.',
    props: [{ name: 'id', required: true, allowed: 'an id from content/actors.yaml' }],
  },
  term: {
    name: 'Term',
    summary: 'A key term whose definition opens on click, tap or Enter, without JavaScript; Escape closes it. In print the definition follows in brackets.',
    props: [{ name: 'id', required: true, allowed: 'an id from content/glossary.yaml' }],
  },
  quote: {
    name: 'Quote',
    summary: 'A quotation with its speaker (linked to Who’s who), their role and the paragraph it comes from. The words go between the tags.',
    props: [
      { name: 'speaker', required: true, allowed: 'an id from content/actors.yaml' },
      { name: 'paragraphs', required: true, allowed: 'the paragraphs that carry the quote, e.g. {[3]}' },
      { name: 'role', allowed: 'the role when speaking (default: the role in the actors file)' },
      { name: 'article', allowed: 'a source id from the front matter (default: the first)' },
    ],
  },
  callout: {
    name: 'Callout',
    summary: 'A box set apart from the text: a note, an open question, or context from outside the report.',
    props: [
      { name: 'title', required: true, allowed: 'a short heading' },
      { name: 'tone', allowed: 'note (default), open-question, context' },
    ],
  },
  'key-facts': {
    name: 'KeyFacts',
    summary: 'The essentials in a box, as a Markdown list between the tags.',
    props: [
      { name: 'title', allowed: 'default "Key facts"' },
      { name: 'asOf', allowed: 'the day the facts were true, YYYY-MM-DD' },
    ],
  },
  timeline: {
    name: 'Timeline',
    summary: 'The events of content/events/<slug>.yaml in time order, each with its source.',
    props: [
      { name: 'title', allowed: 'default "Timeline"' },
      { name: 'events', allowed: 'only these event ids, e.g. {["storm-arrives"]}' },
      { name: 'lanes', allowed: 'only these lanes' },
      { name: 'from, to', allowed: 'first and last day shown, YYYY-MM-DD' },
      { name: 'context', allowed: '{false} hides events cited from outside documents' },
    ],
  },
  'casualty-chart': {
    name: 'CasualtyChart',
    summary: 'The tolls of content/figures/<slug>.yaml: each first report and its revisions, with the qualifier ("at least") and the source.',
    props: [
      { name: 'title', allowed: 'default "People killed, as reported"' },
      { name: 'incidents', allowed: 'only these incident ids' },
    ],
  },
  'who-is-who': {
    name: 'WhoIsWho',
    summary: 'Everyone the page names — in its events, with <Actor> and with <Quote> — grouped by kind, from content/actors.yaml.',
    props: [{ name: 'title', allowed: 'default "Who’s who"' }],
  },
  'key-terms': {
    name: 'KeyTerms',
    summary: 'Definitions of the terms used with <Term> on the page, plus any listed in terms.',
    props: [
      { name: 'terms', allowed: 'glossary ids to show first, e.g. {["sea-wall"]}' },
      { name: 'title', allowed: 'default "Key terms"' },
    ],
  },
  sources: {
    name: 'Sources',
    summary: 'Built from every citation on the page — events, figures, actors, terms, <Ref> and <Quote> — with the cited paragraphs quoted. Put it last.',
    props: [{ name: 'title', allowed: 'default "Sources"' }],
  },
};
