// The line reading of plain frontmatter gives exactly the data the syntax tree gives, or nothing: the real
// toolbox, the bench's documents, each form it leaves to the other readers, and many mutants of all of them.
import { describe, expect, it } from 'vitest';
import { DIVERGENT_FORMS, mutateFrontmatter, placesOf, realFrontmatters, syntheticFrontmatters, treePlaces } from '../testing/frontmatterCorpus';
import { xorshift } from '../testing/random';
import { parseYaml } from './frontmatter';
import type { PathSegment } from '../schema/registry';
import { plainYamlData, plainYamlSpans } from './plainYaml';

/** The tree's reading: its data, when it has no error, warning or limit to report, else undefined. */
function treeData(source: string): unknown {
  const { doc, data, limitError } = parseYaml(source);
  return doc.errors.length || doc.warnings.length || limitError ? undefined : data;
}

const real = realFrontmatters();
const synthetic = syntheticFrontmatters(300, 7);

describe('the line reading of plain frontmatter', () => {
  it('reads the real toolbox’s frontmatters but the questions’ (their folded texts, `>-`, go to js-yaml), with the data the tree gives', () => {
    let read = 0;
    for (const source of real) {
      const data = plainYamlData(source);
      if (!data) continue;
      read++;
      expect({ source, data }).toEqual({ source, data: treeData(source) });
    }
    expect(read / real.length).toBeGreaterThan(0.75);
  });

  it('reads every frontmatter of the bench’s documents, with the data the tree gives', () => {
    for (const source of synthetic) expect({ source, data: plainYamlData(source) }).toEqual({ source, data: treeData(source) });
  });

  it('reads the scalars of the core schema as the tree does', () => {
    const source = [
      'a: 2027-03-12', 'b: 0o17', 'c: 0x1F', 'd: yes', 'e: .5', 'f: 1e3', 'g: +12', 'h: ~', 'i: True', 'j: "1.0"', "k: 'it''s'",
      'l: -3', 'm: 1.50', 'n: 0b101', 'o: 007', 'p: null', 'q:', 'r: FALSE', 's: a # comment', 't: a#b', 'u: https://x.de/a?b=c#d',
      'v: [1, b, "c d", \'e\']', 'w: { status: 3, text: Die Anlaufstelle ist eingerichtet., x: ~ }', 'x: []', 'y: {}', 'z: Kosten [Euro], brutto',
      'aa: "  a  "', 'ab: ""', 'ac: a:b', 'ad: 1.2.3', 'ae: -abc', 'af: Planung & Steuerung', "ag: l'eau", 'ah: „Grüße“ – ok', 'ai: x\u00a0', 'aj: \u00a0y',
    ].join('\n');
    const data = plainYamlData(source);
    expect(data).toEqual(treeData(source));
    expect(data).toMatchObject({ a: '2027-03-12', b: 15, c: 31, d: 'yes', e: 0.5, f: 1000, g: 12, h: null, i: true, j: '1.0', k: "it's", l: -3, m: 1.5, n: '0b101', o: 7, q: null, s: 'a', t: 'a#b', v: [1, 'b', 'c d', 'e'], x: [], y: {}, aa: '  a  ' });
  });

  it('reads nested mappings and lists, a list at its key’s indentation, and mappings in lists', () => {
    const source = 'kind: plan\nagency:\n  name: A\n  contact:\n    role: Leitung\nmeasures:\n- instrument: x\n  updates:\n    - date: 2026-01-02\n      status: begonnen\n  owner: B\n-   instrument: y\nempty:\n  -\n  - ""\n# Kommentar\ntail: 1 # Ende\n';
    expect(plainYamlData(source)).toEqual(treeData(source));
    expect(plainYamlData(source)).toMatchObject({ measures: [{ instrument: 'x', updates: [{ status: 'begonnen' }], owner: 'B' }, { instrument: 'y' }], empty: [null, ''] });
  });

  it.each([
    ['a tag', 'a: !!str 3\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a value continued on the next line', 'a: eins\n  zwei\n'],
    ['a list item continued on the next line', 'a:\n  - eins\n    zwei\n'],
    ['a quoted text over two lines', 'a: "eins\n  zwei"\n'],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['text after a closing quote', 'a: "x"y\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key with a blank before its colon', 'a : 1\n'],
    ['a number key', '1: a\n'],
    ['a truth-value key', 'true: a\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a nested flow collection', 'a: [1, [2]]\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a tab', 'a:\t1\n'],
    ['a carriage return inside a line', 'a: x\ry\n'],
    ['a carriage return at the end', 'a: x\r'],
    ['a comment in the first column before an indented line', 'a:\n# x\n  b: 1\n'],
    ['a document marker', 'a: 1\n---\nb: 2\n'],
    ['infinity', 'a: .inf\n'],
    ['a number beyond the safe integers', 'a: 12345678901234567890\n'],
    ['negative zero', 'a: -0\n'],
    ['a list at the top', '- a\n'],
    ['an indented first line', '  a: 1\n'],
    ['an empty frontmatter', ''],
    ['a list item in a value', 'a: - b\n'],
    ['a list in a list on one line', 'a:\n  - - b\n'],
    ['a mapping and a list at one indentation', 'a:\n  b: 1\n  - c\n'],
    ['a line between two indentations', 'a:\n    b: 1\n  c: 2\n'],
    ...DIVERGENT_FORMS,
  ])('leaves %s to the other readers', (_what, source) => {
    expect(plainYamlData(source)).toBeUndefined();
  });

  it('never gives data the tree does not give (40,000 mutants of the real and the bench’s frontmatters)', () => {
    const random = xorshift(20261207);
    const corpus = [...real, ...synthetic.slice(0, 60)];
    const inserts = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", "''", '\n', '\t', '[', ']', '{', '}', ',', ', ', '&a ', '*a', '!', '|', '>', '? ', '%', '@', '`', '\\', '\u00a0', '\r', '\r\n', '\n  ', '\n- ', '\n-', '0x', '0o', '.inf', '-.5', '+1', '1e3', '-0', '~', 'null', 'true', 'True', '1e400', '\ufeff', '---', '...', '\u2028', '\u0085', '\u0000', 'a: b: c', '{a: 1}', '[a, b]', '{}', '[]', 'x:', '__proto__: 1'];
    let plain = 0;
    for (let i = 0; i < 40000; i++) {
      let source = corpus[random(corpus.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) source = mutateFrontmatter(source, random, inserts);
      const data = plainYamlData(source);
      if (!data) continue;
      plain++;
      expect({ source, data }).toEqual({ source, data: treeData(source) });
    }
    // Many mutants stay plain: the comparison covers the reading, not only its declines.
    expect(plain).toBeGreaterThan(10000);
  });
});

/**
 * The line reading's offsets of every key and value of `source`, against the tree's: the same range for every
 * scalar with a character, none for anything else. Returns how many places it located (0 if it declined `source`).
 */
function compareSpans(source: string): number {
  const data = plainYamlData(source);
  const places = placesOf(data);
  const spans = plainYamlSpans(source, places);
  if (!data || !spans) {
    expect({ source, spans }).toEqual({ source, spans: undefined });
    return 0;
  }
  const tree = treePlaces(source, places);
  let located = 0;
  places.forEach((place, index) => {
    const expected = tree[index]!.nonEmptyScalar ? tree[index]!.span : undefined;
    expect({ source, place, span: spans[index] }).toEqual({ source, place, span: expected });
    if (expected) located++;
  });
  return located;
}

describe('the offsets of the line reading', () => {
  it('are the tree’s for every key and scalar of the real toolbox and the bench’s documents', () => {
    let located = 0;
    for (const source of [...real, ...synthetic]) located += compareSpans(source);
    expect(located).toBeGreaterThan(5000);
  });

  it.each([
    ['a plain value with a comment', 'a: b   # c\n', ['a'], false, [3, 4]],
    ['a double-quoted value', 'a:  "x y"\n', ['a'], false, [4, 9]],
    ['a single-quoted value', "a: 'it''s'\n", ['a'], false, [3, 10]],
    ['a key', 'a: 1\nbc: 2\n', ['bc'], true, [5, 7]],
    ['an item of a flow list', 'a: [x, "y"]\n', ['a', 1], false, [7, 10]],
    ['a key and a value of a flow mapping', 'a: { s: 3, t: ok }\n', ['a', 't'], false, [14, 16]],
    ['a value in a list of mappings', 'm:\n  - i: x\n    d: 2027-01\n', ['m', 0, 'd'], false, [19, 26]],
    ['an item of a block list at its key’s indentation', 'm:\n- a\n-   b\n', ['m', 1], false, [11, 12]],
    ['a value after CRLF lines', 'a: 1\r\nb:\r\n  c: x\r\n', ['b', 'c'], false, [15, 16]],
  ])('gives %s', (_what, source, path, key, span) => {
    expect(plainYamlSpans(source, [{ path: path as PathSegment[], key }])).toEqual([span]);
    compareSpans(source);
  });

  it.each([
    ['an empty value', 'a:\nb: 1\n', ['a']],
    ['a collection', 'a: [1]\n', ['a']],
    ['a path that is not there', 'a: 1\n', ['b']],
    ['an index past the end', 'a: [1]\n', ['a', 1]],
    ['a path through a scalar', 'a: 1\n', ['a', 'b']],
  ])('has none for %s', (_what, source, path) => {
    expect(plainYamlSpans(source, [{ path: path as PathSegment[], key: false }])).toEqual([undefined]);
  });

  it('declines what the reading of the data declines', () => {
    expect(plainYamlSpans('a: |\n  x\n', [{ path: ['a'], key: false }])).toBeUndefined();
  });

  it('never gives another offset than the tree (20,000 mutants of the real and the bench’s frontmatters)', () => {
    const random = xorshift(20261208);
    const corpus = [...real, ...synthetic.slice(0, 60)];
    const inserts = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", "''", '\n', '[', ']', '{', '}', ',', ', ', '\n  ', '\n- ', '~', 'a: b', '{a: 1}', '[a, b]', '{}', '[]', 'x:', '\r\n'];
    let located = 0;
    for (let i = 0; i < 20000; i++) {
      let source = corpus[random(corpus.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) source = mutateFrontmatter(source, random, inserts);
      if (compareSpans(source) > 0) located++;
    }
    expect(located).toBeGreaterThan(5000);
  });
});
