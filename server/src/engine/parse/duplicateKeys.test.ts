// The events' reading of a frontmatter with duplicate keys is the tree's: the same duplicates at the same offsets,
// the same entries and string values, offsets equal to the tree's wherever the events give them — on the real
// toolbox's frontmatters with lines given twice, and mutated further — and each form the events may read otherwise
// is left to the tree.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIVERGENT_FORMS, realFrontmatters, syntheticFrontmatters } from '../testing/frontmatterCorpus';
import { xorshift } from '../testing/random';
import { readDuplicateKeysOnly, type OutlineNode } from './duplicateKeys';
import { DuplicateKeyError, parseYaml } from './frontmatter';
import { keyText, nodeSpan } from './yamlPath';

const real = realFrontmatters();
const synthetic = syntheticFrontmatters(200, 11);

/** The tree's reading as the outline describes it, with its duplicates, when the tree's only errors are duplicates. */
function treeReading(source: string) {
  const { doc, limitError } = parseYaml(source);
  if (limitError || doc.warnings.length || doc.errors.some((error) => !(error instanceof DuplicateKeyError))) return undefined;
  const duplicates = (doc.errors as DuplicateKeyError[]).map((error) => ({ start: error.pos[0], end: error.pos[1], firstStart: error.firstPos }));
  return { duplicates, root: doc.contents as Node | null };
}

/** Compares an outline node with the tree's node; counts the spans the outline gives and the scalars it could. */
function sameNode(outline: OutlineNode, node: unknown, counts: { given: number; scalars: number }, where: string): void {
  if (outline.type === 'scalar') {
    // An entry without a value (`{ a }`) has no node in the tree; the events give an empty scalar: no text, no offsets.
    if (node === null || node === undefined) {
      expect({ text: outline.text, span: outline.span }, where).toEqual({ text: undefined, span: undefined });
      return;
    }
    expect(isScalar(node), where).toBe(true);
    const value = isScalar(node) ? node.value : undefined;
    expect(outline.text, where).toBe(typeof value === 'string' ? value : undefined);
    counts.scalars++;
    if (outline.span) {
      counts.given++;
      expect(outline.span, where).toEqual(nodeSpan(node as Node));
    }
  } else if (outline.type === 'map') {
    expect(isMap(node), where).toBe(true);
    const pairs = isMap(node) ? (node.items as Pair[]) : [];
    expect(outline.entries.map((entry) => entry.key), where).toEqual(pairs.map((pair) => keyText(pair.key)));
    outline.entries.forEach((entry, i) => {
      sameNode(entry.keyNode, pairs[i]!.key, counts, `${where}.${entry.key} (key)`);
      sameNode(entry.value, pairs[i]!.value, counts, `${where}.${entry.key}`);
    });
  } else {
    expect(isSeq(node), where).toBe(true);
    const items = isSeq(node) ? node.items : [];
    expect(outline.items.length, where).toBe(items.length);
    outline.items.forEach((item, i) => sameNode(item, items[i], counts, `${where}[${i}]`));
  }
}

/** The lines of `source` with line `from` given again before line `to`. */
function withLineRepeated(source: string, from: number, to: number): string {
  const lines = source.split('\n');
  lines.splice(to, 0, lines[from]!);
  return lines.join('\n');
}

function mutate(source: string, random: (n: number) => number): string {
  const inserts = [' ', '  ', '-', '- ', ':', ': ', '#', '"', "'", '\n', '\t', '[', ']', '{', '}', ',', '&a ', '*a', '!', '|', '>', '? ', '@', '\\', '\r', '\n  ', '\n- ', '~', 'null', '1e400', '"\\x41"', '1: x\n', '~: x\n', 'true: x\n', '"1": x\n', '{a: 1, a: 2}', '[a, a]'];
  const at = random(source.length + 1);
  switch (random(3)) {
    case 0:
      return source.slice(0, at) + inserts[random(inserts.length)]! + source.slice(at);
    case 1:
      return source.slice(0, at) + source.slice(at + 1 + random(3));
    default: {
      const lines = source.split('\n').length;
      return withLineRepeated(source, random(lines), random(lines));
    }
  }
}

describe('reading a frontmatter with duplicate keys from the events', () => {
  it('gives the duplicates, entries, values and offsets the tree gives (mutants of the real and the synthetic frontmatters)', () => {
    const random = xorshift(20261207);
    const sources = [...real, ...synthetic];
    let read = 0;
    let withDuplicates = 0;
    const counts = { given: 0, scalars: 0 };
    for (let i = 0; i < 4000; i++) {
      let source = sources[random(sources.length)]!;
      const lines = source.split('\n').length;
      // First a line given twice (a duplicate key at top level, or inside a list item or a mapping), then maybe more.
      source = withLineRepeated(source, random(lines), random(lines));
      for (let edits = random(3); edits > 0; edits--) source = mutate(source, random);
      const tree = treeReading(source);
      if (tree && tree.duplicates.length > 0) withDuplicates++;
      const events = readDuplicateKeysOnly(source);
      if (!events) continue;
      read++;
      expect(tree, source).toBeDefined();
      expect(events.duplicates, source).toEqual(tree!.duplicates);
      sameNode(events.root, tree!.root, counts, source);
    }
    // Most frontmatters whose only fault is a duplicate are read from the events (1,746 of 1,770 when written),
    // and the events give the offsets of nearly every scalar.
    expect(read).toBeGreaterThan(withDuplicates * 0.95);
    expect(read).toBeGreaterThan(1500);
    expect(counts.given).toBeGreaterThan(counts.scalars * 0.9);
  });

  it('reads the duplicates of the bench’s pathological input in document order, nested ones after their mapping’s', () => {
    const source = 'a: 1\nb:\n  c: x\n  c: "y"\na: 2\n\'b\': 3\n';
    expect(readDuplicateKeysOnly(source)?.duplicates).toEqual([
      { start: 17, end: 18, firstStart: 10 },
      { start: 24, end: 25, firstStart: 0 },
      { start: 29, end: 32, firstStart: 5 },
    ]);
    expect(treeReading(source)?.duplicates).toEqual(readDuplicateKeysOnly(source)?.duplicates);
  });

  it.each([
    ['no duplicate', 'a: 1\nb: 2\n'],
    ['a number key given twice, which the tree compares by its value', '1: a\n01: b\n'],
    ['a key written null', 'null: 1\nnull: 2\n'],
    ['a boolean key', 'true: 1\ntrue: 2\n'],
    ['a collection as key', '[a]: 1\n[a]: 2\n'],
    ['an anchor', 'a: &x 1\na: 2\n'],
    ['an explicit key', '? a\n: 1\na: 2\n'],
    ['another syntax error', 'a: 1\na: [2\n'],
    ['a list, not a mapping', '- a: 1\n  a: 2\n'],
    ['a tag', 'a: !!str 1\na: 2\n'],
    ...DIVERGENT_FORMS.map(([what, source]): [string, string] => [`${what}, with a duplicate key`, `${source}a: 1\na: 2\n`]),
  ])('leaves %s to the tree', (_what, source) => {
    expect(readDuplicateKeysOnly(source)).toBeUndefined();
  });
});
