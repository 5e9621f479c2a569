// A document parsed in a worker thread crosses as a portable copy and is taken back with `fromPortable`.
import { expect, it } from 'vitest';
import { builtinSchemas } from '../../engine';
import { parseDocument } from '../../engine/parse/document';
import { fromPortable, toPortable } from './transfer';
import { cyclicInstrument as text } from '../../engine/testing/fixtures';

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
