// The text as a reader sees it, for rules that look for what a text says rather than how it is spelled
// (personal contact data hidden behind `&#64;`, `%40`, fullwidth `＠` or a zero-width space). One pass over
// the text, each step bounded; every change is recorded so a finding in the normalised text maps back to
// exactly the characters of the original that produced it.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** What a change undid: the kinds a message can name. */
export type Disguise = 'reference' | 'percent' | 'escape' | 'compatibility' | 'invisible';

export interface NormalizedText {
  /** Character references and percent-encodings decoded, Markdown escapes resolved, NFKC applied, invisible characters removed. */
  text: string;
  /** The original span [start, end) that produced the normalised span [start, end). */
  original(start: number, end: number): [number, number];
  /** The kinds of change inside the normalised span [start, end), in a fixed order. */
  disguisesIn(start: number, end: number): Disguise[];
}

// `space` is a typographic space (no-break, thin, ideographic) read as a plain one: normalised, but no disguise.
const KINDS: (Disguise | 'space')[] = ['reference', 'percent', 'escape', 'compatibility', 'invisible', 'space'];
const DISGUISES: Disguise[] = ['reference', 'percent', 'escape', 'compatibility', 'invisible'];
const SPACE_SEPARATOR = /^\p{Zs}$/u;

/**
 * The changes, in order, five numbers each: normalised start and end, original start and end, kind. Typed
 * arrays keep a text of a million changed characters from becoming a million objects.
 */
class Changes {
  data = new Int32Array(0);
  count = 0;

  add(normStart: number, normEnd: number, origStart: number, origEnd: number, kind: number): void {
    const last = (this.count - 1) * 5;
    // Adjacent removals merge; replacements stay one per character so every offset keeps its own place.
    if (normStart === normEnd && this.count && this.data[last] === this.data[last + 1] && this.data[last] === normStart && this.data[last + 3] === origStart && this.data[last + 4] === kind) {
      this.data[last + 3] = origEnd;
      return;
    }
    if ((this.count + 1) * 5 > this.data.length) {
      const grown = new Int32Array(Math.max(80, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.count++ * 5;
    this.data[at] = normStart;
    this.data[at + 1] = normEnd;
    this.data[at + 2] = origStart;
    this.data[at + 3] = origEnd;
    this.data[at + 4] = kind;
  }

  normStart(index: number): number {
    return this.data[index * 5]!;
  }

  normEnd(index: number): number {
    return this.data[index * 5 + 1]!;
  }

  origStart(index: number): number {
    return this.data[index * 5 + 2]!;
  }

  origEnd(index: number): number {
    return this.data[index * 5 + 3]!;
  }

  kind(index: number): Disguise | 'space' {
    return KINDS[this.data[index * 5 + 4]!]!;
  }
}

/**
 * The normalised text as pieces: the unchanged runs of the original are sliced out only when a change follows
 * them, so a text without any change is never copied (most bodies have none).
 */
class Output {
  private readonly parts: string[] = [];
  private copied = 0;
  length = 0;

  constructor(private readonly original: string) {}

  /** The original up to `start` unchanged, then `replacement` for the original's [start, end); returns where the replacement starts. */
  replace(start: number, end: number, replacement: string): number {
    if (start > this.copied) this.append(this.original.slice(this.copied, start));
    const at = this.length;
    this.append(replacement);
    this.copied = end;
    return at;
  }

  toString(): string {
    if (this.copied < this.original.length) this.append(this.original.slice(this.copied));
    this.copied = this.original.length;
    return this.parts.join('');
  }

  private append(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }
}

// `&#64;`, `&#x40;` (at most the digits micromark accepts) and `&commat;` (named references are at most 31 characters).
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/y;
const NAMED_REFERENCE = /&([A-Za-z][A-Za-z0-9]{0,31});/y;
const PERCENT_BYTE = /%([0-9A-Fa-f]{2})/y;
// Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, bidi controls, BOM, variation selectors …
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** The reader's form of non-ASCII characters seen so far (null: unchanged), up to a bound a text of all of Unicode cannot burst. */
const readerForms = new Map<number, string | null>();
/**
 * What normalizeText looks at: `&`, `%`, `\`, and every character outside ASCII and the letters À–ÿ (Latin-1's
 * 0x80–0xBF holds the no-break and soft hyphen, superscripts and fractions, which NFKC folds; À–ÿ it keeps).
 */
const NOTABLE = /[&%\\\u0080-\u00bf\u0100-\uffff]/g;
const READER_FORMS_KEPT = 8192;

/** Whether `normalizeText` may change `text`; false means it gives `text` back as it is (no `&`, `%`, `\\`, nothing NFKC folds). */
export function mayChange(text: string): boolean {
  NOTABLE.lastIndex = 0;
  return NOTABLE.test(text);
}

export function normalizeText(original: string): NormalizedText {
  const changes = new Changes();
  const output = new Output(original);
  const replace = (start: number, end: number, replacement: string, kind: Disguise | 'space') => {
    const normStart = output.replace(start, end, replacement);
    changes.add(normStart, output.length, start, end, KINDS.indexOf(kind));
  };

  let i = 0;
  while (i < original.length) {
    // Straight to the next character that may change: the ASCII letters and the Latin-1 ones of German text never do.
    NOTABLE.lastIndex = i;
    if (!NOTABLE.test(original)) break;
    i = NOTABLE.lastIndex - 1;
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      const decoded = code === 0x26 /* & */ ? characterReferenceAt(original, i) : code === 0x25 /* % */ ? percentEncodingAt(original, i) : undefined;
      if (decoded) {
        replace(i, decoded.end, readerForm(decoded.value), code === 0x26 ? 'reference' : 'percent');
        i = decoded.end;
      } else if (code === 0x5c /* \ */ && i + 1 < original.length && isAsciiPunctuation(original.charCodeAt(i + 1))) {
        // A backslash before ASCII punctuation only keeps it literal (CommonMark); the reader sees the character.
        replace(i, i + 2, original[i + 1]!, 'escape');
        i += 2;
      } else i++;
      continue;
    }
    const point = original.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const form = readerFormOf(point);
    if (form !== undefined) replace(i, i + width, form, form === '' ? 'invisible' : form === ' ' && SPACE_SEPARATOR.test(original[i]!) ? 'space' : 'compatibility');
    i += width;
  }
  if (changes.count === 0) return { text: original, original: (start, end) => [start, end], disguisesIn: () => [] };
  const originalSpan = (start: number, end: number): [number, number] => {
    const from = originalStart(changes, start);
    // An empty span at a removed character stays empty, after it.
    return [from, Math.max(from, originalEnd(changes, end))];
  };
  return { text: output.toString(), original: originalSpan, disguisesIn: (start, end) => disguisesIn(changes, start, end) };
}

/** A decoded text as the reader sees it: invisible characters dropped, compatibility forms (NFKC) folded. */
function readerForm(value: string): string {
  let result = '';
  for (let i = 0; i < value.length; ) {
    const point = value.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    result += readerFormOf(point) ?? value.slice(i, i + width);
    i += width;
  }
  return result;
}

/** How the reader sees one non-ASCII character, or undefined when it stays as it is. */
function readerFormOf(point: number): string | undefined {
  if (point < 0x80) return undefined;
  let form = readerForms.get(point);
  if (form === undefined) {
    const character = String.fromCodePoint(point);
    form = INVISIBLE.test(character) ? '' : character.normalize('NFKC');
    if (form === character) form = null;
    if (readerForms.size < READER_FORMS_KEPT) readerForms.set(point, form);
  }
  return form ?? undefined;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

function characterReferenceAt(text: string, at: number): { end: number; value: string } | undefined {
  if (text.charCodeAt(at + 1) === 0x23 /* # */) {
    NUMERIC_REFERENCE.lastIndex = at;
    const match = NUMERIC_REFERENCE.exec(text);
    if (!match) return undefined;
    const value = match[1] !== undefined ? decodeNumericCharacterReference(match[1], 16) : decodeNumericCharacterReference(match[2]!, 10);
    return { end: at + match[0].length, value };
  }
  NAMED_REFERENCE.lastIndex = at;
  const match = NAMED_REFERENCE.exec(text);
  const value = match && decodeNamedCharacterReference(match[1]!);
  return value ? { end: at + match[0].length, value } : undefined;
}

/** `%40` → `@`; a multi-byte UTF-8 character (`%EF%BC%A0`) is decoded whole or not at all. */
function percentEncodingAt(text: string, at: number): { end: number; value: string } | undefined {
  const first = percentByteAt(text, at);
  if (first === undefined) return undefined;
  if (first < 0x80) return { end: at + 3, value: String.fromCharCode(first) };
  const length = first >= 0xc2 && first < 0xe0 ? 2 : first >= 0xe0 && first < 0xf0 ? 3 : first >= 0xf0 && first < 0xf5 ? 4 : 0;
  if (length === 0) return undefined;
  let point = first & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = percentByteAt(text, at + 3 * k);
    if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
    point = (point << 6) | (next & 0x3f);
  }
  // Overlong forms, surrogates and points beyond Unicode are no characters.
  const least = [0, 0, 0x80, 0x800, 0x10000][length]!;
  if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return undefined;
  return { end: at + 3 * length, value: String.fromCodePoint(point) };
}

function percentByteAt(text: string, at: number): number | undefined {
  PERCENT_BYTE.lastIndex = at;
  const match = PERCENT_BYTE.exec(text);
  return match ? Number.parseInt(match[1]!, 16) : undefined;
}

/** Index of the last change whose normalised start is before `offset` (or at it, with `inclusive`); -1 if none. */
function lastChangeBefore(changes: Changes, offset: number, inclusive: boolean): number {
  let low = 0;
  let high = changes.count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = changes.normStart(middle);
    if (start < offset || (inclusive && start === offset)) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

// A start inside a replacement maps to the replacement's start; removed characters just before a start stay outside.
function originalStart(changes: Changes, offset: number): number {
  const index = lastChangeBefore(changes, offset, true);
  if (index < 0) return offset;
  const normEnd = changes.normEnd(index);
  return offset < normEnd ? changes.origStart(index) : changes.origEnd(index) + (offset - normEnd);
}

// An end inside a replacement maps to the replacement's end; removed characters just after an end stay outside.
function originalEnd(changes: Changes, offset: number): number {
  const index = lastChangeBefore(changes, offset, false);
  if (index < 0) return offset;
  const normEnd = changes.normEnd(index);
  return offset <= normEnd ? changes.origEnd(index) : changes.origEnd(index) + (offset - normEnd);
}

function disguisesIn(changes: Changes, start: number, end: number): Disguise[] {
  const kinds = new Set<Disguise | 'space'>();
  for (let index = Math.max(0, lastChangeBefore(changes, start, true)); index < changes.count; index++) {
    const normStart = changes.normStart(index);
    const normEnd = changes.normEnd(index);
    if (normStart >= end) break;
    const removed = normStart === normEnd;
    if (removed ? normStart > start : normEnd > start) kinds.add(changes.kind(index));
  }
  return DISGUISES.filter((kind) => kinds.has(kind));
}
