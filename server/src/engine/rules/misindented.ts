// A list entry indented further than the entry above it is no entry of its own: YAML reads it as the continuation of
// the entry above, a plain text folded over two lines, and the list holds „bo-erstkontakt - bo-wartezeiten“. The
// finding about the indentation (WK205, listIndentRule) is the one message; the rules that would judge the merged
// value (schema, reference target, `related` mutual, criteria addressed) ask here first.
import { valueSpan, type ParsedDocument, type Reference } from '../parse/document';
import type { PathSegment } from '../schema/registry';

/** A plain list entry that swallowed one or more wrongly indented entries below it. */
export interface Misindentation {
  /** The column of the dash of the entry that swallowed them: where the list's entries stand. */
  column: number;
  /** Each swallowed line („   - bo-wartezeiten“): its start, its dash and the end of its text, as offsets in the text. */
  lines: { start: number; dash: number; end: number }[];
  /** The entries as they were meant: the first line's and each swallowed one's text. */
  entries: string[];
}

export interface MisindentedEntry {
  path: PathSegment[];
  /** The merged value as the data holds it. */
  value: string;
  misindentation: Misindentation;
}

/**
 * What a merged value looks like in the data: the folding turned the line break before „- “ into a blank (a blank line
 * into a line break). A cheap test that spares the source of every other value.
 */
const MERGED = /\s-(?:\s|$)/;

/** Characters a plain scalar cannot begin with: quotes, block scalars, flow collections, aliases, anchors, tags. */
const NOT_PLAIN = new Set(['"', "'", '|', '>', '[', '{', '*', '&', '!']);

/**
 * The wrongly indented entries a list entry swallowed, from the source of its value (`start`, `end`: offsets of the
 * value in `text`): the value is a plain scalar right after a list dash, and a line it continues on begins with
 * „- “. Prose folded over lines without such a dash is no misindentation.
 */
export function misindentation(text: string, start: number, end: number): Misindentation | undefined {
  if (end <= start || NOT_PLAIN.has(text[start]!)) return undefined;
  const column = entryDashColumn(text, start);
  if (column === undefined) return undefined;
  const lines: Misindentation['lines'] = [];
  const entries = [text.slice(start, Math.min(lineEnd(text, start), end)).trim()];
  for (let lineStart = nextLine(text, start); lineStart < end; lineStart = nextLine(text, lineStart)) {
    let first = lineStart;
    while (text[first] === ' ') first++;
    const lineText = text.slice(first, Math.min(lineEnd(text, first), end)).trimEnd();
    if (lineText === '') continue;
    if (first - lineStart > column && (lineText === '-' || lineText.startsWith('- '))) {
      lines.push({ start: lineStart, dash: first, end: first + lineText.length });
      entries.push(lineText.slice(1).trim());
    } else {
      entries[entries.length - 1] += ` ${lineText}`;
    }
  }
  return lines.length > 0 ? { column, lines, entries } : undefined;
}

/** The column of the list dash right before `start` on its line („  - “, also „- - “ nested), if there is one. */
function entryDashColumn(text: string, start: number): number | undefined {
  let dash = start - 1;
  while (dash >= 0 && text[dash] === ' ') dash--;
  if (text[dash] !== '-' || dash === start - 1) return undefined;
  const lineStart = text.lastIndexOf('\n', dash) + 1;
  // Before the dash only indentation or the dashes of enclosing list entries.
  if (!/^(?: *- +)* *$/.test(text.slice(lineStart, dash))) return undefined;
  return dash - lineStart;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The misindentation a reference's value shows, if the value is a merged list entry (from the source, no syntax tree). */
export function misindentedReference(document: ParsedDocument, reference: Reference): Misindentation | undefined {
  if (reference.isKey || !MERGED.test(reference.target)) return undefined;
  return frontmatterMisindentation(document, reference.start, reference.end);
}

/**
 * `misindentation` of a frontmatter value, read in the frontmatter's own source: the workspace rules ask for it of
 * many documents, and a document whose text was released keeps its frontmatter (see parse/textOnDemand.ts).
 */
function frontmatterMisindentation(document: ParsedDocument, start: number, end: number): Misindentation | undefined {
  const block = document.split.block;
  if (!block || start < block.contentStart || end > block.contentEnd) return undefined;
  const offset = block.contentStart;
  const found = misindentation(block.source, start - offset, end - offset);
  return found && { ...found, lines: found.lines.map((line) => ({ start: line.start + offset, dash: line.dash + offset, end: line.end + offset })) };
}

/** What a reference names as it was meant: the entries a merged value holds, else its target. */
export function meantTargets(document: ParsedDocument, reference: Reference): string[] {
  return misindentedReference(document, reference)?.entries ?? [reference.target];
}

/** Whether `document` names `id` under the top-level `field` in an entry that a wrongly indented entry merged into. */
export function namesInMergedEntry(document: ParsedDocument, field: string, id: string): boolean {
  return document.references.some((r) => r.path[0] === field && misindentedReference(document, r)?.entries.includes(id));
}

const entriesOf = new WeakMap<ParsedDocument, MisindentedEntry[]>();

/**
 * Every merged list entry of the frontmatter, in document order. The data is searched first (a string in a list that
 * shows „ - “); only such a value's source is looked at, through its recorded span or the syntax tree.
 */
export function misindentedEntries(document: ParsedDocument): MisindentedEntry[] {
  let found = entriesOf.get(document);
  if (found) return found;
  found = [];
  for (const { path, value } of mergedCandidates(document.data)) {
    const span = valueSpan(document, path);
    const misindented = span && frontmatterMisindentation(document, span[0], span[1]);
    if (misindented) found.push({ path, value, misindentation: misindented });
  }
  entriesOf.set(document, found);
  return found;
}

/** The strings directly in a list, anywhere in `data`, that may be merged entries. */
function mergedCandidates(data: unknown): { path: PathSegment[]; value: string }[] {
  const candidates: { path: PathSegment[]; value: string }[] = [];
  const path: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') {
          if (MERGED.test(item)) candidates.push({ path: [...path, index], value: item });
          return;
        }
        path.push(index);
        visit(item);
        path.pop();
      });
    } else if (value !== null && typeof value === 'object') {
      // Keys, not entries: no pair is made for every value of every document.
      for (const key of Object.keys(value)) {
        path.push(key);
        visit((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(data);
  return candidates;
}

/** The JSON pointer of a data path, as the schema validator names the value. */
export function pointerOf(path: PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
