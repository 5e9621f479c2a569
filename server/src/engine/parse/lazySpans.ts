// Offsets in a document read without its syntax tree (parse/fastYaml.ts): of its references and definitions, and of
// the values and keys its findings stand on. Each asks for a place by its path; the first time one place's offsets
// are read, every place still waiting in that document is located at once — which for a document without findings,
// or a check whose caller reads only the errors, is never. They come from the line reading of a plain frontmatter
// (plainYaml.ts), else from js-yaml's events (eventSpans.ts), and from one parse of the tree only when neither gives
// one of them.
// Each item keeps a pointer to its document's spans under symbol keys: a copy to another thread (structured clone)
// takes only the item's own fields, and the receiving thread wraps them again (`withSpansOnDemand`).
import type { Node } from 'yaml';
import type { PathSegment } from '../schema/registry';
import type { Definition, ParsedDocument, Reference } from './document';
import { scalarSpansFromEvents } from './eventSpans';
import { fastReadable } from './fastYaml';
import { plainYamlSpans } from './plainYaml';
import { hasSyntax, withSyntax } from './syntaxOnDemand';
import type { Span, WantedPlace } from './wantedPlaces';
import { locator, nodeSpan } from './yamlPath';

const SPANS = Symbol('spans');
const INDEX = Symbol('index');

/** The offsets of one document's places, located in batches: all that wait when one is read, from one tree. */
class DocumentSpans {
  private readonly wanted: WantedPlace[] = [];
  private readonly spans: [number, number][] = [];

  constructor(private readonly document: ParsedDocument) {}

  add(wanted: WantedPlace): number {
    this.wanted.push(wanted);
    return this.wanted.length - 1;
  }

  of(index: number): [number, number] {
    if (index >= this.spans.length) this.locateWaiting();
    return this.spans[index]!;
  }

  /** Locates the waiting places if the tree is held now, when it costs no parse (before the tree is dropped). */
  settle(): void {
    if (this.spans.length < this.wanted.length && hasSyntax(this.document)) this.locateWaiting();
  }

  private locateWaiting(): void {
    const block = this.document.split.block;
    if (block && this.document.yamlClean && !hasSyntax(this.document)) {
      const waiting = this.wanted.slice(this.spans.length);
      const spans = spansWithoutTree(block.source, waiting);
      if (spans?.every((span) => span !== undefined)) {
        for (const span of spans) this.spans.push([block.contentStart + span![0], block.contentStart + span![1]]);
        return;
      }
    }
    withSyntax(this.document, (tree) => {
      const find = tree && locator(tree.doc);
      for (let i = this.spans.length; i < this.wanted.length; i++) {
        const { path, key } = this.wanted[i]!;
        const location = find?.(path);
        const span = nodeSpan((key ? location?.key : location?.value) as Node | null | undefined);
        this.spans.push(span && block ? [block.contentStart + span[0], block.contentStart + span[1]] : [0, 0]);
      }
    });
  }
}

/**
 * The places' offsets from the line reading when the frontmatter is plain, else from js-yaml's events, which are
 * known to agree with the tree only where js-yaml's reading is trusted (fastReadable). Undefined where neither reads it.
 */
function spansWithoutTree(source: string, wanted: readonly WantedPlace[]): (Span | undefined)[] | undefined {
  return plainYamlSpans(source, wanted) ?? (fastReadable(source) ? scalarSpansFromEvents(source, wanted) : undefined);
}

/** A document's places, on the document itself; not enumerable, so no copy to another thread takes it. */
const PLACES = Symbol('places');

type PlacesHolder = ParsedDocument & { [PLACES]?: DocumentSpans };

// On the document rather than in a WeakMap: with a WeakMap whose value refers to its key, every document survived
// the young generation's collections and lived until the next full one (measured: 9,000 documents analysed in one
// thread promoted 174 MB, with this and the shared accessors of syntaxOnDemand.ts 21 MB).
function spansOf(document: ParsedDocument): DocumentSpans {
  const holder = document as PlacesHolder;
  let spans = holder[PLACES];
  if (!spans) Object.defineProperty(holder, PLACES, { enumerable: false, configurable: true, writable: true, value: (spans = new DocumentSpans(document)) });
  return spans;
}

/** A place whose offsets are located when first read. */
export class LazySpan {
  readonly [SPANS]: DocumentSpans;
  readonly [INDEX]: number;

  constructor(document: ParsedDocument, path: PathSegment[], key: boolean) {
    this[SPANS] = spansOf(document);
    this[INDEX] = this[SPANS].add({ path, key });
  }

  get start(): number {
    return this[SPANS].of(this[INDEX])[0];
  }

  get end(): number {
    return this[SPANS].of(this[INDEX])[1];
  }
}

class LazyReference extends LazySpan implements Reference {
  constructor(document: ParsedDocument, readonly target: string, readonly targetKind: string, readonly path: PathSegment[], readonly isKey: boolean) {
    super(document, path, isKey);
  }
}

class LazyDefinition extends LazySpan implements Definition {
  constructor(document: ParsedDocument, readonly id: string, readonly kind: string, readonly path: PathSegment[]) {
    super(document, path, false);
  }
}

/** The place of the value (or, with `key`, of the key) at `path`, located when first read. */
export function lazyPlace(document: ParsedDocument, path: PathSegment[], key: boolean): LazySpan {
  return new LazySpan(document, path, key);
}

/** Locates the document's waiting places while its tree is held; called before the tree is dropped. */
export function settleSpans(document: ParsedDocument): void {
  (document as PlacesHolder)[PLACES]?.settle();
}

/** A reference of `document` whose offsets are located when first read. */
export function lazyReference(document: ParsedDocument, target: string, targetKind: string, path: PathSegment[], isKey: boolean): Reference {
  return new LazyReference(document, target, targetKind, path, isKey);
}

/** Whether an item's offsets are located on demand (reading them may locate them now). */
export function isPlacedOnDemand(item: Reference | Definition): boolean {
  return item instanceof LazySpan;
}

/** Whether an item has its offsets already (read from the tree) or gets them on demand. */
function hasSpan(item: Reference | Definition): boolean {
  return isPlacedOnDemand(item) || typeof (item as { start?: unknown }).start === 'number';
}

/**
 * Gives the references and definitions without offsets (read without the tree, or copied from another thread)
 * offsets on demand. Items that have theirs stay as they are.
 */
export function withSpansOnDemand(document: ParsedDocument): void {
  document.references = document.references.map((r) => (hasSpan(r) ? r : new LazyReference(document, r.target, r.targetKind, r.path, r.isKey)));
  document.definitions = document.definitions.map((d) => (hasSpan(d) ? d : new LazyDefinition(document, d.id, d.kind, d.path)));
}
