// Spans of a parsed document, found without its syntax tree.
import { expect, it } from 'vitest';
import { builtinSchemas } from '../schema/registry';
import { parseDocument, valueSpan } from './document';
import { cyclicInstrument as text } from '../testing/fixtures';

const schemas = builtinSchemas();

it('finds the span of a referenced value without the syntax tree', () => {
  const document = parseDocument('file:///t/terminsystem.md', text, schemas);
  document.yaml = undefined;
  const span = valueSpan(document, ['related', 0])!;
  expect(text.slice(span[0], span[1])).toBe('servicepoint');
});
