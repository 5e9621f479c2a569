// Test support: frontmatter sources for the differential tests of the YAML readings (fast reader, events' offsets,
// duplicate keys against the tree). Not part of any bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticToolbox } from '../../../../scripts/bench/synthetic';
import type { Node } from 'yaml';
import { parseYaml, splitFrontmatter } from '../parse/frontmatter';
import type { WantedPlace } from '../parse/wantedPlaces';
import { locator, nodeSpan } from '../parse/yamlPath';
import type { PathSegment } from '../schema/registry';

const TOOLBOX = join(__dirname, '..', '..', '..', '..', 'toolbox');

/** The frontmatter of every Markdown file of the real toolbox. */
export function realFrontmatters(): string[] {
  return readdirSync(TOOLBOX, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => splitFrontmatter(readFileSync(join(entry.parentPath, entry.name), 'utf8')).block?.source)
    .filter((source): source is string => source !== undefined);
}

/** The frontmatters of the bench's synthetic toolbox of `count` documents (seeded), bodies of about 2.5 KB. */
export function syntheticFrontmatters(count: number, seed: number): string[] {
  return syntheticToolbox(count, seed, '2.5 KB')
    .map((file) => splitFrontmatter(file.text).block?.source)
    .filter((source): source is string => source !== undefined);
}

const LONG_KEY = 'k'.repeat(1030);

/**
 * Forms that js-yaml reads otherwise than the tree, found by an adversarial review of the readings from the events:
 * each must be left to the tree, clean or with a duplicate key. [what, frontmatter source]
 */
export const DIVERGENT_FORMS: [string, string][] = [
  ['a %YAML 1.1 directive (the tree reads on as a boolean)', '%YAML 1.1\n--- #\nkind: instrument\nrelated: [on]\n'],
  ['an unknown directive (a warning of the tree)', '%FOO bar\n--- #\nkind: instrument\n'],
  ['a key over 1,024 characters', `kind: instrument\n${LONG_KEY}: 1\n`],
  ['a quoted key over 1,024 characters', `kind: instrument\n"${LONG_KEY}": 1\n`],
  ['a key over 1,024 characters in a flow list', `kind: instrument\nx: [${LONG_KEY}: 1]\n`],
  ['a block scalar with an indentation indicator and a blank last line', 'kind: |2-\n    instrument\n    \nid: x\n'],
  ['an escaped line break before a blank line in double quotes', 'kind: instrument\nid: "aufruf\\\n\n  anlage"\n'],
  ['a tab-only line in a quoted text', "kind: instrument\nsummary: 'a\n\t\n  b'\n"],
  ['a tab-only line after an empty value', 'kind: instrument\nsummary:\n\t\nb: 1\n'],
  ['a tab before a comment in a block scalar', 'kind: instrument\nv: >+\n  \n  x\n  \t#\n'],
  ['text right after a closing quote', 'kind: instrument\nb:\n- "x"y: 1\n'],
  ['a comment in the first column before an indented value', 'kind: instrument\nb:\n#c\n  x\n'],
  // The tree measures its 1,024 characters from the end of the node before the key: after an empty value, from the
  // line above, with the blank lines between (found by an adversarial review of the line reading, plainYaml.ts).
  ['a long key after an empty value (the tree counts from the value’s end)', `a:\n${'k'.repeat(1024)}: 1\n`],
  ['a long key after an empty list item', `a:\n-\n${'k'.repeat(1024)}: 1\n`],
  ['a key after an empty value and 1,023 blank lines', `x:\n  a:\n${'\n'.repeat(1023)}k: 1\n`],
  ['a key after an empty item and a long blank line', `x:\n-\n${' '.repeat(1022)}\nk: 1\n`],
  ['a key after an empty value and 511 blank CRLF lines', `x:\r\n  a:\r\n${'\r\n'.repeat(511)}k: 1\r\n`],
  ['a long indented key after an empty value', `x:\n${' '.repeat(40)}a:\n${' '.repeat(40)}${'k'.repeat(984)}: 1\n`],
];

/**
 * One random edit of a frontmatter for the differential tests: an insert from `inserts`, a deletion, a line doubled,
 * or a line indented further or less.
 */
export function mutateFrontmatter(source: string, random: (n: number) => number, inserts: string[]): string {
  const at = random(source.length + 1);
  const lines = source.split('\n');
  switch (random(5)) {
    case 0:
    case 1:
      return source.slice(0, at) + inserts[random(inserts.length)]! + source.slice(at);
    case 2:
      return source.slice(0, at) + source.slice(at + 1 + random(3));
    case 3:
      lines.splice(random(lines.length), 0, lines[random(lines.length)]!);
      return lines.join('\n');
    default: {
      const line = random(lines.length);
      lines[line] = random(2) ? ' '.repeat(1 + random(4)) + lines[line]! : lines[line]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
  }
}

/** Every key and value place in `data`, parents before children. */
export function placesOf(data: unknown, path: PathSegment[] = []): WantedPlace[] {
  const places: WantedPlace[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, index) => places.push({ path: [...path, index], key: false }, ...placesOf(item, [...path, index])));
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      places.push({ path: [...path, key], key: true }, { path: [...path, key], key: false }, ...placesOf(value, [...path, key]));
    }
  }
  return places;
}

/** The tree's node at each place of `source`: its range, and whether it is a scalar with at least one character. */
export function treePlaces(source: string, places: readonly WantedPlace[]): { span: [number, number] | undefined; nonEmptyScalar: boolean }[] {
  const find = locator(parseYaml(source).doc);
  return places.map((place) => {
    const location = find(place.path);
    const node = (place.key ? location?.key : location?.value) as Node | null | undefined;
    const span = nodeSpan(node);
    const scalar = !!node && 'value' in node && (node.value === null || typeof node.value !== 'object');
    return { span, nonEmptyScalar: scalar && !!span && span[1] > span[0] };
  });
}
