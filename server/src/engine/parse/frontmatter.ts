// Splits a document into its YAML frontmatter and Markdown body and parses the YAML with `yaml`,
// keeping node ranges so that every later finding can point at the exact key or value.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, YAMLParseError, type Document } from 'yaml';

export interface FrontmatterBlock {
  /** Offset of the opening `---` line. */
  openStart: number;
  /** Offset of the first character of the YAML source. */
  contentStart: number;
  /** Offset just after the YAML source (the start of the closing `---` line). */
  contentEnd: number;
  /** Offset just after the closing `---` line (and its line break). */
  closeEnd: number;
  source: string;
}

export type FrontmatterProblem =
  | { kind: 'missing' }
  | { kind: 'notAtTop'; openStart: number; openEnd: number }
  | { kind: 'unclosed'; openStart: number; openEnd: number };

export interface SplitResult {
  block?: FrontmatterBlock;
  problem?: FrontmatterProblem;
  /** Offset where the Markdown body begins. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*$/;

/** Finds the frontmatter fences. `start` skips a byte order mark. */
export function splitFrontmatter(text: string, start = 0): SplitResult {
  const firstLineEnd = lineEndAt(text, start);
  if (FENCE.test(text.slice(start, firstLineEnd))) {
    const contentStart = nextLineStart(text, firstLineEnd);
    let lineStart = contentStart;
    while (lineStart < text.length) {
      const lineEnd = lineEndAt(text, lineStart);
      const line = text.slice(lineStart, lineEnd);
      if (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) {
        const closeEnd = nextLineStart(text, lineEnd);
        return {
          block: { openStart: start, contentStart, contentEnd: lineStart, closeEnd, source: text.slice(contentStart, lineStart) },
          bodyStart: closeEnd,
        };
      }
      lineStart = nextLineStart(text, lineEnd);
      if (lineStart === lineEnd) break;
    }
    return { problem: { kind: 'unclosed', openStart: start, openEnd: firstLineEnd }, bodyStart: text.length };
  }
  // A fence further down, after text or blank lines: frontmatter exists but is not at the top.
  const later = /(^|\r?\n)(---)[ \t]*\r?\n[\s\S]*?\bkind\s*:/.exec(text.slice(start, start + 4096));
  if (later) {
    const openStart = start + later.index + later[1]!.length;
    return { problem: { kind: 'notAtTop', openStart, openEnd: lineEndAt(text, openStart) }, bodyStart: start };
  }
  return { problem: { kind: 'missing' }, bodyStart: start };
}

function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2;
  if (text[lineEnd] === '\r' || text[lineEnd] === '\n') return lineEnd + 1;
  return lineEnd;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** Plain data for schema validation; undefined if the YAML could not be turned into data. */
  data: unknown;
  /** Why `data` is missing (alias bomb, too many aliases, nesting too deep). */
  limitError?: string;
}

/** Nesting deeper than this is refused before parsing: no content needs it and it guards the stack. */
export const MAX_NESTING = 64;
/**
 * At most this many alias resolutions, and at most this many aliases (`*name`) in one frontmatter: resolving
 * one alias walks the anchors before it, so their number bounds the work of turning the YAML into data.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * A frontmatter longer than this is refused before parsing: the longest frontmatter of the other kinds is a tenth
 * of it, and the YAML library's work (and the findings of a long list of wrong keys) grows with the length.
 */
export const MAX_FRONTMATTER_LENGTH = 100_000;
/**
 * A Maßnahmenplan grows with its history: 100 measures with monthly updates over four years come to about 300,000
 * characters. Its rules are linear in the measures and updates, so it may be five times as long as the others.
 */
export const MAX_PLAN_FRONTMATTER_LENGTH = 500_000;

/** A top-level `kind: plan` line, read before parsing to choose the limit (the tree is not there yet). */
const PLAN_KIND_LINE = /^kind:[ \t]*(["']?)plan\1[ \t]*(?:#[^\n]*)?\r?$/m;

/** The length limit of this frontmatter: the plan's where it declares `kind: plan`, else the common one. */
export function frontmatterLengthLimit(source: string): number {
  return PLAN_KIND_LINE.test(source) ? MAX_PLAN_FRONTMATTER_LENGTH : MAX_FRONTMATTER_LENGTH;
}

/** Why the frontmatter is refused before parsing (too long, nested too deep), or undefined. */
export function frontmatterLimitError(source: string): string | undefined {
  const lengthLimit = frontmatterLengthLimit(source);
  if (source.length > lengthLimit) {
    const thousands = (count: number) => count.toLocaleString('de-DE');
    const limit = `erlaubt sind höchstens ${thousands(lengthLimit)}${lengthLimit === MAX_PLAN_FRONTMATTER_LENGTH ? ' für einen Maßnahmenplan' : ''}`;
    return `Der Kopfbereich ist ${thousands(source.length)} Zeichen lang; ${limit}.`;
  }
  if (flowNestingDepth(source) > MAX_NESTING) return `Die Verschachtelung ist tiefer als ${MAX_NESTING} Ebenen.`;
  return undefined;
}

export function parseYaml(source: string): ParsedYaml {
  const refused = frontmatterLimitError(source);
  if (refused) return { doc: parseDocument('', { keepSourceTokens: false }), data: undefined, limitError: refused };
  // logLevel 'error': the library's own warnings (collection keys stringified) must not reach stderr; the rules report.
  // uniqueKeys false: the library compares each key with every earlier one of its mapping (quadratic in the
  // number of keys); `scanTree` finds the duplicates in one pass and reports them as the library would.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  const { duplicates, aliases } = scanTree(doc);
  if (duplicates.length > 0) doc.errors = mergeByPosition(doc.errors, duplicates);
  if (doc.errors.length > 0) return { doc, data: undefined };
  if (aliases > MAX_ALIAS_COUNT) {
    return { doc, data: undefined, limitError: `Der Kopfbereich verwendet ${aliases} Aliase („*name“); erlaubt sind höchstens ${MAX_ALIAS_COUNT}.` };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, data };
  } catch (error) {
    return { doc, data: undefined, limitError: aliasMessage(error) };
  }
}

/** A key that repeats an earlier key of its mapping; `firstPos` is where the earlier one starts in the frontmatter. */
export class DuplicateKeyError extends YAMLParseError {
  constructor(pos: [number, number], readonly firstPos: number) {
    super(pos, 'DUPLICATE_KEY', 'Map keys must be unique');
  }
}

/**
 * One walk over the tree: the keys that repeat an earlier key of the same mapping (as `DUPLICATE_KEY` errors
 * covering the key, in document order) and the number of aliases.
 */
function scanTree(doc: Document.Parsed): { duplicates: YAMLParseError[]; aliases: number } {
  const duplicates: YAMLParseError[] = [];
  let aliases = 0;
  const walk = (node: unknown): void => {
    if (isAlias(node)) aliases++;
    else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        const key = pair.key;
        // Equal as the library compares keys: scalars by value (NaN never equals itself), anything else by identity.
        if (isScalar(key) && !Number.isNaN(key.value) && key.range) {
          const first = seen.get(key.value);
          if (first !== undefined) duplicates.push(new DuplicateKeyError([key.range[0], key.range[1]], first));
          else seen.set(key.value, key.range[0]);
        }
        walk(pair);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  // The errors' stacks are never shown, and with thousands of duplicates capturing them costs more than the walk.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    walk(doc.contents);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { duplicates, aliases };
}

/** Both lists in one, ordered by start where they interleave; each keeps its own order. */
function mergeByPosition(errors: YAMLParseError[], added: YAMLParseError[]): YAMLParseError[] {
  const merged: YAMLParseError[] = [];
  let next = 0;
  for (const error of errors) {
    while (next < added.length && added[next]!.pos[0] < error.pos[0]) merged.push(added[next++]!);
    merged.push(error);
  }
  return merged.concat(added.slice(next));
}

function aliasMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(text)) return `Zu viele Aliase (mehr als ${MAX_ALIAS_COUNT} Auflösungen): Das sieht nach einer „Alias-Bombe“ aus.`;
  return `Die YAML-Daten lassen sich nicht auswerten: ${text}`;
}

/** Maximum nesting of flow collections and indentation, estimated cheaply from the text. */
function flowNestingDepth(source: string): number {
  let depth = 0;
  let max = 0;
  let indentMax = 0;
  let lineIndent = 0;
  let atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      atLineStart = true;
      lineIndent = 0;
      continue;
    }
    if (atLineStart) {
      if (c === ' ' || c === '-') {
        lineIndent++;
        continue;
      }
      atLineStart = false;
      indentMax = Math.max(indentMax, lineIndent);
    }
    if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return Math.max(max, Math.floor(indentMax / 2));
}

export function isMapping(doc: Document.Parsed): boolean {
  return isMap(doc.contents);
}
