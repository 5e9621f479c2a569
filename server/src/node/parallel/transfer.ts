// What crosses from a worker thread: a parsed document without its syntax tree and line index, and without the
// frontmatter source (a second copy of part of the text). The receiving thread rebuilds the rest. For a long-lived
// index the text itself may stay behind (`releaseText`): then its line starts and the frontmatter's source cross
// instead, and the receiving thread reads the text again when something asks for it (engine/parse/textOnDemand.ts).
import { isPlacedOnDemand, lazyReference, LineIndex, ownCopy, SLICE_LENGTH, releasedText, withSpansOnDemand, withSyntaxOnDemand, withTextOnDemand, type FrontmatterBlock, type ParsedDocument, type PathSegment, type Reference, type ReleasedText, type SplitResult, type TextSource } from '../../engine';

export type PortableDocument = Omit<ParsedDocument, 'lines' | 'yaml' | 'split' | 'text' | 'references'> & {
  split: Omit<SplitResult, 'block'> & { block?: Omit<FrontmatterBlock, 'source'> };
  references: PortableReferences;
} & ({ text: string; released?: undefined } | { text?: undefined; released: ReleasedText & { frontmatterSource?: string } });

/**
 * A document's references as they cross: a column per field instead of an object and a path each. A plan holds
 * dozens of references, and a structured clone writes and reads every object field by field, with its name
 * (10,000 × 11 KB: copying the documents across costs a fifth less).
 */
export interface PortableReferences {
  target: string[];
  targetKind: string[];
  isKey: boolean[];
  /** The paths one after the other, `pathLength[i]` segments for the i-th. */
  path: PathSegment[];
  pathLength: number[];
  /** The offsets where they were read with the tree; -1 where they are located on demand. */
  start: number[];
  end: number[];
}

function packReferences(references: readonly Reference[]): PortableReferences {
  const packed: PortableReferences = { target: [], targetKind: [], isKey: [], path: [], pathLength: [], start: [], end: [] };
  for (const reference of references) {
    packed.target.push(reference.target);
    packed.targetKind.push(reference.targetKind);
    packed.isKey.push(reference.isKey);
    packed.pathLength.push(reference.path.length);
    for (const segment of reference.path) packed.path.push(segment);
    // Reading a place located on demand would locate it now: it crosses without offsets and is located there.
    const placed = !isPlacedOnDemand(reference) && typeof reference.start === 'number';
    packed.start.push(placed ? reference.start : -1);
    packed.end.push(placed ? reference.end : -1);
  }
  return packed;
}

function unpackReferences(packed: PortableReferences, document: ParsedDocument): Reference[] {
  const references: Reference[] = [];
  let at = 0;
  for (let i = 0; i < packed.target.length; i++) {
    const path = packed.path.slice(at, (at += packed.pathLength[i]!));
    const target = packed.target[i]!;
    const targetKind = packed.targetKind[i]!;
    const isKey = packed.isKey[i]!;
    const start = packed.start[i]!;
    references.push(start === -1 ? lazyReference(document, target, targetKind, path, isKey) : { target, targetKind, path, isKey, start, end: packed.end[i]! });
  }
  return references;
}

export function toPortable(document: ParsedDocument, releaseText = false): PortableDocument {
  const { uri, text, bom, split, yamlClean, yamlDuplicateKeys, data, kind, id, idSpan, body, references, definitions } = document;
  const { block, ...rest } = split;
  let portableSplit: PortableDocument['split'] = rest;
  if (block) {
    const { source: _source, ...offsets } = block;
    portableSplit = { ...rest, block: offsets };
  }
  const fields = { uri, bom, split: portableSplit, yamlClean, yamlDuplicateKeys, data, kind, id, idSpan, body, references: packReferences(references), definitions };
  return releaseText ? { ...fields, released: { ...releasedText(text), frontmatterSource: block?.source } } : { ...fields, text };
}

/**
 * The document again, its line index rebuilt and its syntax tree parsed only when asked for. With `strings`
 * (one map for many documents), the short strings that recur across documents are stored once: a copy that
 * crossed from a worker thread shares nothing with the others. A document whose text stayed behind reads it
 * from `textSource` (without one, reading it fails).
 */
export function fromPortable(portable: PortableDocument, strings?: Map<string, string>, textSource?: TextSource): ParsedDocument {
  const { released, ...fields } = portable;
  const document = fields as unknown as ParsedDocument;
  const block = portable.split.block;
  if (released) {
    if (block) document.split = { ...portable.split, block: { ...block, source: released.frontmatterSource ?? '' } };
    const { frontmatterSource: _source, ...text } = released;
    withTextOnDemand(document, text, textSource ?? { read: () => undefined });
  } else {
    document.lines = new LineIndex(portable.text!);
    // The frontmatter source is a view of the text, not a second copy.
    if (block) document.split = { ...portable.split, block: { ...block, source: portable.text!.slice(block.contentStart, block.contentEnd) } };
  }
  if (strings) {
    const short = (value: string) => value.length <= SHARED_STRING_LENGTH;
    const shared = (value: string) => shareString(value, strings);
    for (const key of ['data', 'body', 'references', 'definitions'] as const) replaceStringsIn(document[key], short, shared);
    if (document.kind && short(document.kind)) document.kind = shared(document.kind);
  }
  document.references = unpackReferences(portable.references, document);
  withSyntaxOnDemand(document);
  withSpansOnDemand(document);
  return document;
}

const SHARED_STRING_LENGTH = 64;

function shareString(value: string, strings: Map<string, string>): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

/**
 * A released document that stays in the thread that parsed it: its strings that are views of the text (V8 makes a
 * substring of 13 characters or more a slice of its parent) are copied, so that they no longer hold the text.
 * A copy to another thread does this by itself.
 */
export function detachFromText(portable: PortableDocument): void {
  replaceStringsIn(portable, (value) => value.length >= SLICE_LENGTH, ownCopy);
}

/**
 * Replaces, in place, every string in plain data that `wanted` picks with `replace`'s (only those are written).
 * YAML data can be cyclic (an anchor whose alias sits inside it), so every object is visited once; typed arrays
 * (the line starts) hold no strings.
 */
function replaceStringsIn(value: unknown, wanted: (value: string) => boolean, replace: (value: string) => string, seen = new WeakSet<object>()): void {
  if (!value || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string') replaceStringsIn(item, wanted, replace, seen);
      else if (wanted(item)) value[i] = replace(item);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item !== 'string') replaceStringsIn(item, wanted, replace, seen);
    else if (wanted(item)) {
      // `__proto__` as an own key (YAML allows it) is defined, not assigned: assigning would set the prototype.
      if (key === '__proto__') Object.defineProperty(record, key, { value: replace(item), writable: true, enumerable: true, configurable: true });
      else record[key] = replace(item);
    }
  }
}
