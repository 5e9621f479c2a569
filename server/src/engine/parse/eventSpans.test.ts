// The events' offsets are the tree's: for every key and value of every frontmatter the fast reader accepts — the
// real toolbox's, the bench's synthetic documents and mutants of both — a span the events give equals the range the
// tree gives, and the events give one for nearly every scalar (otherwise the tree would be asked after all).
import type { Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placesOf, realFrontmatters, syntheticFrontmatters } from '../testing/frontmatterCorpus';
import { xorshift } from '../testing/random';
import type { PathSegment } from '../schema/registry';
import { scalarSpansFromEvents } from './eventSpans';
import { readYamlData } from './fastYaml';
import { parseYaml } from './frontmatter';
import { locator, nodeSpan } from './yamlPath';

const real = realFrontmatters();
const synthetic = syntheticFrontmatters(300, 7);

/** Compares the events' spans with the tree's for every place of `source`; returns how many the events gave. */
function compare(source: string): { given: number; scalars: number } {
  const read = readYamlData(source);
  if (!read) return { given: 0, scalars: 0 };
  const places = placesOf(read.data);
  const fromEvents = scalarSpansFromEvents(source, places);
  const find = locator(parseYaml(source).doc);
  let given = 0;
  let scalars = 0;
  places.forEach((place, index) => {
    const location = find(place.path);
    const node = (place.key ? location?.key : location?.value) as Node | null | undefined;
    const treeSpan = nodeSpan(node);
    if (node && 'value' in node && (node.value === null || typeof node.value !== 'object')) scalars++;
    if (fromEvents[index] === undefined) return;
    given++;
    expect({ source, path: place.path, key: place.key, span: fromEvents[index] }).toEqual({ source, path: place.path, key: place.key, span: treeSpan });
  });
  return { given, scalars };
}

describe('offsets from the event stream', () => {
  it('equal the tree’s ranges for every key and value of the real toolbox and the bench’s documents', () => {
    let given = 0;
    let scalars = 0;
    for (const source of [...real, ...synthetic]) {
      const counts = compare(source);
      given += counts.given;
      scalars += counts.scalars;
    }
    expect(scalars).toBeGreaterThan(5000);
    // Only block scalars and empty values are left to the tree.
    expect(given / scalars).toBeGreaterThan(0.95);
  });

  it.each([
    ['a plain value with a comment', 'a: b # c\n', ['a'], [3, 4]],
    ['a double-quoted value', 'a: "x \\" y"\n', ['a'], [3, 11]],
    ['a single-quoted value', "a: 'it''s'\n", ['a'], [3, 10]],
    ['a plain value over two lines', 'a: one\n  two\n', ['a'], [3, 12]],
    ['an item of a flow list', 'a: [x, "y"]\n', ['a', 1], [7, 10]],
    ['a value in a list of mappings', 'm:\n  - i: x\n    d: 2027-01\n', ['m', 0, 'd'], [19, 26]],
  ])('gives %s', (_what, source, path, span) => {
    expect(scalarSpansFromEvents(source, [{ path: path as PathSegment[], key: false }])).toEqual([span]);
    compare(source);
  });

  it.each([
    ['a block scalar', 'a: |\n  x\n', ['a']],
    ['an empty value', 'a:\nb: 1\n', ['a']],
    ['a collection', 'a: [1]\n', ['a']],
    ['a path that is not there', 'a: 1\n', ['b']],
    ['an index past the end', 'a: [1]\n', ['a', 1]],
  ])('leaves %s to the tree', (_what, source, path) => {
    expect(scalarSpansFromEvents(source, [{ path: path as PathSegment[], key: false }])).toEqual([undefined]);
  });

  it('finds a key’s offsets, also of a key with a dot or a hash in it', () => {
    const source = 'a.b: 1\n"#0": 2\nc:\n  d: 3\n';
    expect(scalarSpansFromEvents(source, [{ path: ['a.b'], key: true }, { path: ['#0'], key: true }, { path: ['c', 'd'], key: true }, { path: ['a', 'b'], key: false }])).toEqual([[0, 3], [7, 11], [20, 21], undefined]);
  });

  it('never gives another offset than the tree on 3,000 mutants of the real and the synthetic frontmatters', () => {
    const random = xorshift(20261206);
    const sources = [...real, ...synthetic];
    const inserts = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '\n', '\t', '[', ']', '{', '}', ',', '|', '>', '? ', '\n  ', '\n- ', '"\\"', "''", '\\', '\u00a0', 'a: b', '{a: 1}', '[a, b]', '"a\nb"', '\n  x'];
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      let source = sources[random(sources.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(source.length + 1);
        source = random(2) ? source.slice(0, at) + inserts[random(inserts.length)]! + source.slice(at) : source.slice(0, at) + source.slice(at + 1 + random(3));
      }
      if (compare(source).given > 0) checked++;
    }
    expect(checked).toBeGreaterThan(800);
  });
});
