// The places whose offsets a document's findings ask for, as a tree of their paths, for the readers that locate
// them without the syntax tree (the line reading, plainYaml.ts; js-yaml's events, eventSpans.ts): a reader walks
// only into what leads to a wanted place and records the offsets it comes across.
import type { PathSegment } from '../schema/registry';

export interface WantedPlace {
  path: PathSegment[];
  /** The key's offsets, not the value's. */
  key: boolean;
}

export type Span = [number, number];

/** A path that leads to wanted places: those at it (by their index in the wanted list), and the paths below. */
export interface PlaceNode {
  /** The indices in the wanted list of the places that want this path's key, and those that want its value. */
  wantedKeys: number[];
  wantedValues: number[];
  /** Below a mapping's entries, by key; a sequence's items, by index: a key and an index never collide. */
  entries?: Map<string, PlaceNode>;
  items?: Map<number, PlaceNode>;
}

/** The wanted places by path, and the offsets found for them (undefined where none was found). */
export class WantedPlaces {
  readonly spans: (Span | undefined)[];
  readonly root: PlaceNode = placeNode();

  constructor(wanted: readonly WantedPlace[]) {
    this.spans = new Array<Span | undefined>(wanted.length).fill(undefined);
    wanted.forEach((place, index) => {
      let node = this.root;
      for (const segment of place.path) node = below(node, segment, true)!;
      (place.key ? node.wantedKeys : node.wantedValues).push(index);
    });
  }

  recordKey(node: PlaceNode, span: Span | undefined): void {
    for (const index of node.wantedKeys) this.spans[index] = span;
  }

  recordValue(node: PlaceNode, span: Span | undefined): void {
    for (const index of node.wantedValues) this.spans[index] = span;
  }
}

/** The path below `node` by `segment`, if it leads to a wanted place (or, with `create`, made so). */
export function below(node: PlaceNode, segment: PathSegment, create = false): PlaceNode | undefined {
  if (typeof segment === 'number') {
    let child = node.items?.get(segment);
    if (!child && create) (node.items ??= new Map()).set(segment, (child = placeNode()));
    return child;
  }
  let child = node.entries?.get(segment);
  if (!child && create) (node.entries ??= new Map()).set(segment, (child = placeNode()));
  return child;
}

function placeNode(): PlaceNode {
  return { wantedKeys: [], wantedValues: [] };
}
