import { isPair, isScalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import { invisibleProblem, lineProblem } from '../lib/text-hygiene.ts';

/**
 * What content YAML never needs and an editor can trip over, refused before the document is turned
 * into values: anchors and aliases (`&a` / `*a`, which also let a few lines expand into millions of
 * values — "Excessive alias count"), and numbers written other than in plain decimal digits (`0x44`
 * is read as 68, `1e3` as 1000, `.inf` as infinity).
 */
export interface YamlRuleProblem {
  line: number;
  message: string;
  /** Anchors and aliases: the document is not turned into values at all (an alias bomb expands there). */
  fatal?: true;
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** Fields that hold whole numbers (tolls, their ranges, paragraph numbers): written without a decimal point. */
const WHOLE_FIELDS = new Set(['value', 'low', 'high', 'paragraphs']);

/** A tag as written (`!!binary`, `!evil`): the yaml library keeps only the resolved name. */
const tagSource = (node: Node) => {
  const tag = node.tag ?? '';
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
};

/**
 * Fields of running prose, where a right-to-left mark can be needed around a name in another
 * script. Everywhere else — ids, numbers, dates, titles, labels, names — bidi controls and
 * zero-width characters are refused (they make "enod" show as "done", "021" as "120").
 */
const PROSE = new Set(['description', 'definition', 'text', 'stated', 'summary', 'dek', 'note', 'bio', 'role']);

/** The rule problems of one parsed document: one line for all its anchors and aliases, one per odd number. */
export function yamlRuleProblems(doc: Document, lc: LineCounter): YamlRuleProblem[] {
  const problems: YamlRuleProblem[] = [];
  const reuse: { line: number; mark: string }[] = [];
  const lineOf = (n: { range?: [number, number, number] | null }) => (n.range ? lc.linePos(n.range[0]).line : 1);
  // A tag (!!binary, !!str, !custom) changes what a value is read as: content is plain text, numbers and lists.
  const tagged = (node: Node) => {
    if (!node.tag || !/^!/.test(tagSource(node))) return;
    problems.push({ line: lineOf(node), message: `the YAML tag ${tagSource(node)} is not allowed in content: write the value plainly (put text in quotes if it looks like a number)` });
    // Read as the text written, so the tag is this one problem and not also "must be text" on its field.
    if (isScalar(node) && typeof node.source === 'string') node.value = node.source;
  };
  visit(doc, {
    Alias(_, node) {
      reuse.push({ line: lineOf(node), mark: `*${node.source}` });
      return visit.SKIP;
    },
    Node(_, node: Node) {
      if (node.anchor) reuse.push({ line: lineOf(node), mark: `&${node.anchor}` });
      tagged(node);
    },
    Scalar(key, node, path) {
      if (key !== 'key' && node.anchor) reuse.push({ line: lineOf(node), mark: `&${node.anchor}` });
      tagged(node);
      // The field this text belongs to: its own key, or the key of the list it is an item of.
      const pair = [...path].reverse().find((p) => isPair(p));
      const field = key === 'key' ? String(node.value) : isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '';
      // A character every content file refuses (an override, a control) is reported once, by the
      // file check at its line (src/content/file-hygiene.ts); here only what that check lets by in prose.
      const refusedAnyway = typeof node.value === 'string' && node.value.split('\n').some((l) => lineProblem(l));
      const hidden = typeof node.value === 'string' && !refusedAnyway && (key === 'key' || !PROSE.has(field)) ? invisibleProblem(node.value) : undefined;
      if (hidden) problems.push({ line: lineOf(node), message: `${field ? `"${field}" ` : ''}${hidden}` });
      if (typeof node.value === 'number' && !PLAIN_NUMBER.test(node.source ?? String(node.value))) {
        problems.push({ line: lineOf(node), message: `the number ${node.source} must be written in plain decimal digits, e.g. 68` });
      } else if (typeof node.value === 'number' && WHOLE_FIELDS.has(field) && /\./.test(node.source ?? '')) {
        // 68.0 reads as 68: a count or a paragraph number written with a decimal point is a slip to show, not to round.
        problems.push({ line: lineOf(node), message: `"${field}" is a whole number: write ${Number.isInteger(node.value) ? node.value : Math.trunc(node.value)}, not ${node.source}` });
      }
    },
  });
  if (reuse.length) {
    const more = reuse.length > 1 ? ` (and ${reuse.length - 1} more in this file)` : '';
    problems.unshift({ line: reuse[0].line, message: `YAML anchors and aliases such as ${reuse[0].mark} are not allowed in content${more}: write each value out in full`, fatal: true });
  }
  return problems;
}
