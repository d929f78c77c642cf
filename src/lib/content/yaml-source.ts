import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentProblem } from './problems';

/** Where each item of a YAML list starts, and where each of its fields is, by dotted path. */
export interface ItemLocation {
  file: string;
  line: number;
  /** Dotted field path → 1-based line. */
  fields: Record<string, number>;
}

export interface ParsedList {
  items: unknown[];
  locations: ItemLocation[];
  problems: ContentProblem[];
}

export function collectLines(node: unknown, prefix: string, lc: LineCounter, out: Record<string, number>) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const path = prefix ? `${prefix}.${key}` : key;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) out[path] = lc.linePos(keyNode.range[0]).line;
      collectLines(pair.value, path, lc, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = prefix ? `${prefix}.${i}` : String(i);
      const n = item as Node | null;
      if (n?.range) out[path] = lc.linePos(n.range[0]).line;
      collectLines(item, path, lc, out);
    });
  }
}

/**
 * Parses a YAML file that holds a list of entries and remembers the line of every field, so an
 * error can point the editor to the exact line. YAML syntax errors come back as problems.
 */
export function parseYamlList(text: string, file: string, kind: string): ParsedList {
  const lc = new LineCounter();
  // Core schema: 2016-02-21 stays a string (no implicit timestamps), "no" stays a string.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const problems: ContentProblem[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line,
    kind,
    entry: '(file)',
    field: '',
    message: `YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
  if (problems.length) return { items: [], locations: [], problems };
  const root = doc.contents;
  if (root === null || root === undefined) return { items: [], locations: [], problems };
  if (!isSeq(root)) {
    problems.push({
      file,
      line: 1,
      kind,
      entry: '(file)',
      field: '',
      message: 'the file must be a list of entries, each starting with "- id: …"',
    });
    return { items: [], locations: [], problems };
  }
  const items = doc.toJS() as unknown[];
  const locations = root.items.map((node) => {
    const fields: Record<string, number> = {};
    collectLines(node, '', lc, fields);
    const n = node as Node | null;
    return { file, line: n?.range ? lc.linePos(n.range[0]).line : 1, fields };
  });
  return { items, locations, problems };
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

/**
 * Where each field of a front matter block is, by dotted path. `text` is the YAML between the
 * `---` lines, which start on line `firstLine` of the file.
 */
export function frontmatterLocation(text: string, file: string, firstLine = 2): ItemLocation {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const fields: Record<string, number> = {};
  collectLines(doc.contents, '', lc, fields);
  for (const k of Object.keys(fields)) fields[k] += firstLine - 1;
  return { file, line: 1, fields };
}
