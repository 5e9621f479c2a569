// Findings on a clean document read without its syntax tree: their ranges are located when first read, all of one
// document's at once (by the line reading of a plain frontmatter, else from js-yaml's events, or one parse of the
// tree where they cannot tell), and equal the ranges located eagerly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eckpunkt, instrument, plan } from '../testing/fixtures';
import { at, span, uri, workspace } from '../testing/memoryWorkspace';
import { Codes } from '../rules/codes';
import { hasSyntax } from './syntaxOnDemand';
import * as frontmatter from './frontmatter';
import * as eventSpans from './eventSpans';
import * as plainYaml from './plainYaml';

vi.mock('./frontmatter', async (original) => {
  const actual = await original<typeof import('./frontmatter')>();
  return { ...actual, parseYaml: vi.fn(actual.parseYaml) };
});
vi.mock('./eventSpans', async (original) => {
  const actual = await original<typeof import('./eventSpans')>();
  return { ...actual, scalarSpansFromEvents: vi.fn(actual.scalarSpansFromEvents) };
});
vi.mock('./plainYaml', async (original) => {
  const actual = await original<typeof import('./plainYaml')>();
  return { ...actual, plainYamlSpans: vi.fn(actual.plainYamlSpans) };
});
const parseYaml = vi.mocked(frontmatter.parseYaml);
const fromEvents = vi.mocked(eventSpans.scalarSpansFromEvents);
const fromLines = vi.mocked(plainYaml.plainYamlSpans);

const P = 'plaene/plan-test.md';
const measure = (due: string) => `  - instrument: terminsystem\n    owner: Leitung\n    start: 2026-06\n    due: ${due}\n    status: laufend\n    updates:\n      - date: 2026-07-01\n        status: laufend\n`;
const text = plan(measure('2027-01') + measure('2027-02') + measure('2027-03')).replace('measures:\n', 'reporting:\n  as_of: 2027-07\nmeasures:\n');

function overdue(planText = text) {
  const ws = workspace({
    'eckpunkte/binnenorganisation.md': eckpunkt(),
    'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe'] }),
    [P]: planText,
  });
  return { document: ws.service.document(uri(P))!, found: ws.diagnostics(P, Codes.measureOverdue) };
}

const expected = ['2027-01', '2027-02', '2027-03'].map((due) => span(Codes.measureOverdue, text, due, 'due:'));

describe('ranges of findings on a clean plan', () => {
  beforeEach(() => {
    parseYaml.mockClear();
    fromEvents.mockClear();
    fromLines.mockClear();
  });

  it('parses no tree for the findings until a range is read', () => {
    const { document, found } = overdue();
    expect(found).toHaveLength(3);
    expect(document.yamlClean).toBe(true);
    expect(hasSyntax(document)).toBe(false);
    expect(parseYaml).not.toHaveBeenCalled();
    expect(found.map((d) => d.message)).toHaveLength(3);
    expect(parseYaml).not.toHaveBeenCalled();
  });

  it('locates every finding of a plain frontmatter by its line reading, at the ranges the tree gives: no events, no tree', () => {
    const { document, found } = overdue();
    expect(found.map(at)).toEqual(expected);
    expect(fromLines).toHaveBeenCalledTimes(1);
    expect(fromEvents).not.toHaveBeenCalled();
    expect(parseYaml).not.toHaveBeenCalled();
    expect(hasSyntax(document)).toBe(false);
  });

  it('locates them from the events when the line reading declines the frontmatter (a folded text), at the same ranges', () => {
    const foldedText = text.replace('reporting:\n', 'notes: >-\n  Ein gefalteter\n  Text.\nreporting:\n');
    const { document, found } = overdue(foldedText);
    expect(found.map(at)).toEqual(['2027-01', '2027-02', '2027-03'].map((due) => span(Codes.measureOverdue, foldedText, due, 'due:')));
    expect(fromLines).toHaveBeenCalledTimes(1);
    expect(fromEvents).toHaveBeenCalledTimes(1);
    expect(parseYaml).not.toHaveBeenCalled();
    expect(hasSyntax(document)).toBe(false);
  });

  it('asks the tree once, for all of them, when neither the line reading nor the events can give one (a block scalar)', () => {
    const blockText = text.replace('    due: 2027-01\n', '    due: |-\n      2027-01\n');
    const ws = workspace({
      'eckpunkte/binnenorganisation.md': eckpunkt(),
      'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe'] }),
      [P]: blockText,
    });
    const document = ws.service.document(uri(P))!;
    const found = ws.diagnostics(P, Codes.measureOverdue);
    expect(document.yamlClean).toBe(true);
    // The tree's range of a block scalar ends after its last line break.
    expect(found.map(at)).toEqual(['WK1010 18:9-20:0', span(Codes.measureOverdue, blockText, '2027-02', 'due:'), span(Codes.measureOverdue, blockText, '2027-03', 'due:')]);
    expect(parseYaml).toHaveBeenCalledTimes(1);
    expect(hasSyntax(document)).toBe(false);
    expect(found.map(at)).toHaveLength(3);
    expect(parseYaml).toHaveBeenCalledTimes(1);
  });

  it('gives the range to a copy, as JSON and across threads, with the keys in their usual order', () => {
    const { found } = overdue();
    expect(Object.keys(found[0]!).slice(0, 5)).toEqual(['uri', 'range', 'severity', 'code', 'message']);
    expect(at(structuredClone(found[0]!))).toBe(expected[0]);
    expect(at(JSON.parse(JSON.stringify(found[1]!)))).toBe(expected[1]);
  });

  it('gives every such finding the same accessor for its range, so that findings share one shape; a range read is kept', () => {
    const { found } = overdue();
    const getters = found.map((d) => Object.getOwnPropertyDescriptor(d, 'range')?.get);
    expect(getters[0]).toBeTypeOf('function');
    expect(new Set(getters).size).toBe(1);
    expect(found.map((d) => at(d))).toEqual(expected);
    const kept = Object.getOwnPropertyDescriptor(found[0]!, 'range');
    expect(kept).toMatchObject({ writable: true, enumerable: true });
    expect(kept?.value).toBe(found[0]!.range);
  });

  it('lets a caller replace the range', () => {
    const [first] = overdue().found;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    first!.range = range;
    expect(first!.range).toBe(range);
    expect(parseYaml).not.toHaveBeenCalled();
  });
});
