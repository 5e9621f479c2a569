// Completion against the in-memory fixture toolbox: the same expectations as the protocol tests
// (tests/lsp/features.test.ts), plus the places a cursor can stand that are cheap to try in-process.
import { describe, expect, it } from 'vitest';
import type { CompletionItem, Position, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../testing/edits';
import { CASE, fixtureText, fixtureToolbox, PLAN, TS } from '../testing/fixtureToolbox';
import { uri, workspace } from '../testing/memoryWorkspace';
import { positionOf, range, rangeOf } from '../testing/positions';

const TS_TEXT = fixtureText(TS);
const SERVICEPOINT_SUMMARY = 'Ein zentraler Schalter nimmt Anliegen entgegen, vergibt Termine und beantwortet einfache Fragen.';
const EFFORT_DESCRIPTION = 'Wie viel Personal, Geld und Abstimmung die Einführung grob verlangt.';
const EFFORT_VALUES = [
  'Niedrig: mit Bordmitteln der Behörde umsetzbar, ohne zusätzliche Mittel.',
  'Mittel: verlangt Abstimmung mit anderen Stellen oder einen kleineren Etat.',
  'Hoch: verlangt Investitionen, Personal oder Entscheidungen der Verwaltungsspitze.',
];
const CRITERIA = {
  'bo-wartezeiten': 'Wartezeiten sind kurz und planbar; Termine sind leicht zu bekommen.',
  'bo-erstkontakt': 'Eine zentrale Anlaufstelle nimmt Anliegen entgegen und leitet weiter.',
  'bo-ablaeufe': 'Die Sachbearbeitung arbeitet ohne ständige Unterbrechungen.',
};
const KINDS = ['eckpunkt', 'instrument', 'case', 'site', 'plan', 'page', 'frage', 'angebot'];

const shared = workspace(fixtureToolbox());

/** The completion items at `position` of `path`, in a fixture toolbox where `path` has the text `text`. */
function completionIn(path: string, text: string, position: Position): CompletionItem[] {
  return workspace({ ...fixtureToolbox(), [path]: text }).service.completion(uri(path), position).items;
}

/** The engine answers with plain text edits, never insert-replace edits. */
const editOf = (item: CompletionItem) => item.textEdit as TextEdit;

function completionOfFixture(path: string, position: Position): CompletionItem[] {
  return shared.service.completion(uri(path), position).items;
}

describe('completion of keys', () => {
  it('offers the missing keys with their German descriptions, required ones marked, present ones left out', () => {
    const text = TS_TEXT.replace('summary: Vorsprachen laufen über vereinbarte Termine; Wartezeiten sinken und der Andrang wird planbar.\n', '')
      .replace('effort: mittel\n', '')
      .replace('duration_weeks: 16\n', 'duration_weeks: 16\n\n');
    expect(text.split('\n')[11]).toBe('');
    const here = range(11, 0, 11, 0);
    expect(completionIn(TS, text, { line: 11, character: 0 })).toEqual([
      { label: 'order', kind: 10, detail: 'Reihenfolge', documentation: { kind: 'markdown', value: 'Position des Instruments innerhalb seines Eckpunkts (für Handbuch und Blättern).' }, sortText: '1order', textEdit: { range: here, newText: 'order: $0' }, insertTextFormat: 2 },
      { label: 'summary', kind: 10, detail: 'Kurzbeschreibung (Pflichtfeld)', documentation: { kind: 'markdown', value: 'Ein bis zwei Sätze: was das Instrument ist und was es bewirkt. Erscheint in Listen, Hover und Plan.' }, sortText: '0summary', textEdit: { range: here, newText: 'summary: $0' }, insertTextFormat: 2 },
      { label: 'effort', kind: 10, detail: 'Aufwand (Pflichtfeld)', documentation: { kind: 'markdown', value: EFFORT_DESCRIPTION }, sortText: '0effort', textEdit: { range: here, newText: 'effort: ${1|niedrig,mittel,hoch|}' }, insertTextFormat: 2 },
      { label: 'roles', kind: 10, detail: 'Beteiligte Rollen', documentation: { kind: 'markdown', value: 'Wer in der Behörde und außerhalb an der Umsetzung mitwirkt, zum Beispiel Leitung, Sachbearbeitung, Personalrat.' }, sortText: '1roles', textEdit: { range: here, newText: 'roles:\n  - $0' }, insertTextFormat: 2 },
      { label: 'sites', kind: 10, detail: 'Standorte', documentation: { kind: 'markdown', value: 'Modellstandorte, an denen das Instrument im Modellprojekt eingesetzt wurde.' }, sortText: '1sites', textEdit: { range: here, newText: 'sites:\n  - $0' }, insertTextFormat: 2 },
    ]);
  });

  it('offers the keys of a nested mapping (a plan measure) at its indentation, replacing the typed prefix', () => {
    const text = fixtureText(PLAN).replace('    status: geplant\n  - instrument: terminsystem', '    status: geplant\n    re\n  - instrument: terminsystem');
    const items = completionIn(PLAN, text, { line: 18, character: 6 });
    expect(items.map((i) => i.label)).toEqual(['title', 'participants', 'resources', 'milestones', 'indicator', 'updates', 'origin', 'reason', 'note']);
    const participants = items.find((i) => i.label === 'participants')!;
    expect(participants.textEdit).toEqual({ range: range(18, 4, 18, 6), newText: 'participants:\n      - $0' });
    expect(participants.detail).toBe('Beteiligte');
  });

  it('offers an object key as a snippet that opens the mapping one level deeper', () => {
    const text = fixtureText(PLAN).replace('measures:', 'ag\nmeasures:');
    const items = completionIn(PLAN, text, { line: 12, character: 2 });
    expect(items.map((i) => [i.label, i.textEdit])).toEqual([
      ['edition', { range: range(12, 0, 12, 2), newText: 'edition:\n  $0' }],
      ['planning', { range: range(12, 0, 12, 2), newText: 'planning:\n  $0' }],
      ['earlier_assessments', { range: range(12, 0, 12, 2), newText: 'earlier_assessments:\n  - $0' }],
      ['measures', { range: range(12, 0, 12, 2), newText: 'measures:\n  - $0' }],
    ]);
  });

  it('offers the keys of an assessment entry in block form, leaving out those present', () => {
    const text = fixtureText(PLAN).replace('  bo-wartezeiten: { status: 2, relevance: 5 }\n', '  bo-wartezeiten:\n    status: 2\n    relevance: 5\n    \n');
    expect(completionIn(PLAN, text, { line: 12, character: 4 }).map((i) => [i.label, i.detail, i.textEdit])).toEqual([
      ['note', 'Anmerkung', { range: range(12, 4, 12, 4), newText: 'note: $0' }],
    ]);
  });

  it('offers the kinds with a starting snippet where a document has no kind yet', () => {
    const items = completionIn('neu.md', '---\nki\n---\n', { line: 1, character: 2 });
    expect(items.map((i) => i.label)).toEqual(KINDS);
    expect(items[1]).toEqual({
      label: 'instrument',
      kind: 7,
      detail: 'Instrument',
      documentation: { kind: 'markdown', value: 'Eines der 25 Instrumente des Werkzeugkoffers: eine Maßnahme aus dem Modellprojekt mit Anleitung zur Umsetzung.' },
      textEdit: { range: range(1, 0, 1, 2), newText: 'kind: instrument\nid: $1\ntitle: $2\n$0' },
      insertTextFormat: 2,
    });
  });

  it('offers the kinds in a frontmatter that is not closed yet (a new document being typed)', () => {
    const items = completionIn('neu.md', '---\nki', { line: 1, character: 2 });
    expect(items.map((i) => [i.label, editOf(i).range])).toEqual(KINDS.map((kind) => [kind, range(1, 0, 1, 2)]));
  });
});

describe('completion of values', () => {
  it('offers enum values with their descriptions, replacing the whole value', () => {
    const value = range(11, 8, 11, 14);
    const expected = ['niedrig', 'mittel', 'hoch'].map((label, i) => ({
      label,
      kind: 20,
      detail: 'Aufwand',
      documentation: { kind: 'markdown', value: EFFORT_VALUES[i] },
      sortText: `0${i}`,
      textEdit: { range: value, newText: label },
    }));
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'mittel', 2))).toEqual(expected);
    // At the very start and the very end of the value the whole value is replaced as well.
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'mittel', 0))).toEqual(expected);
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'mittel', 6))).toEqual(expected);
  });

  it('offers enum values into an empty value right after the colon, replacing nothing', () => {
    const items = completionOfFixture(TS, positionOf(TS_TEXT, 'effort:', 7));
    expect(items.map((i) => [i.label, i.textEdit])).toEqual(['niedrig', 'mittel', 'hoch'].map((label) => [label, { range: range(11, 7, 11, 7), newText: label }]));
  });

  it('picking a value gives the document the chosen value', () => {
    const item = completionOfFixture(TS, positionOf(TS_TEXT, 'mittel', 3)).find((i) => i.label === 'hoch')!;
    expect(applyEdits(TS_TEXT, [editOf(item)])).toBe(TS_TEXT.replace('effort: mittel', 'effort: hoch'));
  });

  it('offers the kinds as the value of kind', () => {
    const items = completionOfFixture(TS, positionOf(TS_TEXT, 'instrument', 3, 'kind:'));
    expect(items.map((i) => [i.label, i.textEdit])).toEqual(KINDS.map((kind) => [kind, { range: range(1, 6, 1, 16), newText: kind }]));
  });

  it('offers the values of an enum inside a list of objects (the status of a plan measure)', () => {
    const planText = fixtureText(PLAN);
    const items = completionOfFixture(PLAN, positionOf(planText, 'geplant', 2));
    expect(items.map((i) => [i.label, i.textEdit])).toEqual(['geplant', 'laufend', 'abgeschlossen', 'zurueckgestellt'].map((s) => [s, { range: range(17, 12, 17, 19), newText: s }]));
  });

  it('offers the named value of a score written in block form', () => {
    const text = fixtureText(PLAN).replace('  bo-wartezeiten: { status: 2, relevance: 5 }\n', '  bo-wartezeiten:\n    status: 2\n    relevance: 5\n');
    expect(completionIn(PLAN, text, positionOf(text, '2', 0, 'status: ')).map((i) => [i.label, i.textEdit])).toEqual([
      ['unbekannt', { range: range(10, 12, 10, 13), newText: 'unbekannt' }],
    ]);
  });

  it('still offers values when the YAML elsewhere in the frontmatter is broken', () => {
    const text = TS_TEXT.replace('title: Terminsystem', 'title: [Terminsystem');
    expect(completionIn(TS, text, positionOf(text, 'mittel', 2)).map((i) => i.label)).toEqual(['niedrig', 'mittel', 'hoch']);
  });
});

describe('completion of references', () => {
  it('offers instrument ids (and only those, never the document itself) in requires and related', () => {
    for (const needle of ['requires:', 'related:']) {
      expect(completionOfFixture(TS, positionOf(TS_TEXT, 'servicepoint', 4, needle))).toEqual([
        {
          label: 'Servicepoint',
          labelDetails: { description: 'servicepoint' },
          kind: 18,
          detail: 'Instrument',
          documentation: { kind: 'markdown', value: SERVICEPOINT_SUMMARY },
          sortText: 'servicepoint',
          filterText: `servicepoint Servicepoint ${SERVICEPOINT_SUMMARY}`,
          textEdit: { range: rangeOf(TS_TEXT, 'servicepoint', needle), newText: 'servicepoint' },
        },
      ]);
    }
  });

  it('offers instrument ids inside a flow list, replacing the typed part only', () => {
    const text = TS_TEXT.replace('requires:\n  - servicepoint\n', 'requires: [serv]\n');
    expect(completionIn(TS, text, positionOf(text, 'serv]', 4)).map((i) => [i.textEdit])).toEqual([
      [ { range: range(13, 11, 13, 15), newText: 'servicepoint' }],
    ]);
    const second = TS_TEXT.replace('requires:\n  - servicepoint\n', 'requires: [servicepoint, ]\n');
    expect(completionIn(TS, second, positionOf(second, ', ]', 2)).map((i) => [i.textEdit])).toEqual([
      [ { range: range(13, 25, 13, 25), newText: 'servicepoint' }],
    ]);
  });

  it('offers instrument ids in the instruments of a case and the measures of a plan; Eckpunkt ids for eckpunkt', () => {
    const caseText = fixtureText(CASE);
    expect(completionOfFixture(CASE, positionOf(caseText, 'terminsystem', 0, 'instruments:')).map((i) => [i.label, i.detail, i.textEdit])).toEqual([
      ['Servicepoint', 'Instrument', { range: rangeOf(caseText, 'terminsystem', 'instruments:'), newText: 'servicepoint' }],
      ['Terminsystem', 'Instrument', { range: rangeOf(caseText, 'terminsystem', 'instruments:'), newText: 'terminsystem' }],
    ]);
    const planText = fixtureText(PLAN);
    expect(completionOfFixture(PLAN, positionOf(planText, 'servicepoint', 3)).map((i) => editOf(i).newText)).toEqual(['servicepoint', 'terminsystem']);
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'binnenorganisation', 5)).map((i) => [i.label, i.detail, i.textEdit])).toEqual([
      ['Binnenorganisation', 'Eckpunkt', { range: range(4, 10, 4, 28), newText: 'binnenorganisation' }],
    ]);
  });

  it('offers criterion ids with their text in addresses, not instrument ids', () => {
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'bo-ablaeufe', 3))).toEqual((['bo-ablaeufe', 'bo-erstkontakt', 'bo-wartezeiten'] as const).map((id) => ({
      label: CRITERIA[id],
      labelDetails: { description: id },
      kind: 18,
      detail: 'Kriterium · Binnenorganisation',
      documentation: { kind: 'markdown', value: CRITERIA[id] },
      sortText: id,
      filterText: `${id} ${CRITERIA[id]}`,
      textEdit: { range: range(8, 4, 8, 15), newText: id },
    })));
  });

  it('offers no ids for a reference field when no document of that kind exists', () => {
    const caseText = fixtureText(CASE).replace('partners:', 'sites:\n  - \npartners:');
    expect(completionIn(CASE, caseText, { line: 13, character: 4 })).toEqual([]);
  });
});

describe('completion in the body', () => {
  it('offers only the missing required sections for "## " at the start of a body line', () => {
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '').replace('Lange Schlangen am Morgen.', 'Lange Schlangen am Morgen.\n\n## ');
    const at = positionOf(text, '## \n', 3);
    expect(at).toEqual({ line: 29, character: 3 });
    expect(completionIn(TS, text, at)).toEqual([
      {
        label: '## Stolpersteine',
        kind: 9,
        detail: 'Pflichtabschnitt',
        documentation: { kind: 'markdown', value: 'Was erfahrungsgemäß schiefgeht und wie man es vermeidet.' },
        sortText: '00',
        filterText: '## Stolpersteine',
        textEdit: { range: range(29, 0, 29, 3), newText: '## Stolpersteine\n\n$0' },
        insertTextFormat: 2,
      },
    ]);
  });

  it('offers the numbered-list section with its first item', () => {
    const text = TS_TEXT.replace('## Umsetzungsschritte\n\n1. Anliegen erfassen.\n2. Zeitfenster festlegen.\n\n', '## \n\n');
    expect(completionIn(TS, text, positionOf(text, '## \n', 3)).map((i) => i.textEdit!.newText)).toEqual(['## Umsetzungsschritte\n\n1. $0']);
  });

  it('offers sections for a heading being typed, with one "#" or a started word', () => {
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '').replace('Lange Schlangen am Morgen.', 'Lange Schlangen am Morgen.\n\n# Stol');
    const items = completionIn(TS, text, positionOf(text, '# Stol', 6));
    expect(items.map((i) => [i.label, i.filterText, i.textEdit])).toEqual([
      ['## Stolpersteine', '# Stolpersteine', { range: range(29, 0, 29, 6), newText: '## Stolpersteine\n\n$0' }],
    ]);
  });

  it('offers nothing when no section is missing, nor for "## " in the middle of a line, nor in plain text', () => {
    const complete = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Lange Schlangen am Morgen.\n\n## ');
    expect(completionIn(TS, complete, positionOf(complete, '## \n', 3))).toEqual([]);
    const inline = TS_TEXT.replace('Lange Schlangen am Morgen.', 'Lange Schlangen ## ');
    expect(completionIn(TS, inline, positionOf(inline, '## ', 3, 'Lange'))).toEqual([]);
    expect(completionOfFixture(TS, positionOf(TS_TEXT, 'Lange Schlangen', 5))).toEqual([]);
  });

  it('offers link targets after "](" with instruments first, and anchors after "#"', () => {
    const text = TS_TEXT.replace('Siehe [Weimar](../praxis/weimar-servicepoint.md)', 'Siehe [Weimar](serv');
    const typed = positionOf(text, '[Weimar](serv', 13);
    const replace = { start: { ...typed, character: typed.character - 4 }, end: typed };
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    const targets = ws.service.completion(uri(TS), typed).items;
    expect(targets.map((i) => [i.label, i.detail, i.sortText, i.textEdit]).sort()).toEqual([
      ['../eckpunkte/binnenorganisation.md', 'Binnenorganisation', '1../eckpunkte/binnenorganisation.md', { range: replace, newText: '../eckpunkte/binnenorganisation.md' }],
      ['../plaene/plan-beispiel.md', 'Maßnahmenplan Beispielstadt', '1../plaene/plan-beispiel.md', { range: replace, newText: '../plaene/plan-beispiel.md' }],
      ['../praxis/weimar-servicepoint.md', 'Weimar: Termine am Servicepoint', '1../praxis/weimar-servicepoint.md', { range: replace, newText: '../praxis/weimar-servicepoint.md' }],
      ['servicepoint.md', 'Servicepoint', '0servicepoint.md', { range: replace, newText: 'servicepoint.md' }],
    ]);
    expect(targets.find((i) => i.label === 'servicepoint.md')!.documentation).toEqual({ kind: 'markdown', value: SERVICEPOINT_SUMMARY });

    const afterHash = positionOf(text, 'servicepoint.md#ziel', 16);
    const slugs = ['ziel', 'ausgangslage', 'umsetzungsschritte', 'erfolgsfaktoren', 'stolpersteine', 'beispiele-aus-der-praxis'];
    const headings = ['Ziel', 'Ausgangslage', 'Umsetzungsschritte', 'Erfolgsfaktoren', 'Stolpersteine', 'Beispiele aus der Praxis'];
    expect(ws.service.completion(uri(TS), afterHash).items).toEqual(slugs.map((slug, i) => ({ label: `#${slug}`, kind: 18, detail: headings[i], filterText: slug, textEdit: { range: { start: afterHash, end: afterHash }, newText: slug } })));
    // Within the anchor already typed, the typed part is replaced.
    const inAnchor = positionOf(text, 'servicepoint.md#ziel', 18);
    expect(ws.service.completion(uri(TS), inAnchor).items[0]!.textEdit).toEqual({ range: { start: afterHash, end: inAnchor }, newText: 'ziel' });
  });

  it('offers the anchors of the document itself after "](#"', () => {
    const own = TS_TEXT.replace('und den [Servicepoint]', 'siehe [oben](#) und den [Servicepoint]');
    expect(completionIn(TS, own, positionOf(own, '](#)', 3)).map((i) => i.label)).toEqual(
      ['#ziel', '#ausgangslage', '#umsetzungsschritte', '#erfolgsfaktoren', '#stolpersteine', '#beispiele-aus-der-praxis'],
    );
  });

  it('offers no anchors for a link to a document that does not exist', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', 'gibt-es-nicht.md#');
    expect(completionIn(TS, text, positionOf(text, 'gibt-es-nicht.md#', 17))).toEqual([]);
  });
});

describe('completion where nothing fits', () => {
  it('offers nothing on the fence, in an empty document or for an unknown document', () => {
    expect(completionOfFixture(TS, { line: 0, character: 1 })).toEqual([]);
    expect(completionIn(TS, '', { line: 0, character: 0 })).toEqual([]);
    expect(shared.service.completion(uri('instrumente/gibt-es-nicht.md'), { line: 0, character: 0 })).toEqual({ isIncomplete: false, items: [] });
  });

  it('offers nothing below a key the schema does not know', () => {
    const text = TS_TEXT.replace('sources:\n  - title: Dokumentation des Modellprojekts\n', 'sources:\n  - title: Dokumentation des Modellprojekts\nunbekannt:\n  \n');
    expect(completionIn(TS, text, positionOf(text, 'unbekannt:\n  ', 13))).toEqual([]);
  });
});
