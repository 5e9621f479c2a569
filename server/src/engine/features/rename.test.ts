// Rename against the in-memory fixture toolbox: prepareRename, the workspace edit of a rename (every
// reference, the id, body links to the file, the file itself when it is named after the id), the German
// refusals — and, applied as an editor would, a workspace that is consistent again.
import { describe, expect, it } from 'vitest';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../testing/edits';
import { caseDocument, eckpunkt, instrument } from '../testing/fixtures';
import { CASE, ECK, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { ROOT, uri, workspace } from '../testing/memoryWorkspace';
import { positionOf, range } from '../testing/positions';
import { RenameError, type RenameResult } from './rename';

const TS_TEXT = fixtureText(TS);
const shared = workspace(fixtureToolbox());
const path = (u: string) => u.slice(ROOT.length + 1);

/** The text edits by toolbox path, each list in document order. */
function editsByPath(result: RenameResult): Record<string, TextEdit[]> {
  return Object.fromEntries(
    [...result.edits].map(([u, edits]) => [path(u), [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)]),
  );
}

/** The files after the rename: text edits on the old names, then the files moved. */
function applyRename(files: Record<string, string>, result: RenameResult): Record<string, string> {
  const next = { ...files };
  for (const [u, edits] of result.edits) next[path(u)] = applyEdits(next[path(u)]!, edits);
  for (const { oldUri, newUri } of result.renames) {
    const text = next[path(oldUri)]!;
    delete next[path(oldUri)];
    next[path(newUri)] = text;
  }
  return next;
}

/** Every finding of every document, by path; an empty object means a consistent workspace. */
function findings(files: Record<string, string>): Record<string, string[]> {
  const ws = workspace(files);
  return Object.fromEntries(Object.keys(files).map((p) => [p, ws.diagnostics(p).map((d) => `${d.code} ${d.message}`)]).filter(([, list]) => list!.length > 0));
}

function refusal(run: () => unknown): RenameError {
  try {
    run();
  } catch (error) {
    if (error instanceof RenameError) return error;
    throw error;
  }
  throw new Error('expected a RenameError');
}

describe('prepareRename', () => {
  const prepare = (position: Position, file = TS) => shared.service.prepareRename(uri(file), position);

  it('answers the id under the cursor, and nothing elsewhere', () => {
    expect(prepare(positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'))).toEqual({ range: range(14, 4, 14, 16), placeholder: 'servicepoint' });
    expect(prepare(positionOf(TS_TEXT, 'terminsystem', 0))).toEqual({ range: range(2, 4, 2, 16), placeholder: 'terminsystem' });
    expect(prepare(positionOf(TS_TEXT, 'bo-ablaeufe', 11))).toEqual({ range: range(8, 4, 8, 15), placeholder: 'bo-ablaeufe' });
    expect(prepare(positionOf(TS_TEXT, 'effort', 1))).toBeNull();
    expect(prepare(positionOf(TS_TEXT, 'Lange', 1))).toBeNull();
  });

  it('covers the id from its first to its last character', () => {
    const expected = { range: range(14, 4, 14, 16), placeholder: 'servicepoint' };
    expect(prepare(positionOf(TS_TEXT, 'servicepoint', 0, 'requires:'))).toEqual(expected);
    expect(prepare(positionOf(TS_TEXT, 'servicepoint', 12, 'requires:'))).toEqual(expected);
  });

  it('answers a criterion at its definition and as a plan assessment key, and an instrument in a measure', () => {
    expect(prepare(positionOf(fixtureText(ECK), 'bo-wartezeiten', 2), ECK)).toEqual({ range: range(7, 8, 7, 22), placeholder: 'bo-wartezeiten' });
    const plan = fixtureText(PLAN);
    expect(prepare(positionOf(plan, 'bo-wartezeiten', 2), PLAN)).toEqual({ range: range(9, 2, 9, 16), placeholder: 'bo-wartezeiten' });
    expect(prepare(positionOf(plan, 'servicepoint', 2), PLAN)).toEqual({ range: range(13, 16, 13, 28), placeholder: 'servicepoint' });
  });

  it('answers nothing on a body link, on a heading, or in an unknown document', () => {
    expect(prepare(positionOf(TS_TEXT, 'servicepoint.md', 2))).toBeNull();
    expect(prepare(positionOf(TS_TEXT, '## Ziel', 4))).toBeNull();
    expect(prepare({ line: 2, character: 5 }, 'instrumente/gibt-es-nicht.md')).toBeNull();
  });
});

describe('rename of a document id', () => {
  it('edits every reference, the body links and the id, and renames the file named after the id', () => {
    const result = shared.service.rename(uri(TS), positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'), 'anlaufstelle');
    expect(result.renames).toEqual([{ oldUri: uri(SP), newUri: uri('instrumente/anlaufstelle.md') }]);
    expect(editsByPath(result)).toEqual({
      [SP]: [{ range: range(2, 4, 2, 16), newText: 'anlaufstelle' }],
      [TS]: [
        { range: range(14, 4, 14, 16), newText: 'anlaufstelle' },
        { range: range(16, 4, 16, 16), newText: 'anlaufstelle' },
        { range: range(44, 72, 44, 87), newText: 'anlaufstelle.md' },
      ],
      [PLAN]: [{ range: range(13, 16, 13, 28), newText: 'anlaufstelle' }],
      [CASE]: [
        { range: range(10, 4, 10, 16), newText: 'anlaufstelle' },
        { range: range(24, 34, 24, 49), newText: 'anlaufstelle.md' },
      ],
      [ECK]: [{ range: range(28, 36, 28, 51), newText: 'anlaufstelle.md' }],
    });
  });

  it('applied, leaves a consistent workspace: no finding anywhere, the anchors kept', () => {
    const files = fixtureToolbox();
    expect(findings(files)).toEqual({});
    const renamed = applyRename(files, shared.service.rename(uri(TS), positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'), 'anlaufstelle'));
    expect(Object.keys(renamed).sort()).toEqual([CASE, ECK, 'instrumente/anlaufstelle.md', TS, PLAN].sort());
    expect(renamed[TS]).toContain('requires:\n  - anlaufstelle\nrelated:\n  - anlaufstelle\n');
    expect(renamed[TS]).toContain('[Servicepoint](anlaufstelle.md#ziel)');
    expect(renamed['instrumente/anlaufstelle.md']).toContain('id: anlaufstelle\n');
    expect(renamed[ECK]).toContain('- Ein [Servicepoint](../instrumente/anlaufstelle.md).');
    expect(findings(renamed)).toEqual({});
  });

  it('gives the same edit from the declaration (the id in its own document) as from a reference', () => {
    const fromReference = shared.service.rename(uri(TS), positionOf(TS_TEXT, 'servicepoint', 4, 'requires:'), 'anlaufstelle');
    const fromDeclaration = shared.service.rename(uri(SP), positionOf(fixtureText(SP), 'servicepoint', 1), 'anlaufstelle');
    expect(editsByPath(fromDeclaration)).toEqual(editsByPath(fromReference));
    expect(fromDeclaration.renames).toEqual(fromReference.renames);
  });

  it('edits a link of the document to its own file name, not a link to its own anchor', () => {
    const sp = fixtureText(SP).replace('Zu kleiner Raum.', 'Zu kleiner Raum, siehe [Ziel](servicepoint.md#ziel) und [oben](#ziel).');
    const files = { ...fixtureToolbox(), [SP]: sp };
    const result = workspace(files).service.rename(uri(SP), positionOf(sp, 'servicepoint', 1), 'anlaufstelle');
    expect(editsByPath(result)[SP]).toEqual([
      { range: range(2, 4, 2, 16), newText: 'anlaufstelle' },
      { range: range(37, 30, 37, 45), newText: 'anlaufstelle.md' },
    ]);
    expect(findings(applyRename(files, result))).toEqual({});
  });

  it('of a document whose file name differs from its id: the references and the id, no file rename, no link edits', () => {
    // "termine.md" holds the instrument "terminsystem"; renaming it to "termine" makes id and file name agree.
    const sp = instrument({ id: 'servicepoint', related: ['terminsystem'], body: '\n## Ziel\n\nSiehe [Termine](termine.md).\n' });
    const weimar = caseDocument('weimar', ['terminsystem']);
    const files = {
      'eckpunkte/binnenorganisation.md': eckpunkt(),
      'instrumente/termine.md': instrument({ id: 'terminsystem', related: ['servicepoint'] }),
      'instrumente/servicepoint.md': sp,
      'praxis/weimar.md': weimar,
    };
    expect(workspace(files).diagnostics('instrumente/termine.md').map((d) => d.code)).toContain('WK502');
    const result = workspace(files).service.rename(uri('praxis/weimar.md'), positionOf(weimar, 'terminsystem', 1), 'termine');
    expect(result.renames).toEqual([]);
    expect(editsByPath(result)).toEqual({
      'instrumente/termine.md': [{ range: range(2, 4, 2, 16), newText: 'termine' }],
      'instrumente/servicepoint.md': [{ range: range(15, 4, 15, 16), newText: 'termine' }],
      'praxis/weimar.md': [{ range: range(10, 4, 10, 16), newText: 'termine' }],
    });
    const renamed = applyRename(files, result);
    expect(renamed['instrumente/servicepoint.md']).toContain('Siehe [Termine](termine.md).');
    expect(workspace(renamed).diagnostics('instrumente/termine.md').map((d) => d.code)).not.toContain('WK502');
  });

  it('of an id that resolves to nothing: only the places that name it', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    const result = workspace({ ...fixtureToolbox(), [TS]: text }).service.rename(uri(TS), positionOf(text, 'servicepont', 2), 'servicepoint-neu');
    expect(editsByPath(result)).toEqual({ [TS]: [{ range: range(14, 4, 14, 15), newText: 'servicepoint-neu' }] });
    expect(result.renames).toEqual([]);
  });

  it('in an unknown document: nothing to do', () => {
    expect(shared.service.rename(uri('instrumente/gibt-es-nicht.md'), { line: 2, character: 5 }, 'neu')).toEqual({ edits: new Map(), renames: [] });
  });
});

describe('rename of a criterion id', () => {
  it('edits the definition and every reference, and renames no file', () => {
    const result = shared.service.rename(uri(TS), positionOf(TS_TEXT, 'bo-ablaeufe', 2), 'bo-prozesse');
    expect(result.renames).toEqual([]);
    expect(editsByPath(result)).toEqual({
      [ECK]: [{ range: range(13, 8, 13, 19), newText: 'bo-prozesse' }],
      [TS]: [{ range: range(8, 4, 8, 15), newText: 'bo-prozesse' }],
      [PLAN]: [{ range: range(11, 2, 11, 13), newText: 'bo-prozesse' }],
    });
    const renamed = applyRename(fixtureToolbox(), result);
    expect(renamed[ECK]).toContain('  - id: bo-prozesse\n');
    expect(renamed[PLAN]).toContain('  bo-prozesse: { status: unbekannt, relevance: 3 }');
    expect(findings(renamed)).toEqual({});
  });

  it('from a plan assessment key, and onto an id that only a document has (criteria have their own namespace)', () => {
    const plan = fixtureText(PLAN);
    const result = shared.service.rename(uri(PLAN), positionOf(plan, 'bo-erstkontakt', 2), 'terminsystem');
    expect(editsByPath(result)).toEqual({
      [ECK]: [{ range: range(10, 8, 10, 22), newText: 'terminsystem' }],
      [SP]: [{ range: range(7, 4, 7, 18), newText: 'terminsystem' }],
      [PLAN]: [{ range: range(10, 2, 10, 16), newText: 'terminsystem' }],
    });
    expect(findings(applyRename(fixtureToolbox(), result))).toEqual({});
  });
});

describe('rename refused', () => {
  const at = positionOf(TS_TEXT, 'servicepoint', 4, 'requires:');
  const rename = (newId: string, position: Position = at) => refusal(() => shared.service.rename(uri(TS), position, newId)).message;

  it('to an invalid id, in German, naming the id', () => {
    const invalid = (id: string) => `„${id}“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen.`;
    for (const id of ['Neue Stelle', 'anlaufstätte', 'neu-', '-neu', 'neu--stelle', 'Neu', '']) expect(rename(id)).toBe(invalid(id));
  });

  it('onto an id that is taken, by a document of any kind or by another criterion', () => {
    expect(rename('terminsystem')).toBe('Die Kennung „terminsystem“ ist schon vergeben.');
    expect(rename('weimar-servicepoint')).toBe('Die Kennung „weimar-servicepoint“ ist schon vergeben.');
    expect(rename('bo-wartezeiten', positionOf(TS_TEXT, 'bo-ablaeufe', 2))).toBe('Die Kennung „bo-wartezeiten“ ist schon vergeben.');
  });

  it('onto the name of an existing file, whose id is free (a file that is no document, or one with another id)', () => {
    const sp = fixtureText(SP);
    for (const [extra, files] of [
      [['instrumente/anlaufstelle.md'], fixtureToolbox()],
      [[], { ...fixtureToolbox(), 'instrumente/anlaufstelle.md': fixtureText(TS).replace(/^id: terminsystem$/m, 'id: anderer-name') }],
    ] as const) {
      const ws = workspace(files, [...extra]);
      const message = refusal(() => ws.service.rename(uri(SP), positionOf(sp, 'servicepoint', 1), 'anlaufstelle')).message;
      expect(message).toBe('Die Datei „anlaufstelle.md“ gibt es in diesem Ordner schon; die Umbenennung würde sie überschreiben. Wählen Sie eine andere Kennung oder benennen Sie die Datei zuerst um.');
    }
  });

  it('where no id stands', () => {
    expect(rename('aufwand', positionOf(TS_TEXT, 'effort', 2))).toBe('Hier steht keine Kennung, die sich umbenennen lässt.');
    expect(rename('ziel', positionOf(TS_TEXT, 'servicepoint.md#ziel', 2))).toBe('Hier steht keine Kennung, die sich umbenennen lässt.');
  });

  it('checks the new id before whether it is taken', () => {
    expect(rename('Terminsystem')).toBe('„Terminsystem“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen.');
  });
});
