// Where the cursor stands, as the features see it: a frontmatter key or value with its data path (worked out
// from the lines above, so it holds while the YAML is half typed), the body, or outside both.
import { describe, expect, it } from 'vitest';
import type { Position } from 'vscode-languageserver-types';
import { parseDocument } from '../parse/document';
import { builtinSchemas } from '../schema/registry';
import { ECK, fixtureText, PLAN, TS } from '../testing/fixtureToolbox';
import { uri } from '../testing/memoryWorkspace';
import { positionOf } from '../testing/positions';
import { LineIndex } from '../text/lineIndex';
import { cursorContext, definitionAt, headingAt, inFrontmatter, linkAt, referenceAt } from './cursor';

const schemas = builtinSchemas();
const TS_TEXT = fixtureText(TS);
const PLAN_TEXT = fixtureText(PLAN);
const parsed = (text: string) => parseDocument(uri('instrumente/terminsystem.md'), text, schemas);
const contextAt = (text: string, position: Position) => cursorContext(parsed(text), position);
/** The offset of `shift` characters into the first `needle` (after `after`). */
const offsetOf = (text: string, needle: string, shift = 0, after?: string) => new LineIndex(text).offsetAt(positionOf(text, needle, shift, after));

describe('cursorContext in the frontmatter', () => {
  it('a value: its path, the typed part, and the whole token to replace', () => {
    const start = offsetOf(TS_TEXT, 'mittel');
    expect(contextAt(TS_TEXT, positionOf(TS_TEXT, 'mittel', 2))).toEqual({ where: 'value', path: ['effort'], prefix: 'mi', start, end: start + 6 });
    expect(contextAt(TS_TEXT, positionOf(TS_TEXT, 'mittel', 0))).toEqual({ where: 'value', path: ['effort'], prefix: '', start, end: start + 6 });
    expect(contextAt(TS_TEXT, positionOf(TS_TEXT, 'mittel', 6))).toEqual({ where: 'value', path: ['effort'], prefix: 'mittel', start, end: start + 6 });
  });

  it('a key being typed: its parent mapping, its indentation and the whole word to replace', () => {
    const text = TS_TEXT.replace('effort: mittel\n', 'eff\n');
    const start = offsetOf(text, 'eff\n');
    expect(contextAt(text, positionOf(text, 'eff\n', 2))).toEqual({ where: 'key', parent: [], prefix: 'ef', start, end: start + 3, indent: 0 });
    expect(contextAt(TS_TEXT, { line: 1, character: 0 })).toEqual({ where: 'key', parent: [], prefix: '', start: 4, end: 8, indent: 0 });
  });

  it('a scalar list item: the list with the item index', () => {
    const start = offsetOf(TS_TEXT, 'servicepoint', 0, 'requires:');
    expect(contextAt(TS_TEXT, positionOf(TS_TEXT, 'servicepoint', 2, 'requires:'))).toEqual({ where: 'value', path: ['requires', 0], prefix: 'se', start, end: start + 12 });
  });

  it('a flow list: the entry being typed after the last comma', () => {
    const text = TS_TEXT.replace('requires:\n  - servicepoint\n', 'requires: [servicepoint, ter]\n');
    const start = offsetOf(text, 'ter]');
    expect(contextAt(text, positionOf(text, 'ter]', 2))).toEqual({ where: 'value', path: ['requires', 0], prefix: 'te', start, end: start + 3 });
  });

  it('nested mappings and list items of objects: the full path, with the index of the item', () => {
    expect(contextAt(PLAN_TEXT, positionOf(PLAN_TEXT, 'Ausländerbehörde', 3))).toMatchObject({ where: 'value', path: ['agency', 'name'], prefix: 'Aus' });
    expect(contextAt(PLAN_TEXT, positionOf(PLAN_TEXT, 'servicepoint', 3))).toMatchObject({ where: 'value', path: ['measures', 0, 'instrument'], prefix: 'ser' });
    expect(contextAt(PLAN_TEXT, positionOf(PLAN_TEXT, 'Sachgebiet', 3))).toMatchObject({ where: 'value', path: ['measures', 1, 'owner'], prefix: 'Sac' });
    expect(contextAt(PLAN_TEXT, positionOf(PLAN_TEXT, 'geplant', 3, 'Sachgebiet'))).toMatchObject({ where: 'value', path: ['measures', 1, 'status'], prefix: 'gep' });
    const eck = fixtureText(ECK);
    expect(contextAt(eck, positionOf(eck, 'bo-ablaeufe', 3))).toMatchObject({ where: 'value', path: ['criteria', 2, 'id'], prefix: 'bo-' });
    expect(contextAt(eck, positionOf(eck, 'Die Sachbearbeitung', 3))).toMatchObject({ where: 'value', path: ['criteria', 2, 'text'], prefix: 'Die' });
  });

  it('a list inside a list item, and a key after it at the item\'s indentation', () => {
    const deeper = '---\nkind: plan\nmeasures:\n  - instrument: a\n    participants:\n      - Le\n---\n';
    expect(contextAt(deeper, { line: 5, character: 10 })).toMatchObject({ where: 'value', path: ['measures', 0, 'participants', 0], prefix: 'Le' });
    const after = '---\nkind: plan\nmeasures:\n  - instrument: a\n    participants:\n      - Leitung\n    ow\n---\n';
    expect(contextAt(after, { line: 6, character: 6 })).toMatchObject({ where: 'key', parent: ['measures', 0], prefix: 'ow', indent: 4 });
  });

  it('skips comment lines and leaves the quote out of the typed part', () => {
    const commented = TS_TEXT.replace('requires:\n', 'requires:\n  # vorher nötig\n');
    expect(contextAt(commented, positionOf(commented, 'servicepoint', 2, 'requires:'))).toMatchObject({ where: 'value', path: ['requires', 0], prefix: 'se' });
    const quoted = TS_TEXT.replace('title: Terminsystem', 'title: "Terminsystem"');
    expect(contextAt(quoted, positionOf(quoted, 'Terminsystem"', 3))).toMatchObject({ where: 'value', path: ['title'], prefix: 'Ter', start: offsetOf(quoted, 'Terminsystem"') });
  });

  it('works in a frontmatter that is not closed yet, and with Windows line breaks', () => {
    expect(contextAt('---\nkind: instrument\neff', { line: 2, character: 3 })).toMatchObject({ where: 'key', parent: [], prefix: 'eff' });
    const crlf = TS_TEXT.replace(/\n/g, '\r\n');
    expect(contextAt(crlf, positionOf(crlf, 'mittel', 2))).toEqual({ where: 'value', path: ['effort'], prefix: 'mi', start: offsetOf(crlf, 'mittel'), end: offsetOf(crlf, 'mittel') + 6 });
  });
});

describe('cursorContext outside the frontmatter', () => {
  it('the body: the offset and what the line holds before the cursor', () => {
    expect(contextAt(TS_TEXT, positionOf(TS_TEXT, 'Lange', 3))).toEqual({ where: 'body', offset: offsetOf(TS_TEXT, 'Lange', 3), lineStart: offsetOf(TS_TEXT, 'Lange'), linePrefix: 'Lan' });
    expect(contextAt(TS_TEXT, { line: 20, character: 0 })).toMatchObject({ where: 'body', linePrefix: '' });
    expect(contextAt('Text ohne Kopfbereich\n', { line: 0, character: 4 })).toEqual({ where: 'body', offset: 4, lineStart: 0, linePrefix: 'Text' });
  });

  it('the fences themselves are neither frontmatter nor body', () => {
    expect(contextAt(TS_TEXT, { line: 0, character: 1 })).toEqual({ where: 'outside' });
    expect(contextAt(TS_TEXT, { line: 19, character: 1 })).toEqual({ where: 'outside' });
  });
});

describe('what stands at an offset', () => {
  const document = parsed(TS_TEXT);

  it('a reference from its first to its last character, and not one character beyond', () => {
    const start = offsetOf(TS_TEXT, 'servicepoint', 0, 'requires:');
    expect(referenceAt(document, start)).toMatchObject({ target: 'servicepoint', targetKind: 'instrument', path: ['requires', 0], isKey: false });
    expect(referenceAt(document, start + 12)).toMatchObject({ target: 'servicepoint' });
    expect(referenceAt(document, start - 1)).toBeUndefined();
    expect(referenceAt(document, offsetOf(TS_TEXT, 'bo-ablaeufe', 3))).toMatchObject({ target: 'bo-ablaeufe', targetKind: 'criterion' });
  });

  it('a criterion key of a plan assessment is a reference that is a key', () => {
    const plan = parseDocument(uri(PLAN), PLAN_TEXT, schemas);
    expect(referenceAt(plan, offsetOf(PLAN_TEXT, 'bo-erstkontakt', 1))).toMatchObject({ target: 'bo-erstkontakt', targetKind: 'criterion', isKey: true });
  });

  it('a criterion definition in an Eckpunkt', () => {
    const eck = fixtureText(ECK);
    expect(definitionAt(parseDocument(uri(ECK), eck, schemas), offsetOf(eck, 'bo-erstkontakt', 4))).toMatchObject({ id: 'bo-erstkontakt', kind: 'criterion', path: ['criteria', 1, 'id'] });
    expect(definitionAt(document, offsetOf(TS_TEXT, 'bo-ablaeufe', 3))).toBeUndefined();
  });

  it('a body link and a heading', () => {
    expect(linkAt(document, offsetOf(TS_TEXT, '[Servicepoint]', 2))).toMatchObject({ url: 'servicepoint.md#ziel' });
    expect(linkAt(document, offsetOf(TS_TEXT, 'Siehe', 2))).toBeUndefined();
    expect(headingAt(document, offsetOf(TS_TEXT, '## Stolpersteine', 5))).toMatchObject({ text: 'Stolpersteine', slug: 'stolpersteine', depth: 2 });
    expect(headingAt(document, offsetOf(TS_TEXT, 'Lange', 2))).toBeUndefined();
  });

  it('inFrontmatter: between the fences, or after an opening fence that is never closed', () => {
    expect(inFrontmatter(document, offsetOf(TS_TEXT, 'kind:'))).toBe(true);
    expect(inFrontmatter(document, 1)).toBe(false);
    expect(inFrontmatter(document, offsetOf(TS_TEXT, '## Ziel'))).toBe(false);
    const unclosed = parsed('---\nkind: instrument\n');
    expect(inFrontmatter(unclosed, 10)).toBe(true);
    expect(inFrontmatter(unclosed, 2)).toBe(false);
  });
});
