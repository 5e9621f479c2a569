// The fast reader answers only where it gives exactly what the syntax tree gives: each screened-out form, and a
// differential run over mutants of the real toolbox's frontmatters against `parseYaml` (the tree's reading).
import { describe, expect, it } from 'vitest';
import { DIVERGENT_FORMS, mutateFrontmatter, realFrontmatters } from '../testing/frontmatterCorpus';
import { xorshift } from '../testing/random';
import { jsYamlData, readYamlData } from './fastYaml';
import { parseYaml } from './frontmatter';

const frontmatters = realFrontmatters();

/** The tree's reading: its data, when it has no error, warning or limit to report, else undefined. */
function treeData(source: string): unknown {
  const { doc, data, limitError } = parseYaml(source);
  return doc.errors.length || doc.warnings.length || limitError ? undefined : data;
}

describe('the fast frontmatter reader', () => {
  it('reads every frontmatter of the real toolbox, with the data the tree gives', () => {
    expect(frontmatters.length).toBeGreaterThan(100);
    for (const source of frontmatters) {
      expect(readYamlData(source)?.data).toEqual(treeData(source));
      // js-yaml's reading on its own too: most of these the line reading (plainYaml.ts) takes first.
      expect(jsYamlData(source)?.data).toEqual(treeData(source));
    }
  });

  it('reads the scalar forms of the core schema as the tree does', () => {
    const source = 'a: 2027-03-12\nb: 0o17\nc: 0x1F\nd: yes\ne: .5\nf: 1e3\ng: +12\nh: ~\ni: True\nj: "1.0"\nk: \'it\'\'s\'\nl: |\n  x\n  y\nm: >-\n  x\n  y\nn: [1, {o: p}]\n"__proto__": 1\n';
    expect(readYamlData(source)?.data).toEqual(treeData(source));
    expect(readYamlData(source)?.data).toMatchObject({ a: '2027-03-12', b: 15, c: 31, d: 'yes', e: 0.5, f: 1000, g: 12, h: null, i: true, j: '1.0', k: "it's", l: 'x\ny\n', m: 'x y' });
  });

  // Each form where js-yaml's reading and the tree's differ (found by the differential run below) is left to the tree.
  it.each([
    ['a tag the tree does not resolve', 'a: !!float 3\n'],
    ['a custom tag', 'a: !eigen x\n'],
    ['an anchor whose name ends in a colon', 'sources:\n  - { &title: x }\n'],
    ['an alias', 'a: &x [1]\nb: *x\n'],
    ['a line that starts with an explicit value', 'title: x\n: summary: y\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a carriage return inside a line', 'title: x\ry\n'],
    ['a key written null', 'null: 1\n'],
    ['a key written ~', 'sites:\n  - ~: kiel\n'],
    ['an integer key, which JavaScript would sort first', 'b: 1\n1: a\n'],
    ['a number beyond the range of doubles', 'year: 1e400\n'],
    ['a list, not a mapping', '- a\n- b\n'],
    ['an empty frontmatter', ''],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ...DIVERGENT_FORMS,
  ])('leaves %s to the tree', (_what, source) => {
    expect(readYamlData(source)).toBeUndefined();
  });

  it('never gives data where the tree reports a problem or other data (3,000 mutants of the real frontmatters)', () => {
    const random = xorshift(20261204);
    const inserts = [' ', '  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '\n', '\t', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!str ', '|', '>', '? ', '%', '@', '`', '\\', '\u00a0', '\r', '\n  ', '\n- ', '0x', '0o', '.inf', '~', 'null', '1e400', '"\\x41"', '\ufeff', '---', '...', '\u2028', '\u0085', '\u0000', 'a: b: c', '{a: 1}', '[a, b]'];
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      let source = frontmatters[random(frontmatters.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) source = mutateFrontmatter(source, random, inserts);
      const read = jsYamlData(source);
      if (!read) continue;
      fast++;
      expect({ source, data: read.data }).toEqual({ source, data: treeData(source) });
    }
    // A third of the mutants stay readable (993 when written): the comparison covers the fast path, not only the fallback.
    expect(fast).toBeGreaterThan(800);
  });
});
