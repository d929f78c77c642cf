import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** Where an entry starts, and the line of each of its fields, by dotted path ("citation.paragraphs.1"). */
export interface ItemLocation {
  file: string;
  line: number;
  /** Dotted field path → 1-based line. */
  fields: Record<string, number>;
}

/** A parsed YAML file: its value and the line of every key and list item. */
export interface ParsedYaml {
  value: unknown;
  /** The root node's items with their locations, when the root is a list. */
  items?: { value: unknown; loc: ItemLocation }[];
  loc: ItemLocation;
  problems: ContentProblem[];
}

function collectLines(node: unknown, prefix: string, lc: LineCounter, lineOffset: number, out: Record<string, number>) {
  const lineAt = (n: Node | null) => (n?.range ? lc.linePos(n.range[0]).line + lineOffset : undefined);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const path = prefix ? `${prefix}.${key}` : key;
      const line = lineAt(pair.key as Node | null);
      if (line) out[path] = line;
      collectLines(pair.value, path, lc, lineOffset, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = prefix ? `${prefix}.${i}` : String(i);
      const line = lineAt(item as Node | null);
      if (line) out[path] = line;
      collectLines(item, path, lc, lineOffset, out);
    });
  }
}

/**
 * Parses one YAML document and remembers the line of every field, so a problem can point the
 * editor at the exact line. Core schema: an unquoted 2016-02-21 stays the text "2016-02-21" (no
 * implicit dates, which YAML would turn into instants), "no" stays "no". Syntax errors and
 * duplicate keys come back as problems. `lineOffset` counts lines before the YAML (front matter).
 */
export function parseYaml(text: string, file: string, kind: string, lineOffset = 0): ParsedYaml {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const loc: ItemLocation = { file, line: 1 + lineOffset, fields: {} };
  const problems: ContentProblem[] = doc.errors.map((e) => ({
    file,
    line: (e.linePos?.[0]?.line ?? 1) + lineOffset,
    kind,
    entry: '(file)',
    field: '',
    message: `YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
  if (problems.length) return { value: undefined, loc, problems };
  const root = doc.contents;
  collectLines(root, '', lc, lineOffset, loc.fields);
  const value = doc.toJS() as unknown;
  if (!isSeq(root)) return { value, loc, problems };
  const values = value as unknown[];
  const items = root.items.map((node, i) => {
    const fields: Record<string, number> = {};
    collectLines(node, '', lc, lineOffset, fields);
    const n = node as Node | null;
    return { value: values[i], loc: { file, line: n?.range ? lc.linePos(n.range[0]).line + lineOffset : 1 + lineOffset, fields } };
  });
  return { value, items, loc, problems };
}

/** The line of a field, or of its nearest parent that has one, or of the entry. */
export function lineOf(loc: ItemLocation, field: string): number {
  const parts = field ? field.split('.') : [];
  while (parts.length) {
    const line = loc.fields[parts.join('.')];
    if (line) return line;
    parts.pop();
  }
  return loc.line;
}
