// One document, parsed once: frontmatter (YAML with ranges), body (headings, sections, links; see markdown.ts), and the typed references
// and definitions that the schemas' annotations (`x-ref`, `x-defines`) declare.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { PathSegment, SchemaRegistry } from '../schema/registry';
import { parseYaml, splitFrontmatter, type ParsedYaml, type SplitResult } from './frontmatter';
import { parseBody, type ParsedBody } from './markdown';
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
  const yaml = parseYaml(split.block.source);
  withSyntaxOnDemand(document, yaml);
  if (yaml.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data)) {
    document.data = yaml.data as Record<string, unknown>;
  }
  // Read kind and id from the syntax tree, so a document with a YAML error elsewhere still has them.
  document.kind = scalarString(locate(yaml.doc, ['kind'])?.value);
  const idNode = locate(yaml.doc, ['id'])?.value;
  document.id = scalarString(idNode);
  const idRange = nodeSpan(idNode);
  if (idRange) document.idSpan = [idRange[0] + split.block.contentStart, idRange[1] + split.block.contentStart];
  if (document.kind && isMap(yaml.doc.contents)) collectAnnotated(document, schemas, split.block.contentStart);
  return document;
}

/** Walks the YAML tree along the schema and records every value or key the schema marks as reference or definition. */
function collectAnnotated(document: ParsedDocument, schemas: SchemaRegistry, offset: number): void {
  const root = schemas.rootOf(document.kind!);
  if (!root) return;
  const visit = (node: Node | null, schema: { node: import('../schema/registry').SchemaNode; base: string }, path: PathSegment[]) => {
    if (!node) return;
    const annotation = schema.node;
    if (isScalar(node) && typeof node.value === 'string') {
      const span = nodeSpan(node);
      if (!span) return;
      // A value the schema's own list rejects is reported once, by the schema rule (WK402), not also as a dangling reference.
      if (annotation['x-ref'] && !(Array.isArray(annotation.enum) && !annotation.enum.includes(node.value))) {
        document.references.push({ target: node.value, targetKind: annotation['x-ref'], path, isKey: false, start: span[0] + offset, end: span[1] + offset });
      }
      if (annotation['x-defines']) {
        document.definitions.push({ id: node.value, kind: annotation['x-defines'], path, start: span[0] + offset, end: span[1] + offset });
      }
      return;
    }
    if (isMap(node)) {
      const keySchema = annotation.propertyNames ? schemas.resolve(annotation.propertyNames, schema.base).node : undefined;
      for (const pair of node.items as Pair<Node, Node | null>[]) {
        const key = keyText(pair.key);
        if (key === undefined) continue;
        if (keySchema?.['x-ref']) {
          const span = nodeSpan(pair.key);
          if (span) document.references.push({ target: key, targetKind: keySchema['x-ref'], path: [...path, key], isKey: true, start: span[0] + offset, end: span[1] + offset });
        }
        const child = schemas.childOf(schema, key);
        if (child) visit(pair.value, child, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = schemas.childOf(schema, index);
        if (child) visit(item as Node, child, [...path, index]);
      });
    }
  };
  visit(document.yaml!.doc.contents as Node, root, []);
}

function scalarString(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * Gives a document its `yaml` property: the tree at hand, parsed again from the frontmatter once released (also
 * for a document rebuilt from what crossed from a worker thread).
 */
export function withSyntaxOnDemand(document: ParsedDocument, initial?: ParsedYaml): void {
  const block = document.split.block;
  if (!block) return;
  let tree = initial;
  Object.defineProperty(document, 'yaml', {
    enumerable: false,
    configurable: true,
    get: () => (tree ??= parseYaml(block.source)),
    set: (value: ParsedYaml | undefined) => {
      tree = value;
    },
  });
}

/** The title a document shows (its `title`, else its id); one accessor for features, plans and the handbook. */
export function documentTitle(document: ParsedDocument | undefined): string {
  const title = document?.data?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : (document?.id ?? '');
}

/** Drops the syntax tree; the `yaml` getter parses it again on demand. */
export function releaseSyntax(document: ParsedDocument): void {
  if (document.split.block) document.yaml = undefined;
}

/** Offsets of the value at `path` in the whole text, if it exists. */
export function valueSpan(document: ParsedDocument, path: PathSegment[]): [number, number] | undefined {
  if (path.length === 1 && path[0] === 'id' && document.idSpan) return document.idSpan;
  // References and definitions keep their spans: finding one there spares a parse of the frontmatter.
  const recorded = document.references.find((r) => !r.isKey && samePath(r.path, path)) ?? document.definitions.find((d) => samePath(d.path, path));
  if (recorded) return [recorded.start, recorded.end];
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
