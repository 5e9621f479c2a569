// Offsets of the references and definitions of a document read without its syntax tree (parse/fastYaml.ts): located
// all at once, by their paths, the first time one is asked for — which for a document without findings is never.
// Each item keeps a pointer to its document's spans under symbol keys: a copy to another thread (structured clone)
// takes only the item's own fields, and the receiving thread wraps them again (`withSpansOnDemand`).
import type { Node } from 'yaml';
import type { PathSegment } from '../schema/registry';
import type { Definition, ParsedDocument, Reference } from './document';
import { locator, nodeSpan } from './yamlPath';

const SPANS = Symbol('spans');
const INDEX = Symbol('index');


/** The offsets of one document's pending items, from one parse of its tree. */
class DocumentSpans {
  private spans?: [number, number][];

  constructor(private readonly document: ParsedDocument, private readonly items: (LazyReference | LazyDefinition)[]) {}

  of(index: number): [number, number] {
    this.spans ??= this.locate();
    return this.spans[index]!;
  }

  private locate(): [number, number][] {
    const block = this.document.split.block;
    const tree = this.document.yaml;
    if (!block || !tree) return this.items.map(() => [0, 0]);
    const find = locator(tree.doc);
    return this.items.map((item) => {
      const location = find(item.path);
      const span = nodeSpan((item instanceof LazyReference && item.isKey ? location?.key : location?.value) as Node | null | undefined) ?? [0, 0];
      return [block.contentStart + span[0], block.contentStart + span[1]];
    });
  }
}

class LazyReference implements Reference {
  readonly [SPANS]: DocumentSpans;
  readonly [INDEX]: number;

  constructor(readonly target: string, readonly targetKind: string, readonly path: PathSegment[], readonly isKey: boolean, spans: DocumentSpans, index: number) {
    this[SPANS] = spans;
    this[INDEX] = index;
  }

  get start(): number {
    return this[SPANS].of(this[INDEX])[0];
  }

  get end(): number {
    return this[SPANS].of(this[INDEX])[1];
  }
}

class LazyDefinition implements Definition {
  readonly [SPANS]: DocumentSpans;
  readonly [INDEX]: number;

  constructor(readonly id: string, readonly kind: string, readonly path: PathSegment[], spans: DocumentSpans, index: number) {
    this[SPANS] = spans;
    this[INDEX] = index;
  }

  get start(): number {
    return this[SPANS].of(this[INDEX])[0];
  }

  get end(): number {
    return this[SPANS].of(this[INDEX])[1];
  }
}

/** Whether an item has its offsets already (read from the tree) or gets them on demand. */
function hasSpan(item: Reference | Definition): boolean {
  return item instanceof LazyReference || item instanceof LazyDefinition || typeof (item as { start?: unknown }).start === 'number';
}

/**
 * Gives the references and definitions without offsets (read without the tree, or copied from another thread)
 * offsets on demand. Items that have theirs stay as they are.
 */
export function withSpansOnDemand(document: ParsedDocument): void {
  const pending: (LazyReference | LazyDefinition)[] = [];
  const spans = new DocumentSpans(document, pending);
  const wait = <T extends LazyReference | LazyDefinition>(item: T): T => {
    pending.push(item);
    return item;
  };
  document.references = document.references.map((r) => (hasSpan(r) ? r : wait(new LazyReference(r.target, r.targetKind, r.path, r.isKey, spans, pending.length))));
  document.definitions = document.definitions.map((d) => (hasSpan(d) ? d : wait(new LazyDefinition(d.id, d.kind, d.path, spans, pending.length))));
}
