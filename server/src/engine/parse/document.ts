// One document, parsed once: frontmatter (YAML with ranges), body (headings, sections, links; see markdown.ts), and the typed references
// and definitions that the schemas' annotations (`x-ref`, `x-defines`) declare.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { PathSegment, SchemaNode, SchemaRegistry } from '../schema/registry';
import { readDuplicateKeysOnly, type DuplicateKey, type DuplicateKeysReading, type OutlineNode } from './duplicateKeys';
import { readYamlData } from './fastYaml';
import { splitFrontmatter, type ParsedYaml, type SplitResult } from './frontmatter';
import { parseBody, type ParsedBody } from './markdown';
import { LazySpan, lazyPlace, settleSpans, withSpansOnDemand } from './lazySpans';
import { dropSyntax, hasSyntax, treeOf, withSyntaxOnDemand } from './syntaxOnDemand';
import { keyText, locate, nodeSpan } from './yamlPath';

/** A typed reference from a frontmatter value (or key) to another document or criterion. */
export interface Reference {
  target: string;
  targetKind: string;
  path: PathSegment[];
  /** Whether the reference is an object key (as in `assessment`), not a value. */
  isKey: boolean;
  start: number;
  end: number;
}

/** A sub-entity defined inside a document, such as a checklist criterion in an Eckpunkt. */
export interface Definition {
  id: string;
  kind: string;
  path: PathSegment[];
  start: number;
  end: number;
}

export interface ParsedDocument {
  uri: string;
  text: string;
  lines: LineIndex;
  /** Length of a byte order mark at the start (0 or 1). */
  bom: number;
  split: SplitResult;
  /**
   * The YAML syntax tree with ranges. It is the largest part of a parsed document, so the language service
   * releases it once the document's own rules have run, and this getter parses the frontmatter again when a
   * feature (completion, a quick fix, a plan rule) asks for it. Undefined without a frontmatter block.
   */
  yaml?: ParsedYaml;
  /** Offsets of the `id` value, kept without the syntax tree (every workspace check of ids needs it). */
  idSpan?: [number, number];
  /**
   * True when the fast reader (fastYaml.ts) read the frontmatter: it is then a mapping without YAML errors or
   * warnings, and a rule that looks only for those needs no syntax tree.
   */
  yamlClean?: boolean;
  /**
   * Set when the frontmatter's only YAML errors are these duplicate keys, read from the events without the tree
   * (duplicateKeys.ts); offsets within the frontmatter. Its data is then undefined, as the tree's reading has it.
   */
  yamlDuplicateKeys?: DuplicateKey[];
  /** The frontmatter as data, when it parsed to a mapping. */
  data?: Record<string, unknown>;
  kind?: string;
  id?: string;
  body: ParsedBody;
  references: Reference[];
  definitions: Definition[];
}

/** A document the engine could not read as text (binary, invalid UTF-8, unreadable). */
export interface UnreadableDocument {
  uri: string;
  reason: string;
}

export function parseDocument(uri: string, text: string, schemas: SchemaRegistry): ParsedDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(text);
  const split = splitFrontmatter(text, bom);
  const document: ParsedDocument = {
    uri,
    text,
    lines,
    bom,
    split,
    body: parseBody(text, split.bodyStart),
    references: [],
    definitions: [],
  };
  if (!split.block) return document;
  const fast = readYamlData(split.block.source);
  if (fast) readWithoutTree(document, fast.data, schemas);
  else if (!readWithDuplicateKeys(document, schemas)) readWithTree(document, treeOf(split.block.source), schemas);
  return document;
}

/**
 * The frontmatter as the fast reader gave it: data, kind and id at once; the references' and definitions' offsets
 * and the syntax tree only when something asks for them, which for a document without findings is nothing.
 */
function readWithoutTree(document: ParsedDocument, data: Record<string, unknown>, schemas: SchemaRegistry): void {
  withSyntaxOnDemand(document);
  document.data = data;
  document.yamlClean = true;
  document.kind = typeof data.kind === 'string' ? data.kind : undefined;
  document.id = typeof data.id === 'string' ? data.id : undefined;
  if (document.kind) collectAnnotated(document, schemas, DATA_VIEW, data, 0);
  withSpansOnDemand(document);
}

/**
 * A frontmatter whose only fault is a duplicate key, read from the events (duplicateKeys.ts): kind, id and the
 * references of every entry (both of a key given twice, as the tree's walk records them) with the tree's offsets.
 * False, with the document untouched, where the events do not give what the tree would, and the tree reads it.
 */
function readWithDuplicateKeys(document: ParsedDocument, schemas: SchemaRegistry): boolean {
  const block = document.split.block!;
  const reading = readDuplicateKeysOnly(block.source);
  if (!reading) return false;
  const id = firstEntry(reading, 'id');
  // The id's offsets are kept; an id the events cannot place (a block scalar, an empty value) goes to the tree.
  if (id && !(id.type === 'scalar' && id.span)) return false;
  const kind = firstEntry(reading, 'kind');
  document.kind = kind?.type === 'scalar' ? kind.text : undefined;
  if (document.kind) {
    const view = outlineView();
    collectAnnotated(document, schemas, view, reading.root as OutlineNode, block.contentStart);
    if (view.inexact) {
      document.kind = undefined;
      document.references = [];
      document.definitions = [];
      return false;
    }
  }
  document.id = id?.type === 'scalar' ? id.text : undefined;
  if (id?.type === 'scalar' && id.span) document.idSpan = [id.span[0] + block.contentStart, id.span[1] + block.contentStart];
  document.yamlDuplicateKeys = reading.duplicates;
  withSyntaxOnDemand(document);
  return true;
}

/** The value of the first entry of `key` at the top, as the tree's look-up finds it. */
function firstEntry(reading: DuplicateKeysReading, key: string): OutlineNode | undefined {
  return reading.root.entries.find((entry) => entry.key === key)?.value;
}

function readWithTree(document: ParsedDocument, yaml: ParsedYaml, schemas: SchemaRegistry): void {
  const block = document.split.block!;
  withSyntaxOnDemand(document, yaml);
  if (yaml.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data)) {
    document.data = yaml.data as Record<string, unknown>;
  }
  // Read kind and id from the syntax tree, so a document with a YAML error elsewhere still has them.
  document.kind = scalarString(locate(yaml.doc, ['kind'])?.value);
  const idNode = locate(yaml.doc, ['id'])?.value;
  document.id = scalarString(idNode);
  const idRange = nodeSpan(idNode);
  if (idRange) document.idSpan = [idRange[0] + block.contentStart, idRange[1] + block.contentStart];
  if (document.kind && isMap(yaml.doc.contents)) collectAnnotated(document, schemas, TREE_VIEW, yaml.doc.contents as Node, block.contentStart);
}

/**
 * What the walk along the schema needs of a frontmatter, from the syntax tree (with offsets) or from plain data
 * (offsets later, see `withSpansOnDemand`): one walk, so both record the same references in the same order.
 */
interface FrontmatterView<N> {
  /** The text of a string value, else undefined. */
  text(node: N): string | undefined;
  /** Calls `visit` with each entry of a mapping (its key, value and the key's node), keys that are no text left out; false if no mapping. */
  eachEntry(node: N, visit: (key: string, value: N, keyNode: unknown) => void): boolean;
  items(node: N): N[] | undefined;
  /** Offsets of a node within the frontmatter; undefined for data, which has none. */
  span(node: unknown): [number, number] | undefined;
  /** Whether `span` gives offsets: then a node without them (none in a parsed tree) is passed over. */
  hasOffsets: boolean;
}

const TREE_VIEW: FrontmatterView<Node | null> = {
  text: (node) => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined),
  eachEntry: (node, visit) => {
    if (!isMap(node)) return false;
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = keyText(pair.key);
      if (key !== undefined) visit(key, pair.value, pair.key);
    }
    return true;
  },
  items: (node) => (isSeq(node) ? (node.items as Node[]) : undefined),
  span: (node) => nodeSpan(node as Node),
  hasOffsets: true,
};

const DATA_VIEW: FrontmatterView<unknown> = {
  text: (value) => (typeof value === 'string' ? value : undefined),
  // In the order written: keys that JavaScript would sort first (array indexes) never reach this view (fastYaml.ts).
  eachEntry: (value, visit) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) visit(key, record[key], undefined);
    return true;
  },
  items: (value) => (Array.isArray(value) ? value : undefined),
  span: () => undefined,
  hasOffsets: false,
};

/**
 * The view of the events' outline: offsets where the events give them exactly. A reference or definition without
 * them marks the view `inexact`, and the caller reads the tree instead.
 */
function outlineView(): FrontmatterView<OutlineNode> & { inexact: boolean } {
  const view = {
    inexact: false,
    text: (node: OutlineNode) => (node.type === 'scalar' ? node.text : undefined),
    eachEntry: (node: OutlineNode, visit: (key: string, value: OutlineNode, keyNode: unknown) => void) => {
      if (node.type !== 'map') return false;
      for (const entry of node.entries) visit(entry.key, entry.value, entry.keyNode);
      return true;
    },
    items: (node: OutlineNode) => (node.type === 'seq' ? node.items : undefined),
    span: (node: unknown) => {
      const span = (node as OutlineNode).type === 'scalar' ? (node as { span?: [number, number] }).span : undefined;
      if (!span) view.inexact = true;
      return span;
    },
    hasOffsets: true,
  };
  return view;
}

/**
 * Walks the frontmatter along the schema and records every value or key the schema marks as reference or
 * definition. With the tree's view each gets its offsets (plus `offset`, the frontmatter's start); with the data's
 * view none, and `withSpansOnDemand` gives them later.
 */
function collectAnnotated<N>(document: ParsedDocument, schemas: SchemaRegistry, view: FrontmatterView<N>, contents: N, offset: number): void {
  const root = schemas.rootOf(document.kind!);
  if (!root) return;
  const at = (node: unknown): { start: number; end: number } | undefined => {
    const span = view.span(node);
    return span && { start: span[0] + offset, end: span[1] + offset };
  };
  // A child whose schema holds no reference or definition is passed over before its path is made.
  const visitChild = (node: N, schema: { node: SchemaNode; base: string } | undefined, path: PathSegment[], segment: PathSegment) => {
    if (schema && schemas.holdsAnnotations(schema)) visit(node, schema, [...path, segment]);
  };
  const visit = (node: N, schema: { node: SchemaNode; base: string }, path: PathSegment[]) => {
    if (node === null || node === undefined) return;
    const annotation = schema.node;
    const text = view.text(node);
    if (text !== undefined) {
      // A value the schema's own list rejects is reported once, by the schema rule (WK402), not also as a dangling reference.
      const references = annotation['x-ref'] && !(Array.isArray(annotation.enum) && !annotation.enum.includes(text));
      if (!references && !annotation['x-defines']) return;
      const span = at(node);
      if (!span && view.hasOffsets) return;
      if (references) document.references.push({ target: text, targetKind: annotation['x-ref'], path, isKey: false, ...span } as Reference);
      if (annotation['x-defines']) {
        document.definitions.push({ id: text, kind: annotation['x-defines'], path, ...span } as Definition);
      }
      return;
    }
    const keySchema = annotation.propertyNames ? schemas.resolve(annotation.propertyNames, schema.base).node : undefined;
    const isMapping = view.eachEntry(node, (key, value, keyNode) => {
      if (keySchema?.['x-ref']) {
        const span = at(keyNode);
        if (span || !view.hasOffsets) document.references.push({ target: key, targetKind: keySchema['x-ref'], path: [...path, key], isKey: true, ...span } as Reference);
      }
      visitChild(value, schemas.childOf(schema, key), path, key);
    });
    if (isMapping) return;
    view.items(node)?.forEach((item, index) => visitChild(item, schemas.childOf(schema, index), path, index));
  };
  if (schemas.holdsAnnotations(root)) visit(contents, root, []);
}

function scalarString(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The title a document shows (its `title`, else its id); one accessor for features, plans and the handbook. */
export function documentTitle(document: ParsedDocument | undefined): string {
  const title = document?.data?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : (document?.id ?? '');
}

/**
 * Drops the syntax tree; the `yaml` getter parses it again on demand. Places still waiting for their offsets are
 * located first, from the tree at hand, so that reading them later costs no second parse.
 */
export function releaseSyntax(document: ParsedDocument): void {
  settleSpans(document);
  dropSyntax(document);
}

export { withSyntaxOnDemand } from './syntaxOnDemand';

/**
 * Where a finding stands: offsets known now, or a place located when its range is first read (see lazySpans.ts),
 * so that a check whose caller reads only its errors parses no tree for its warnings and notes.
 */
export type Place = readonly [number, number] | LazySpan;

/**
 * The place of the value at `path`, if it exists: its offsets at once when they are known (the id, a reference,
 * a held tree), else a place located on first use — for a document read without its tree whose data has a value
 * there, which the tree then has too (fastYaml.ts).
 */
export function valuePlace(document: ParsedDocument, path: PathSegment[]): Place | undefined {
  return deferredPlace(document, path, false) ?? valueSpan(document, path);
}

/** The place of the key at `path`, if it exists; like `valuePlace`. */
export function keyPlace(document: ParsedDocument, path: PathSegment[]): Place | undefined {
  return deferredPlace(document, path, true) ?? keySpan(document, path);
}

/**
 * The place of the value (or, with `key`, the key) at `path`, located on first use, when the document was read
 * without its tree and its data has the entry (see `deferrable`); else undefined, and the caller asks the tree.
 */
export function deferredPlace(document: ParsedDocument, path: PathSegment[], key: boolean): Place | undefined {
  if (!deferrable(document, path, key)) return undefined;
  // The id's offsets are read without the tree; any other place of such a document waits, a reference's too.
  if (!key && path.length === 1 && path[0] === 'id' && document.idSpan) return document.idSpan;
  return lazyPlace(document, path, key);
}

/**
 * Whether the place at `path` can wait for its offsets: the document was read without its tree, the tree is not
 * held, and the data has an entry there (for a value: one that is not null, since `key:` has no value node).
 */
function deferrable(document: ParsedDocument, path: PathSegment[], key: boolean): boolean {
  if (!document.yamlClean || !document.split.block || hasSyntax(document) || path.length === 0) return false;
  let parent: unknown = document.data;
  for (const segment of path.slice(0, -1)) {
    parent = entryOf(parent, segment).value;
  }
  const entry = entryOf(parent, path[path.length - 1]!);
  return entry.found && (key ? typeof path[path.length - 1] === 'string' : entry.value !== null && entry.value !== undefined);
}

function entryOf(container: unknown, segment: PathSegment): { found: boolean; value?: unknown } {
  if (Array.isArray(container)) return typeof segment === 'number' && segment < container.length ? { found: true, value: container[segment] } : { found: false };
  if (container && typeof container === 'object' && Object.hasOwn(container, segment)) return { found: true, value: (container as Record<string, unknown>)[String(segment)] };
  return { found: false };
}

/** Offsets of the value at `path` in the whole text, if it exists. */
export function valueSpan(document: ParsedDocument, path: PathSegment[]): [number, number] | undefined {
  if (path.length === 1 && path[0] === 'id' && document.idSpan) return document.idSpan;
  // References and definitions keep their spans: finding one there spares a parse of the frontmatter.
  const recorded = document.references.find((r) => !r.isKey && samePath(r.path, path)) ?? document.definitions.find((d) => samePath(d.path, path));
  if (recorded) return [recorded.start, recorded.end];
  // The id of a document read without its tree, which other documents ask for (each report of a duplicate id
  // names its owners): located once from the events and kept. Other places read one by one stay with the tree,
  // which one parse gives for all of them (a lazy place read at once would walk the events once per call).
  if (path.length === 1 && path[0] === 'id' && deferrable(document, path, false)) {
    const place = lazyPlace(document, path, false);
    return (document.idSpan = [place.start, place.end]);
  }
  if (!document.split.block || !document.yaml) return undefined;
  const span = nodeSpan(locate(document.yaml.doc, path)?.value);
  return span && [span[0] + document.split.block.contentStart, span[1] + document.split.block.contentStart];
}

function samePath(a: PathSegment[], b: PathSegment[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

export function keySpan(document: ParsedDocument, path: PathSegment[]): [number, number] | undefined {
  if (!document.split.block || !document.yaml) return undefined;
  const span = nodeSpan(locate(document.yaml.doc, path)?.key);
  return span && [span[0] + document.split.block.contentStart, span[1] + document.split.block.contentStart];
}
