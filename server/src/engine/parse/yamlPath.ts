// Navigation in a parsed YAML document by data path (the segments of a JSON pointer), returning
// source offsets of keys and values so findings and edits land on the exact text.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PathSegment } from '../schema/registry';

export interface YamlLocation {
  /** The key of the entry (for map entries). */
  key?: Node;
  /** The value at the path (may be null for `key:` with no value). */
  value: Node | null;
  pair?: Pair;
}

export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

export function locate(doc: Document.Parsed, path: PathSegment[]): YamlLocation | undefined {
  return locateWith(doc, path, (map, key) => map.items.find((item) => keyText(item.key) === key));
}

/** Finds the first entry of `map` under `key`. */
type EntryFinder = (map: YAMLMap, key: string) => Pair | undefined;

function locateWith(doc: Document.Parsed, path: PathSegment[], entry: EntryFinder): YamlLocation | undefined {
  let current: YamlLocation = { value: doc.contents as Node | null };
  for (const segment of path) {
    const node = current.value;
    if (isMap(node)) {
      const pair = entry(node, String(segment));
      if (!pair) return undefined;
      current = { key: pair.key as Node, value: (pair.value as Node | null) ?? null, pair };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return undefined;
      current = { value: (isPair(item) ? (item.value as Node) : (item as Node)) ?? null };
    } else return undefined;
  }
  return current;
}

/** Locates paths in one unchanging tree. */
export type Locator = (path: PathSegment[]) => YamlLocation | undefined;

/**
 * `locate` for many lookups in one tree that is not changed meanwhile: each mapping is indexed by its keys the
 * first time it is searched, so a thousand findings in a mapping of a thousand keys cost a thousand steps each
 * way, not a million.
 */
export function locator(doc: Document.Parsed): Locator {
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const entry: EntryFinder = (map, key) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items as Pair[]) {
        const text = keyText(pair.key);
        // The first entry of a key wins, as with `find`.
        if (text !== undefined && !index.has(text)) index.set(text, pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return (path) => locateWith(doc, path, entry);
}

/** Offsets [start, end) of a node's value, without trailing comments. */
export function nodeSpan(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

/** The span to report for a path: the value, or the key when the value is empty; falls back to the nearest ancestor. */
export function spanAt(doc: Document.Parsed, path: PathSegment[], prefer: 'key' | 'value' = 'value', find: Locator = (p) => locate(doc, p)): [number, number] | undefined {
  for (let length = path.length; length >= 0; length--) {
    const location = find(path.slice(0, length));
    if (!location) continue;
    if (prefer === 'key' || length < path.length) {
      const key = nodeSpan(location.key);
      if (key) return key;
    }
    const value = nodeSpan(location.value);
    if (value && value[1] > value[0]) return value;
    const key = nodeSpan(location.key);
    if (key) return key;
    if (value) return value;
  }
  return undefined;
}

/** The entries of a mapping in document order. */
export function pairsOf(map: YAMLMap): Pair[] {
  return map.items as Pair[];
}
