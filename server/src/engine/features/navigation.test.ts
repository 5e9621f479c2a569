// Go to definition and find references against the in-memory fixture toolbox: ids lead to the id of their
// document or to the criterion's definition, links to their heading; references gather every frontmatter
// reference and body link across the workspace, criteria and documents kept apart.
import { describe, expect, it } from 'vitest';
import type { Location, Position, Range } from 'vscode-languageserver-types';
import { eckpunkt, instrument } from '../testing/fixtures';
import { CASE, ECK, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { ROOT, uri, workspace, type TestWorkspace } from '../testing/memoryWorkspace';
import { positionOf, range, rangeOf } from '../testing/positions';

const TS_TEXT = fixtureText(TS);
const shared = workspace(fixtureToolbox());

/** Locations as toolbox paths and ranges, sorted by path and position, for exact comparison. */
function located(locations: Location[]): { path: string; range: Range }[] {
  return locations
    .map((l) => ({ path: l.uri.slice(ROOT.length + 1), range: l.range }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const definition = (position: Position, path = TS, ws: TestWorkspace = shared) => located(ws.service.definition(uri(path), position));
const references = (position: Position, path = TS, includeDeclaration = true, ws: TestWorkspace = shared) => located(ws.service.references(uri(path), position, includeDeclaration));
const sorted = (list: { path: string; range: Range }[]) => [...list].sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

describe('definition', () => {
  it('of an id leads to the id of the target document, from anywhere on the id', () => {
    const servicepoint = [{ path: SP, range: range(2, 4, 2, 16) }];
    expect(definition(positionOf(TS_TEXT, 'servicepoint', 5, 'requires:'))).toEqual(servicepoint);
    expect(definition(positionOf(TS_TEXT, 'servicepoint', 0, 'requires:'))).toEqual(servicepoint);
    expect(definition(positionOf(TS_TEXT, 'servicepoint', 12, 'requires:'))).toEqual(servicepoint);
    expect(definition(positionOf(TS_TEXT, 'binnenorganisation', 0))).toEqual([{ path: ECK, range: range(2, 4, 2, 22) }]);
  });

  it('of a criterion leads to its definition in the Eckpunkt, from an instrument and from a plan assessment key', () => {
    expect(definition(positionOf(TS_TEXT, 'bo-wartezeiten', 14))).toEqual([{ path: ECK, range: range(7, 8, 7, 22) }]);
    expect(definition(positionOf(fixtureText(PLAN), 'bo-ablaeufe', 3), PLAN)).toEqual([{ path: ECK, range: range(13, 8, 13, 19) }]);
  });

  it('of an instrument in a case and in a plan measure', () => {
    expect(definition(positionOf(fixtureText(CASE), 'terminsystem', 2, 'instruments:'), CASE)).toEqual([{ path: TS, range: range(2, 4, 2, 16) }]);
    expect(definition(positionOf(fixtureText(PLAN), 'terminsystem', 2), PLAN)).toEqual([{ path: TS, range: range(2, 4, 2, 16) }]);
  });

  it('of a link with an anchor lands on the heading; without one, on the start of the document', () => {
    expect(definition(positionOf(TS_TEXT, 'servicepoint.md#ziel', 17))).toEqual([{ path: SP, range: range(18, 0, 18, 7) }]);
    expect(definition(positionOf(TS_TEXT, 'weimar-servicepoint.md', 0))).toEqual([{ path: CASE, range: range(0, 0, 0, 0) }]);
  });

  it('of a link to a heading of the document itself, and of a link whose anchor names no heading', () => {
    const text = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Siehe [oben](#stolpersteine).').replace('servicepoint.md#ziel', 'servicepoint.md#gibt-es-nicht');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    expect(definition(positionOf(text, '[oben]', 2), TS, ws)).toEqual([{ path: TS, range: range(38, 0, 38, 16) }]);
    expect(definition(positionOf(text, '[Servicepoint]', 2), TS, ws)).toEqual([{ path: SP, range: range(0, 0, 0, 0) }]);
  });

  it('of an id or a link that resolves to nothing: none', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated').replace('servicepoint.md#ziel', 'gibt-es-nicht.md');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    expect(definition(positionOf(text, 'servicepont', 2), TS, ws)).toEqual([]);
    expect(definition(positionOf(text, '[Servicepoint]', 2), TS, ws)).toEqual([]);
  });

  it('of plain text, a key, or in an unknown document: none', () => {
    expect(definition(positionOf(TS_TEXT, 'Verlässliche', 2))).toEqual([]);
    expect(definition(positionOf(TS_TEXT, 'requires', 2))).toEqual([]);
    expect(definition({ line: 0, character: 0 }, 'instrumente/gibt-es-nicht.md')).toEqual([]);
  });
});

describe('references', () => {
  const SERVICEPOINT_REFERENCES = sorted([
    { path: ECK, range: range(28, 21, 28, 51) },
    { path: SP, range: range(2, 4, 2, 16) },
    { path: TS, range: range(14, 4, 14, 16) },
    { path: TS, range: range(16, 4, 16, 16) },
    { path: TS, range: range(44, 72, 44, 92) },
    { path: PLAN, range: range(13, 16, 13, 28) },
    { path: CASE, range: range(10, 4, 10, 16) },
    { path: CASE, range: range(24, 19, 24, 49) },
  ]);

  it('of an instrument id: frontmatter references in other documents and body links, with the declaration', () => {
    expect(references(positionOf(TS_TEXT, 'servicepoint', 6, 'requires:'))).toEqual(SERVICEPOINT_REFERENCES);
  });

  it('without the declaration', () => {
    const expected = SERVICEPOINT_REFERENCES.filter((r) => !(r.path === SP && r.range.start.line === 2));
    expect(references(positionOf(TS_TEXT, 'servicepoint', 6, 'requires:'), TS, false)).toEqual(expected);
  });

  it('from the declaration itself (the id in its own document)', () => {
    expect(references(positionOf(fixtureText(SP), 'servicepoint', 1), SP)).toEqual(SERVICEPOINT_REFERENCES);
  });

  it('of a document id that body links address with an anchor: the whole link target counts', () => {
    expect(references(positionOf(TS_TEXT, 'terminsystem', 2))).toEqual(sorted([
      { path: ECK, range: range(27, 21, 27, 70) },
      { path: SP, range: range(13, 4, 13, 16) },
      { path: SP, range: range(41, 19, 41, 34) },
      { path: TS, range: range(2, 4, 2, 16) },
      { path: PLAN, range: range(18, 16, 18, 28) },
      { path: CASE, range: range(11, 4, 11, 16) },
    ]));
  });

  it('of an Eckpunkt id: the instruments that belong to it', () => {
    expect(references(positionOf(TS_TEXT, 'binnenorganisation', 2))).toEqual(sorted([
      { path: ECK, range: range(2, 4, 2, 22) },
      { path: SP, range: range(4, 10, 4, 28) },
      { path: TS, range: range(4, 10, 4, 28) },
    ]));
  });

  it('of a criterion: the definition, the instruments addressing it and the plan assessing it — from each of them', () => {
    const expected = sorted([
      { path: ECK, range: range(7, 8, 7, 22) },
      { path: TS, range: range(7, 4, 7, 18) },
      { path: PLAN, range: range(9, 2, 9, 16) },
    ]);
    expect(references(positionOf(TS_TEXT, 'bo-wartezeiten', 1))).toEqual(expected);
    expect(references(positionOf(fixtureText(ECK), 'bo-wartezeiten', 1), ECK)).toEqual(expected);
    expect(references(positionOf(fixtureText(PLAN), 'bo-wartezeiten', 1), PLAN)).toEqual(expected);
  });

  it('keeps a criterion and a document of the same id apart', () => {
    // Criterion ids and document ids are separate namespaces: an Eckpunkt may define a criterion "servicepoint".
    const eck = eckpunkt('binnenorganisation', ['bo-wartezeiten', 'bo-erstkontakt', 'servicepoint']);
    const ts = instrument({ addresses: ['servicepoint'], related: ['servicepoint'] });
    const sp = instrument({ id: 'servicepoint', addresses: ['bo-wartezeiten'], related: ['terminsystem'] });
    const ws = workspace({ 'eckpunkte/binnenorganisation.md': eck, 'instrumente/terminsystem.md': ts, 'instrumente/servicepoint.md': sp });
    const asCriterion = references(positionOf(ts, 'servicepoint', 2, 'addresses:'), 'instrumente/terminsystem.md', true, ws);
    expect(asCriterion).toEqual(sorted([
      { path: 'eckpunkte/binnenorganisation.md', range: rangeOf(eck, 'servicepoint') },
      { path: 'instrumente/terminsystem.md', range: rangeOf(ts, 'servicepoint', 'addresses:') },
    ]));
    const asInstrument = references(positionOf(ts, 'servicepoint', 2, 'related:'), 'instrumente/terminsystem.md', true, ws);
    expect(asInstrument).toEqual(sorted([
      { path: 'instrumente/servicepoint.md', range: rangeOf(sp, 'servicepoint') },
      { path: 'instrumente/terminsystem.md', range: rangeOf(ts, 'servicepoint', 'related:') },
    ]));
  });

  it('of an id that resolves to nothing: the places that name it, without a declaration', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated:\n  - servicepoint', '  - servicepont\nrelated:\n  - servicepont');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    expect(references(positionOf(text, 'servicepont', 2), TS, true, ws)).toEqual([
      { path: TS, range: range(14, 4, 14, 15) },
      { path: TS, range: range(16, 4, 16, 15) },
    ]);
  });

  it('of plain text, a key, or in an unknown document: none', () => {
    expect(references(positionOf(TS_TEXT, 'Lange', 2))).toEqual([]);
    expect(references(positionOf(TS_TEXT, 'effort', 2))).toEqual([]);
    expect(references({ line: 0, character: 0 }, 'instrumente/gibt-es-nicht.md')).toEqual([]);
  });
});

