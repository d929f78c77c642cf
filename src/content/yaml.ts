import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentProblem } from './problems.ts';
import { yamlRuleProblems } from './yaml-rules.ts';
import { recallParse } from './parse-cache.ts';

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
  /** Ids of list entries skipped for a syntax error (read from their "- id:" line), so nothing else reports them as unknown. */
  brokenIds?: string[];
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
      if (line) Object.defineProperty(out, path, { value: line, enumerable: true, writable: true, configurable: true });
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
  // A clean parse of the same text, file and offset is the last build's (parse-cache.ts).
  return recallParse(`yaml\0${file}\0${kind}\0${lineOffset}`, text, () => parseYamlText(text, file, kind, lineOffset), (p) => !p.problems.length);
}

function parseYamlText(text: string, file: string, kind: string, lineOffset: number): ParsedYaml {
  const whole = parseChunk(text, file, kind, lineOffset);
  if (!whole.syntax || !/^- /m.test(text)) return whole;
  // A syntax error in a list: read each top-level entry ("- " at column 0) on its own, so one broken
  // entry is reported once and every other entry is still checked in the same pass.
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (l.startsWith('- ') || l === '-' ? [i] : []));
  if (starts[0] !== 0 && lines.slice(0, starts[0]).some((l) => l.trim() && !l.trimStart().startsWith('#'))) return whole;
  const items: NonNullable<ParsedYaml['items']> = [];
  const problems: ContentProblem[] = [];
  const brokenIds: string[] = [];
  starts.forEach((start, k) => {
    const text = lines.slice(start, starts[k + 1] ?? lines.length).join('\n');
    const chunk = parseChunk(text, file, kind, lineOffset + start);
    const id = /^-\s+id:\s*["']?([^\s"'#]+)/m.exec(text)?.[1];
    // The entry whose lines hold the slip is named (its id line is read as written).
    const ownLine = (n?: number) => n !== undefined && !/^---/.test(lines[n - lineOffset - 1] ?? '');
    problems.push(...chunk.problems.map((p) => (id && p.entry === '(file)' && ownLine(p.line) ? { ...p, entry: id } : p)));
    if (!chunk.problems.length && chunk.items) items.push(...chunk.items);
    if (chunk.problems.length && id) brokenIds.push(id);
  });
  return { value: items.map((i) => i.value), items, brokenIds, loc: whole.loc, problems };
}

/** One YAML document (a whole file, or one entry of a list file). `syntax`: it had a syntax error. */
function parseChunk(text: string, file: string, kind: string, lineOffset: number): ParsedYaml & { syntax?: boolean } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const loc: ItemLocation = { file, line: 1 + lineOffset, fields: {} };
  // One message per syntax error, in an editor's words (the parser often reports one mistake twice).
  const problems: ContentProblem[] = [];
  for (const e of doc.errors) {
    const { line, message } = syntaxProblem(e.code, e.message, e.linePos?.[0]?.line ?? 1, text);
    if (problems.some((p) => p.line === line + lineOffset)) continue;
    problems.push({ file, line: line + lineOffset, kind, entry: '(file)', field: '', message: `YAML syntax error: ${message}` });
  }
  const syntax = problems.length > 0;
  // Anchors, aliases (an alias bomb expands in toJS), odd numbers and hidden characters: refused before any value is made.
  const rules = yamlRuleProblems(doc, lc);
  for (const r of rules) problems.push({ file, line: r.line + lineOffset, kind, entry: '(file)', field: '', message: r.message });
  if (syntax || rules.some((r) => r.fatal) || (problems.length && !isSeq(doc.contents))) return { value: undefined, loc, problems, syntax };
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
  // A hidden character or an odd number in a list is reported once, at its line; the entries are
  // still read, so what cites them is not "unknown" (one problem, not one per citation).
  return { value, items, loc, problems };
}

/**
 * The parser's error said as what the editor did wrong, at the line they must change (1-based in
 * `text`): the parser names the line before an over-indented one, and the end of the file for a
 * quote never closed.
 */
export function syntaxProblem(code: string, parserMessage: string, line: number, text: string): { line: number; message: string } {
  const lines = text.split('\n');
  const at = (n: number) => lines[n - 1] ?? '';
  const indent = (l: string) => l.length - l.trimStart().length;
  const tabbed = lines.findIndex((l) => /^ *\t/.test(l));
  if (tabbed >= 0) return { line: tabbed + 1, message: 'this line is indented with a tab: indent with spaces, like the lines above it' };
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      if (/:\s+\S.*: /.test(at(line)) && !(indent(at(line + 1)) > indent(at(line)) && at(line + 1).trim()))
        return { line, message: 'a value holds ": ", which YAML reads as a new field: put the whole value in quotes, e.g. title: "Kerry: a deal"' };
      for (let n = line + 1; n <= lines.length; n++) {
        if (!at(n).trim()) continue;
        if (indent(at(n)) > indent(at(line))) return { line: n, message: 'this line is indented more than the field above it: line it up with the other fields of the entry' };
        break;
      }
      return { line, message: 'a value runs on into the next line or holds ": ": line the fields up, and put a value with ": " in quotes' };
    }
    case 'MISSING_CHAR':
      if (/Sequence item without - indicator/.test(parserMessage)) return { line, message: 'this line is indented less than the fields above it: line it up with them (two spaces after "- ")' };
      if (/closing "?quote|Missing closing/.test(parserMessage)) {
        const q = /"/.test(parserMessage) ? '"' : "'";
        for (let n = Math.min(line, lines.length); n >= 1; n--) {
          if ((at(n).split(q).length - 1) % 2 === 1) return { line: n, message: `the quote (${q}) opened on this line is never closed: add the closing ${q} at the end of the value` };
        }
        return { line, message: `a quote (${q}) is never closed: add the closing ${q} at the end of the value` };
      }
      if (/flow|\]|\}/.test(parserMessage)) return { line, message: 'a bracket ([ or {) is never closed on this line: close it, e.g. paragraphs: [1, 2]' };
      break;
    case 'MULTIPLE_DOCS':
      return { line, message: 'a second YAML document starts here (a line ---): a content file holds one list; delete the --- line' };
    case 'BAD_INDENT': {
      // The first field under a parent sets the indentation: when the fields above this line (and
      // under the same parent) are all indented further, the slip is the first of them.
      let first = line - 1;
      while (first > 1 && (!at(first - 1).trim() || indent(at(first - 1)) > indent(at(line)))) first--;
      const parent = at(first - 1);
      if (first < line && indent(at(first)) > indent(at(line)) && parent.trim() && indent(parent) < indent(at(line)) && /:\s*$/.test(parent))
        return { line: first, message: `this line is indented more than the fields below it: line the fields under "${parent.trim()}" up with each other` };
      return { line, message: 'this line is not lined up with the fields above it: indent it like them' };
    }
  }
  return { line, message: `${parserMessage.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}; check the indentation (spaces, lined up), colons and quotes on this line` };
}

/** The line of a field, or of its nearest parent that has one, or of the entry. */
export function lineOf(loc: ItemLocation, field: string): number {
  const parts = field ? field.split('.') : [];
  while (parts.length) {
    // Own keys only: a field named __proto__ or constructor is not the object's prototype.
    const key = parts.join('.');
    const line = Object.hasOwn(loc.fields, key) ? loc.fields[key] : undefined;
    if (typeof line === 'number') return line;
    parts.pop();
  }
  return loc.line;
}
