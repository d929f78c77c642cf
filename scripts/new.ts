/**
 * `npm run new -- <slug> "<Title>"`: scaffolds an explainer that builds straight away — the MDX file
 * (a draft, with front matter and section headings), empty events and figures files, and a stub
 * for the source article. Refuses an invalid or existing slug with exit code 1, writing nothing.
 * CONTENT_DIR picks another content folder (tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ID_RULE } from '../src/schemas/common.ts';
import { readFolder, contentDirFromEnv } from '../src/content/folder-fs.ts';
import { readContent } from '../src/content/read.ts';
import { formatProblem } from '../src/content/problems.ts';

/** A slug is an id: lower-case letters, digits and single hyphens (src/schemas/common.ts). */
export const SLUG_RULE = ID_RULE;

export interface ScaffoldFile {
  path: string;
  text: string;
}

/** Placeholder texts the scaffold writes; the content lint refuses to publish them (draft: false). */
export const PLACEHOLDERS = {
  dek: 'One or two sentences under the headline: what happened and why it matters.',
  summary: 'One or two sentences for the front page, feeds and search results.',
  text: 'Replace this file with the text of the article as received, one paragraph per line: this line is paragraph 1.',
  outlet: 'Replace with who published it, e.g. Reuters',
  kind: 'choose the kind of source, then delete this note',
};

const today = () => new Date().toISOString().slice(0, 10);
const yamlString = (s: string) => JSON.stringify(s);

/** The files of a new explainer, relative to the project root. Pure: nothing is written. */
export function scaffoldFiles(slug: string, title: string, contentDir = 'content', date = today()): ScaffoldFile[] {
  const c = (p: string) => `${contentDir}/${p}`;
  return [
    {
      path: c(`explainers/${slug}.mdx`),
      text: `---
title: ${yamlString(title)}
dek: ${yamlString(PLACEHOLDERS.dek)}
summary: ${yamlString(PLACEHOLDERS.summary)}
published: ${date}
# The source articles this explainer is built from: file names in ${contentDir}/sources/.
sources: [${slug}]
tags: []
# Drafts show in \`npm run dev\` only. Set to false (or delete the line) to publish.
draft: true
---

{/* Write in plain Markdown. Components need no import; the guide (/guide/) shows each one with
    its MDX. Cite the article with <Ref paragraphs={[n]} />, numbering paragraphs from 1. */}

{/* The summary readers see first, under the headline: 3 to 5 facts, each with its source. It
    must stay the first thing in the file.
<KeyFacts>
- A fact, with its source <Ref paragraphs={[1]} />
- A second fact <Ref paragraphs={[2]} />
- A third fact <Ref paragraphs={[3]} />
</KeyFacts> */}

The first paragraph says what happened, when and where <Ref paragraphs={[1]} />.

## What happened

{/* The timeline lists the events of ${contentDir}/events/${slug}.yaml; its title is its section's heading. */}
<Timeline title="How it unfolded" />

{/* Casualty figures come from ${contentDir}/figures/${slug}.yaml; its title is its section's heading. Delete it if there are none. */}
<CasualtyChart title="The toll" />

## What happens next

{/* Name people with <Actor id="…" /> and explain words with <Term id="…">word</Term>. */}

<WhoIsWho />

{/* <KeyTerms /> lists the terms used with <Term>: uncomment it once there is one. */}

<Sources />
`,
    },
    {
      path: c(`events/${slug}.yaml`),
      text: `# Timeline events of the explainer "${slug}": a list, one entry per event, each with its citation.
# Example (remove the "# " of each line to use it; the file is an empty list until then):
#
# - id: talks-collapse                # unique in this file; the event's link is #event-talks-collapse
#   date: 2030-03-04T18:00Z           # as precise as the source: 2030, 2030-03, 2030-03-04, a time with Z or +02:00, or { from: 2030-03, to: 2030-04 }
#   status: reported                  # reported | expected
#   lane: negotiations                # the timeline row
#   title: Pay talks break down       # one line
#   description: Union and employers fail to agree, and the union calls a strike.
#   # incident: crane-collapse        # optional: an incident of ${contentDir}/figures/${slug}.yaml
#   citation: { article: ${slug}, paragraphs: [1] }
# - id: strike-ends
#   date: 2030-03                     # a month: "later in March"
#   precision: approximate            # optional: week | approximate | after (after: expected events only)
#   status: expected
#   lane: negotiations
#   title: The strike could end
#   description: The union says the strike could end later in the month.
#   citation: { article: ${slug}, paragraphs: [1] }
`,
    },
    {
      path: c(`figures/${slug}.yaml`),
      text: `# Casualty figures of the explainer "${slug}": one entry per incident, first report first.
# Example (remove the "# " of each line to use it; the file is an empty list until then):
#
# - id: crane-collapse                # events link to it with incident: crane-collapse
#   label: Crane collapse             # short, for the chart
#   place: Portvale
#   date: 2030-03-03                  # or a period for a toll over time: { from: 2030-03 } ("since March")
#   reports:
#     - killed: { qualifier: none, value: 2 }       # none (a bare figure) | at-least | more-than | exactly | about | range (low, high)
#       stated: the previously reported two         # the source's words
#       reportedAt: unknown                         # an earlier figure the article mentions without a time
#       citation: { article: ${slug}, paragraphs: [1] }
#     - killed: { qualifier: at-least, value: 3 }
#       reportedAt: 2030-03-04
#       citation: { article: ${slug}, paragraphs: [1] }
`,
    },
    {
      path: c(`sources/${slug}.txt`),
      text: `${PLACEHOLDERS.text}\n`,
    },
    {
      path: c(`sources/${slug}.yaml`),
      text: `# The article's details. Its text is in ${slug}.txt beside this file.
title: ${yamlString(`Source article for ${title}`)}
kind: agency-report   # ${PLACEHOLDERS.kind}: agency-report | newspaper | magazine | broadcaster | online | official-document | press-release | statement | transcript
outlet: ${yamlString(PLACEHOLDERS.outlet)}   # the one credit: who published it, as credited
published: ${date}
# dateline: Portvale   # optional: where it was filed, if the report says
# url: https://…       # optional, only if certain
`,
    },
  ];
}

/** Why `slug`/`title` cannot be scaffolded in `root`, or undefined when they can. */
export function refusal(root: string, slug: string | undefined, title: string | undefined, contentDir = 'content'): string | undefined {
  const usage = 'Usage: npm run new -- <slug> "<Title>"   e.g. npm run new -- portvale-strike "The Portvale dock strike"';
  if (!slug) return `Missing the slug and title.\n${usage}`;
  if (!SLUG_RULE.test(slug)) {
    return `Invalid slug "${slug}": use lower-case letters, digits and single hyphens, e.g. portvale-strike-2030. It becomes the page's address.`;
  }
  if (!title || !title.trim()) return `Missing the title.\n${usage}`;
  // The folder as it would be, read by the reader the build uses: a clash (even in case only) or a
  // title the schema refuses is caught here, before anything is written.
  const folder = readFolder(root, contentDir);
  const files = scaffoldFiles(slug, title.trim(), folder.dir);
  const inFolder = (path: string) => path.slice(folder.dir.length + 1);
  const existing = new Map([...folder.files.keys()].map((p) => [p.toLowerCase(), p]));
  const taken = files.flatMap((f) => existing.get(inFolder(f.path).toLowerCase()) ?? []).map((p) => `${folder.dir}/${p}`);
  if (taken.length) {
    return `The slug "${slug}" is already used: ${taken.join(', ')} exist${taken.length === 1 ? 's' : ''}. Choose another slug; nothing was written.`;
  }
  const after = new Map(folder.files);
  for (const f of files) after.set(inFolder(f.path), f.text);
  const own = new Set(files.map((f) => f.path));
  const problems = readContent({ dir: folder.dir, files: after }).problems.filter((p) => own.has(p.file));
  if (problems.length) return `The new explainer would not build; nothing was written:\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`;
  return undefined;
}

if (import.meta.main) {
  const [slug, title] = process.argv.slice(2);
  const root = process.cwd();
  // Relative to the project root, or absolute (as CONTENT_DIR may be for the build).
  const contentDir = readFolder(root, contentDirFromEnv()).dir;
  const why = refusal(root, slug, title, contentDir);
  if (why) {
    console.error(why);
    process.exit(1);
  }
  const files = scaffoldFiles(slug, title.trim(), contentDir);
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
  }
  console.log(`Created the draft explainer "${slug}":\n${files.map((f) => `  ${f.path}`).join('\n')}`);
  console.log(`\nNext: paste the article into ${contentDir}/sources/${slug}.txt, run \`npm run dev\` and open http://localhost:4321/${slug}/`);
  console.log('The guide at /guide/ shows every component with its MDX; `npm run check` finds mistakes with file and line.');
}
