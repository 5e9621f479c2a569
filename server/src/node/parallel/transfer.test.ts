// A document parsed in a worker thread crosses as a portable copy and is taken back with `fromPortable`.
import { expect, it } from 'vitest';
import { builtinSchemas, TextChangedError } from '../../engine';
import { parseDocument } from '../../engine/parse/document';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detachFromText, fromPortable, toPortable } from './transfer';
import { cyclicInstrument as text, plan } from '../../engine/testing/fixtures';
import { fixtureText, TS } from '../../engine/testing/fixtureToolbox';
import { misindentedEntries, misindentedReference } from '../../engine/rules/misindented';

const schemas = builtinSchemas();

it('takes a document back whole: same data, references and spans; the frontmatter source is the text’s own', () => {
  const original = parseDocument('file:///t/terminsystem.md', text, schemas);
  const portable = toPortable(original);
  expect(portable.split.block).not.toHaveProperty('source');
  const back = fromPortable(structuredClone(portable), new Map());
  expect(back.data?.title).toBe('Terminsystem');
  expect(back.references).toEqual(original.references);
  expect(back.body).toEqual(original.body);
  expect(back.split.block?.source).toBe(text.slice(back.split.block!.contentStart, back.split.block!.contentEnd));
  expect(back.yaml?.doc.get('title')).toBe('Terminsystem');
});

it('shares recurring strings between documents, and survives cyclic YAML data (an alias inside its anchor)', () => {
  const strings = new Map<string, string>();
  const a = fromPortable(structuredClone(toPortable(parseDocument('file:///t/a.md', text, schemas))), strings);
  const b = fromPortable(structuredClone(toPortable(parseDocument('file:///t/b.md', text, schemas))), strings);
  const extra = a.data?.extra as { b: unknown };
  expect(extra.b).toBe(extra);
  expect(strings.get('servicepoint')).toBe('servicepoint');
  expect(a.references[0]!.target).toBe(b.references[0]!.target);
});

it('leaves the text behind when asked: places and lines as before, the text read again when asked for, once', () => {
  const original = parseDocument('file:///t/terminsystem.md', text, schemas);
  const portable = structuredClone(toPortable(original, true));
  expect(portable).not.toHaveProperty('text');
  expect(portable.released?.frontmatterSource).toBe(original.split.block!.source);
  let reads = 0;
  const back = fromPortable(portable, undefined, { read: () => (reads++, text) });
  expect(back.references.map((r) => back.lines.range(r.start, r.end))).toEqual(original.references.map((r) => original.lines.range(r.start, r.end)));
  expect(back.body.headings.map((h) => back.lines.positionAt(h.start))).toEqual(original.body.headings.map((h) => original.lines.positionAt(h.start)));
  expect(back.lines.lineCount).toBe(original.lines.lineCount);
  expect(back.yaml?.doc.get('title')).toBe('Terminsystem');
  expect(reads).toBe(0);
  expect(back.text).toBe(text);
  expect(back.lines.lineText(1)).toBe(original.lines.lineText(1));
  expect(reads).toBe(1);
});

it('a text left behind that changed meanwhile, or is gone, is not read as it is now: reported, and the reading fails', () => {
  const changed: string[] = [];
  let now: string | undefined = text.replace('Terminsystem', 'Terminsystem!');
  const back = fromPortable(structuredClone(toPortable(parseDocument('file:///t/a.md', text, schemas), true)), undefined, { read: () => now, changed: () => changed.push('a') });
  expect(() => back.text).toThrow(TextChangedError);
  expect(() => back.lines.lineText(0)).toThrow(TextChangedError);
  expect(changed).toEqual(['a', 'a']);
  now = undefined;
  expect(() => back.text).toThrow('Die Datei „a.md“ wurde außerhalb des Editors geändert; der Werkzeugkoffer liest sie neu ein.');
  // Positions need no text: they stay those of the text analysed.
  expect(back.lines.positionAt(text.indexOf('Terminsystem'))).toEqual(parseDocument('file:///t/a.md', text, schemas).lines.positionAt(text.indexOf('Terminsystem')));
  now = text;
  expect(back.text).toBe(text);
});

it('a wrongly indented list entry of a document left without its text is found in its frontmatter, no text read', () => {
  const withMerged = fixtureText(TS).replace('  - bo-ablaeufe\n', '   - bo-ablaeufe\n');
  const original = parseDocument('file:///t/ts.md', withMerged, schemas);
  const back = fromPortable(structuredClone(toPortable(original, true)), undefined, { read: () => { throw new Error('read the text'); } });
  const merged = (document: typeof original) => document.references.map((r) => misindentedReference(document, r)).filter(Boolean);
  expect(merged(original)).toHaveLength(1);
  expect(merged(back)).toEqual(merged(original));
  expect(misindentedEntries(back)).toEqual(misindentedEntries(original));
});

it('gives every document taken back the same accessors for its tree and its text left behind, so that documents share one shape', () => {
  const back = (name: string) => fromPortable(structuredClone(toPortable(parseDocument(`file:///t/${name}.md`, text, schemas), true)), undefined, { read: () => text });
  const [a, b] = [back('a'), back('b')];
  for (const key of ['yaml', 'text']) expect(Object.getOwnPropertyDescriptor(a, key)?.get).toBe(Object.getOwnPropertyDescriptor(b, key)?.get);
  expect(a.text).toBe(text);
  expect(b.yaml?.doc.get('title')).toBe('Terminsystem');
});

it('carries the references as columns, each placed on the other side where it stands: values and keys, read with the tree or located on demand', () => {
  const planText = plan('  - instrument: terminsystem\n    owner: Leitung\n    start: 2027-01\n    due: 2027-06\n    status: geplant\n');
  for (const source of [planText, fixtureText(TS), text]) {
    const original = parseDocument('file:///t/doc.md', source, schemas);
    const portable = structuredClone(toPortable(original, true));
    expect(portable.references.target).toEqual(original.references.map((r) => r.target));
    const back = fromPortable(portable, undefined, { read: () => source });
    expect(back.references.map(({ target, targetKind, path, isKey }) => ({ target, targetKind, path, isKey }))).toEqual(original.references.map(({ target, targetKind, path, isKey }) => ({ target, targetKind, path, isKey })));
    expect(back.references.length).toBeGreaterThan(0);
    for (const reference of back.references) expect(source.slice(reference.start, reference.end)).toBe(reference.target);
  }
  const keys = parseDocument('file:///t/plan.md', planText, schemas).references.filter((r) => r.isKey);
  expect(keys.map((r) => r.target)).toEqual(['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe']);
});

it('lets the text of a document taken back in the thread that read it go: its strings are copied off the text first', () => {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const sourceOf = (i: number) => `${fixtureText(TS)}\n## Abschnitt mit langer Überschrift ${i}\n\n${`Absatz ${i} über die Ausländerbehörde. `.repeat(6000)}\n`;
  /** The heap that 40 documents of about 230 KB each keep, taken back without their texts, detached or not. */
  const kept = (detach: boolean) => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const documents = Array.from({ length: 40 }, (_, i) => {
      const source = sourceOf(i);
      const portable = toPortable(parseDocument(`file:///t/d${i}.md`, source, schemas), true);
      if (detach) detachFromText(portable);
      // Read again as from disk: a new string, not the one analysed.
      return fromPortable(portable, undefined, { read: () => sourceOf(i) });
    });
    collect();
    const bytes = process.memoryUsage().heapUsed - before;
    expect(documents[39]!.body.headings.at(-1)?.text).toBe('Abschnitt mit langer Überschrift 39');
    return bytes;
  };
  // One byte per character: the texts hold only Latin-1.
  const texts = Array.from({ length: 40 }, (_, i) => sourceOf(i).length).reduce((sum, length) => sum + length, 0);
  expect(kept(false)).toBeGreaterThan(texts);
  expect(kept(true)).toBeLessThan(texts / 10);
});
