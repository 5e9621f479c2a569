// The frontmatter most documents have, read line by line without a tokenizer: block mappings and block sequences
// whose values are one-line scalars (plain, single- or double-quoted without escapes) or one-line flow collections
// of such scalars (`{ status: 3, relevance: 4 }`, `[a, b]`). It gives the data the `yaml` tree gives, or undefined
// for anything else — a tag, an anchor, a block scalar, a value continued on the next line, a comment where the tree
// would see an error, a key that is not a plain text — and the js-yaml reader (fastYaml.ts), then the tree, read it.
// Read again, it gives the offsets of the places a document's findings stand on (`plainYamlSpans`, lazySpans.ts).
// Pinned against the tree by plainYaml.test.ts (the real toolbox and mutants of it), data and offsets alike.
import { frontmatterLimitError } from './frontmatter';
import { below, WantedPlaces, type PlaceNode, type Span, type WantedPlace } from './wantedPlaces';

interface Line {
  indent: number;
  /** The line without its indentation and line break. */
  text: string;
  /** Where `text` starts in the source. */
  offset: number;
  /** Where the content line before it starts in the source (0 for the first). */
  previousStart: number;
}

/** Declines: the reading stops and the caller reads the frontmatter another way. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

/**
 * Characters the subset does not read: tabs, carriage returns other than before a line feed, C0 and C1 controls,
 * separators YAML 1.1 knew as line breaks, a byte order mark. Searched in the whole source at once, not line by line.
 */
const UNREAD_CHARACTER = /[\t\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
/** What a plain scalar may not start with (YAML's indicators); `-` only when a space follows, checked apart. */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((character) => character.charCodeAt(0)));

const MAX_KEY_LENGTH = 1024;

/** The core schema's scalars other than text, as the tree resolves them. */
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A scalar that starts like a number (`2027-03-12` is one, and a text). */
const NUMBER_LIKE_START = /^[-+]?\.?[0-9]/;
/** Infinity and NaN: read by the other readers. */
const INFINITY_OR_NAN = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
/** The first characters of the scalars above (null, truth values, numbers, infinity and NaN): any other begins a text. */
const MAY_RESOLVE = new Set([...'~nNtTfF-+.0123456789'].map((character) => character.charCodeAt(0)));

/** The data of `source` when it is of the subset, else undefined. */
export function plainYamlData(source: string): Record<string, unknown> | undefined {
  return readPlain(source);
}

/**
 * The offsets of the wanted places in `source`, as the tree's range of each node (a plain scalar from its first to
 * its last character, a quoted one with its quotes), when `source` is of the subset, else undefined. A place that
 * holds no scalar (an empty value, a collection) or is not there has none: the tree is asked for it.
 */
export function plainYamlSpans(source: string, wanted: readonly WantedPlace[]): (Span | undefined)[] | undefined {
  const places = new WantedPlaces(wanted);
  return readPlain(source, places) && places.spans;
}

/** Reads `source` into its data, recording the offsets of `places` on the way. */
function readPlain(source: string, places?: WantedPlaces): Record<string, unknown> | undefined {
  if (frontmatterLimitError(source)) return undefined;
  const lines = contentLines(source);
  if (!lines?.length || lines[0]!.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines, places);
    const data = reader.mapping(0, places?.root);
    return reader.done ? data : undefined;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

/** The lines that hold content, or undefined where a line is not of the subset (or a comment could mislead the tree). */
function contentLines(source: string): Line[] | undefined {
  if (UNREAD_CHARACTER.test(source)) return undefined;
  const lines: Line[] = [];
  let commentAtStart = false;
  for (let start = 0; start < source.length; ) {
    const lineStart = start;
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const next = end + 1;
    // CRLF ends a line; a carriage return anywhere else (the last character, say) is read as a character, and declined.
    if (end < source.length && source.charCodeAt(end - 1) === 13) end--;
    const raw = source.slice(start, end);
    start = next;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length) continue;
    if (raw.charCodeAt(indent) === 35 /* # */) {
      commentAtStart ||= indent === 0;
      continue;
    }
    // A comment in the first column before an indented line: an error for the tree, not for js-yaml.
    if (commentAtStart && indent > 0) return undefined;
    commentAtStart = false;
    // A document marker in the first column ends the frontmatter's only document for the tree.
    if (indent === 0 && (raw.startsWith('---') || raw.startsWith('...'))) return undefined;
    const previous = lines[lines.length - 1];
    lines.push({ indent, text: withoutTrailingSpaces(raw.slice(indent)), offset: lineStart + indent, previousStart: previous ? previous.offset - previous.indent : 0 });
  }
  return lines;
}

/** Where a value's text starts in the source, and its path when it leads to a wanted place. */
interface Place {
  places: WantedPlaces;
  path: PlaceNode;
  offset: number;
}

/**
 * Reads the lines; with `places`, also records the offsets of the wanted ones. A `path` is passed down only
 * where it leads to a wanted place, so that reading for the data alone looks up none.
 */
class Reader {
  private at = 0;

  constructor(
    private readonly lines: Line[],
    private readonly places?: WantedPlaces,
  ) {}

  get done(): boolean {
    return this.at === this.lines.length;
  }

  private get line(): Line | undefined {
    return this.lines[this.at];
  }

  /** The entries `key: value` at `indent`, up to the first line indented less. */
  mapping(indent: number, path?: PlaceNode): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (let line = this.line; line && line.indent >= indent; line = this.line) {
      if (line.indent > indent || isSequenceItem(line.text)) throw NOT_PLAIN;
      const colon = keyEnd(line.text);
      const key = line.text.slice(0, colon);
      if (!isPlainKey(key) || Object.hasOwn(data, key)) throw NOT_PLAIN;
      // The tree measures its limit on implicit keys from the end of the node before (an empty value can end a
      // line or more earlier, blank lines between count): far enough from the line above, the key is left to it.
      if (line.offset + colon - line.previousStart > MAX_KEY_LENGTH) throw NOT_PLAIN;
      const valueStart = skipSpaces(line.text, colon + 1);
      const rest = line.text.slice(valueStart);
      const entryPath = path && below(path, key);
      if (entryPath !== undefined) this.places!.recordKey(entryPath, [line.offset, line.offset + colon]);
      this.at++;
      if (rest === '' || rest.startsWith('#')) data[key] = this.nested(indent, true, entryPath);
      else {
        data[key] = inlineValue(rest, this.placeAt(entryPath, line.offset + valueStart));
        this.endOfValue(indent);
      }
    }
    return data;
  }

  /** The items `- value` at `indent`, up to the first line that is no item at `indent`. */
  private sequence(indent: number, path?: PlaceNode): unknown[] {
    const items: unknown[] = [];
    for (let line = this.line; line && line.indent === indent && isSequenceItem(line.text); line = this.line) {
      const rest = line.text.slice(skipSpaces(line.text, 1));
      const itemPath = path && below(path, items.length);
      if (rest === '' || rest.startsWith('#')) {
        this.at++;
        items.push(this.nested(indent, false, itemPath));
      } else if (isSequenceItem(rest)) {
        throw NOT_PLAIN;
      } else if (startsEntry(rest)) {
        // `- key: value`: a mapping whose first entry stands on the item's line, the others below at its column.
        const column = indent + line.text.length - rest.length;
        this.lines[this.at] = { ...line, indent: column, text: rest, offset: line.offset + line.text.length - rest.length };
        items.push(this.mapping(column, itemPath));
      } else {
        this.at++;
        items.push(inlineValue(rest, this.placeAt(itemPath, line.offset + line.text.length - rest.length)));
        this.endOfValue(indent);
      }
    }
    const line = this.line;
    if (line && line.indent > indent) throw NOT_PLAIN;
    return items;
  }

  /**
   * The block below a key or a dash at `indent`: a mapping or sequence indented more, a sequence at the same
   * indentation for a key (`key:` ⏎ `- a`), or null.
   */
  private nested(indent: number, underKey: boolean, path: PlaceNode | undefined): unknown {
    const line = this.line;
    if (!line || line.indent < indent) return null;
    if (line.indent === indent) return underKey && isSequenceItem(line.text) ? this.sequence(indent, path) : null;
    return isSequenceItem(line.text) ? this.sequence(line.indent, path) : this.mapping(line.indent, path);
  }

  private placeAt(path: PlaceNode | undefined, offset: number): Place | undefined {
    return path === undefined ? undefined : { places: this.places!, path, offset };
  }

  /** After a value on its key's or dash's line, a line indented more would continue it: not read here. */
  private endOfValue(indent: number): void {
    const line = this.line;
    if (line && line.indent > indent) throw NOT_PLAIN;
  }
}

/** Whether `text` starts with one of YAML's indicators (a look-up: this is asked of every key and value). */
function startsWithIndicator(text: string): boolean {
  return INDICATORS.has(text.charCodeAt(0));
}

function isSequenceItem(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

/** The colon that ends the key of `key: value` or `key:` (followed by a blank or the line's end), or -1. */
function entryColon(text: string): number {
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    if (at + 1 === text.length || text.charCodeAt(at + 1) === 32) return at;
  }
  return -1;
}

/** Where the key of a mapping's line ends (its colon), or a decline. */
function keyEnd(text: string): number {
  const colon = entryColon(text);
  if (colon === -1) throw NOT_PLAIN;
  return colon;
}

/** Whether `text` begins with a plain key and its colon (`key: …`, `key:`). */
function startsEntry(text: string): boolean {
  return !startsWithIndicator(text) && entryColon(text) !== -1;
}

/** A key that is a plain text for the tree and for JavaScript alike (no number, null or truth value, no `__proto__`). */
function isPlainKey(key: string): boolean {
  if (key.length > MAX_REMEMBERED_KEY_LENGTH) return readsAsPlainKey(key);
  let verdict = plainKeys.get(key);
  if (verdict === undefined) {
    verdict = readsAsPlainKey(key);
    // The same few keys recur in every document; a document with ever new keys fills no more than the bound.
    if (plainKeys.size < MAX_REMEMBERED_KEYS) plainKeys.set(key, verdict);
  }
  return verdict;
}

/**
 * The verdicts on short keys, for every document: the first ones met are kept and none replaced, which for a
 * toolbox's few recurring keys (`kind`, `status`, `instrument`) is all there are.
 */
const plainKeys = new Map<string, boolean>();
const MAX_REMEMBERED_KEYS = 4096;
/** Longer keys are views of the document's text in V8 (substrings of 13 characters or more): kept, they would keep the text. */
const MAX_REMEMBERED_KEY_LENGTH = 12;

/** `isPlainKey`'s verdict, decided from the key itself. */
function readsAsPlainKey(key: string): boolean {
  if (key === '' || key.length > MAX_KEY_LENGTH || key !== key.trim() || key === '__proto__') return false;
  if (startsWithIndicator(key) || isSequenceItem(key)) return false;
  if (key.includes(' #') || /[[\]{},]/.test(key)) return false;
  return typeof plainScalar(key) === 'string';
}

/**
 * The value after `key: ` or `- `: a quoted or plain scalar, or a flow collection, ending the line (a comment may
 * follow). Its offsets (a collection's: its items') are recorded at `place`.
 */
function inlineValue(text: string, place?: Place): unknown {
  const first = text.charCodeAt(0);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const { value, end } = quoted(text, 0);
    endsLine(text, end);
    record(place, 0, end);
    return value;
  }
  if (first === 123 /* { */ || first === 91 /* [ */) {
    const { value, end } = flowCollection(text, place);
    endsLine(text, end);
    return value;
  }
  if (startsWithIndicator(text) || isSequenceItem(text)) throw NOT_PLAIN;
  const comment = text.indexOf(' #');
  const plain = withoutTrailingSpaces(comment === -1 ? text : text.slice(0, comment));
  // `a: b: c` is an error for the tree; `a: b:` a mapping in a mapping's value.
  if (plain.includes(': ') || plain.endsWith(':')) throw NOT_PLAIN;
  record(place, 0, plain.length);
  return plainScalar(plain);
}

/** Records the scalar from `start` to `end` of the text at `place`. */
function record(place: Place | undefined, start: number, end: number): void {
  place?.places.recordValue(place.path, [place.offset + start, place.offset + end]);
}

/** Nothing but blanks, or a comment after a blank, from `end` on. */
function endsLine(text: string, end: number): void {
  const rest = text.slice(end);
  if (rest !== '' && !/^ +(?:#|$)/.test(rest)) throw NOT_PLAIN;
}

/** A quoted scalar starting at `start`, closed on the same line; double quotes only without escapes. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  if (quote === '"') {
    const close = text.indexOf('"', start + 1);
    if (close === -1) throw NOT_PLAIN;
    const value = text.slice(start + 1, close);
    if (value.includes('\\')) throw NOT_PLAIN;
    return { value, end: close + 1 };
  }
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = text.indexOf("'", from);
    if (close === -1) throw NOT_PLAIN;
    value += text.slice(from, close);
    if (text[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** `{ key: value, … }` or `[value, …]` of one-line scalars, no collection inside, no trailing comma. */
function flowCollection(text: string, place?: Place): { value: unknown; end: number } {
  const isMapping = text[0] === '{';
  const close = isMapping ? '}' : ']';
  const mapping: Record<string, unknown> = {};
  const items: unknown[] = [];
  let at = skipSpaces(text, 1);
  if (text[at] === close) return { value: isMapping ? mapping : items, end: at + 1 };
  for (;;) {
    if (isMapping) {
      const colon = text.indexOf(': ', at);
      if (colon === -1) throw NOT_PLAIN;
      const key = text.slice(at, colon);
      if (!isPlainKey(key) || Object.hasOwn(mapping, key)) throw NOT_PLAIN;
      const start = skipSpaces(text, colon + 2);
      const value = flowScalar(text, start, close);
      const entry = place && childPlace(place, key);
      entry?.places.recordKey(entry.path, [place!.offset + at, place!.offset + colon]);
      record(entry, start, value.end);
      mapping[key] = value.value;
      at = value.end;
    } else {
      const value = flowScalar(text, at, close);
      record(place && childPlace(place, items.length), at, value.end);
      items.push(value.value);
      at = value.end;
    }
    at = skipSpaces(text, at);
    if (text[at] === close) return { value: isMapping ? mapping : items, end: at + 1 };
    if (text[at] !== ',') throw NOT_PLAIN;
    at = skipSpaces(text, at + 1);
    if (text[at] === close || text[at] === ',') throw NOT_PLAIN;
  }
}

/** The place of an entry or item of the collection at `place`, if it leads to a wanted one (same offset: the collection's text). */
function childPlace(place: Place, segment: string | number): Place | undefined {
  const path = below(place.path, segment);
  return path && { ...place, path };
}

/** A scalar inside a flow collection, up to the next `,` or the collection's end. */
function flowScalar(text: string, start: number, close: string): { value: unknown; end: number } {
  const first = text[start];
  if (first === '"' || first === "'") return quoted(text, start);
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== close) end++;
  const plain = withoutTrailingSpaces(text.slice(start, end));
  if (plain === '' || startsWithIndicator(plain) || isSequenceItem(plain) || /[[\]{}]|: | #|:$/.test(plain)) throw NOT_PLAIN;
  return { value: plainScalar(plain), end: start + plain.length };
}

/** YAML's blanks are spaces (tabs are not read here); JavaScript's trim would also take a no-break space. */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/** A plain scalar as the core schema resolves it; numbers only in the forms read exactly here. */
function plainScalar(text: string): unknown {
  // Most scalars are texts, and their first character says so without a regular expression.
  if (!MAY_RESOLVE.has(text.charCodeAt(0))) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INFINITY_OR_NAN.test(text)) throw NOT_PLAIN;
  if (!NUMBER_LIKE_START.test(text)) return text;
  if (DECIMAL.test(text)) return exactNumber(Number(text));
  if (OCTAL.test(text)) return exactNumber(parseInt(text.slice(2), 8));
  if (HEXADECIMAL.test(text)) return exactNumber(parseInt(text.slice(2), 16));
  if (FLOAT.test(text)) return exactNumber(Number(text));
  // Starts like a number but is none (`2027-03-12`, `1.2.3`): a text.
  return text;
}

/** Large, negative zero, infinite: left to the other readers, whose agreement there is pinned by their own tests. */
function exactNumber(value: number): number {
  if (!Number.isSafeInteger(value) && !(Number.isFinite(value) && !Number.isInteger(value))) throw NOT_PLAIN;
  if (Object.is(value, -0)) throw NOT_PLAIN;
  return value;
}
