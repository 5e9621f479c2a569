// Every quick fix against the in-memory fixture toolbox: the action offered for a finding, its exact edit,
// and the document after the edit — which, where the fix is complete, has no finding left.
import { describe, expect, it } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../testing/edits';
import { CASE, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { uri, workspace, type TestWorkspace } from '../testing/memoryWorkspace';
import { range } from '../testing/positions';
import { toLspDiagnostic } from './lspDiagnostic';

const TS_TEXT = fixtureText(TS);

/** A fixture toolbox where `path` has `text`; expects exactly one finding there, with `code`, and returns its actions. */
function actionsFor(path: string, text: string, code: string, others: Record<string, string> = {}) {
  const ws = workspace({ ...fixtureToolbox(), ...others, [path]: text });
  const diagnostics = ws.diagnostics(path);
  expect(diagnostics.map((d) => d.code)).toEqual([code]);
  const diagnostic = diagnostics[0]!;
  return { ws, diagnostic, actions: ws.service.codeActions(uri(path), diagnostic.range) };
}

/** The edits of an action, which must all address `path`. */
function editsOf(action: CodeAction, path: string): TextEdit[] {
  const changes = action.edit?.changes ?? {};
  expect(Object.keys(changes)).toEqual([uri(path)]);
  return changes[uri(path)]!;
}

/** Applies the action to `text` (the text of `path`), puts the result into the workspace and returns it. */
function applyAction(ws: TestWorkspace, path: string, text: string, action: CodeAction): string {
  const fixed = applyEdits(text, editsOf(action, path));
  ws.edit(path, fixed);
  return fixed;
}

describe('did-you-mean', () => {
  it('for an enum value', () => {
    const text = TS_TEXT.replace('effort: mittel', 'effort: mitel');
    const { ws, actions, diagnostic } = actionsFor(TS, text, 'WK402');
    expect(actions).toEqual([{ title: 'Ändern in „mittel“', kind: 'quickfix', diagnostics: [toLspDiagnostic(diagnostic)], isPreferred: true, edit: { changes: { [uri(TS)]: [{ range: range(11, 8, 11, 13), newText: 'mittel' }] } } }]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for a reference', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    const { ws, actions } = actionsFor(TS, text, 'WK601');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, TS)])).toEqual([['Ändern in „servicepoint“', true, [{ range: range(14, 4, 14, 15), newText: 'servicepoint' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for an anchor', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', 'servicepoint.md#zeil');
    const { ws, actions } = actionsFor(TS, text, 'WK802');
    expect(actions.map((a) => [a.title, editsOf(a, TS)])).toEqual([['Ändern in „#ziel“', [{ range: range(44, 87, 44, 92), newText: '#ziel' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for a link target, keeping the anchor', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', 'servicepont.md#ziel');
    const { ws, actions } = actionsFor(TS, text, 'WK801');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, TS)])).toEqual([['Link auf „servicepoint.md“ ändern', false, [{ range: range(44, 72, 44, 91), newText: 'servicepoint.md#ziel' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for an unknown kind', () => {
    const text = TS_TEXT.replace('kind: instrument', 'kind: instrumnet');
    const { ws, actions } = actionsFor(TS, text, 'WK302');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, TS)])).toEqual([['Ändern in „instrument“', true, [{ range: range(1, 6, 1, 16), newText: 'instrument' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for an unknown key', () => {
    const text = TS_TEXT.replace('duration_weeks: 16\n', 'duration_weeks: 16\nordr: 3\n');
    const { ws, actions } = actionsFor(TS, text, 'WK403');
    expect(actions.map((a) => [a.title, editsOf(a, TS)])).toEqual([['Ändern in „order“', [{ range: range(13, 0, 13, 4), newText: 'order' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT.replace('duration_weeks: 16\n', 'duration_weeks: 16\norder: 3\n'));
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('for an id that differs from the file name: the file name', () => {
    const sp = fixtureText(SP);
    const text = sp.replace('id: servicepoint', 'id: servicepunkt');
    // The other instrument names "servicepoint" as related, so the related rule speaks up too; the fix is for the id.
    const ws = workspace({ ...fixtureToolbox(), [SP]: text });
    const diagnostic = ws.diagnostics(SP).find((d) => d.code === 'WK502')!;
    expect(diagnostic.range).toEqual(range(2, 4, 2, 16));
    const actions = ws.service.codeActions(uri(SP), diagnostic.range);
    expect(actions.map((a) => [a.title, editsOf(a, SP)])).toEqual([['Ändern in „servicepoint“', [{ range: range(2, 4, 2, 16), newText: 'servicepoint' }]]]);
    expect(applyAction(ws, SP, text, actions[0]!)).toBe(sp);
    expect(ws.diagnostics(SP)).toEqual([]);
  });

  it('nothing for a reference of the wrong kind when no document of the right kind is near', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - binnenorganisation\nrelated');
    expect(actionsFor(TS, text, 'WK602').actions).toEqual([]);
  });
});

describe('missing required fields', () => {
  it('inserts them at the top level, after the last key', () => {
    const text = TS_TEXT.replace('effort: mittel\n', '').replace('duration_weeks: 16\n', '');
    const { ws, actions } = actionsFor(TS, text, 'WK404');
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, TS)])).toEqual([
      ['Pflichtfelder ergänzen: effort, duration_weeks', true, [{ range: range(17, 0, 17, 0), newText: 'effort: niedrig\nduration_weeks: 1\n' }]],
    ]);
    expect(applyAction(ws, TS, text, actions[0]!)).toContain('  - title: Dokumentation des Modellprojekts\neffort: niedrig\nduration_weeks: 1\n---\n');
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('inserts one into a nested mapping at its indentation', () => {
    const original = fixtureText(PLAN);
    const text = original.replace('    due: 2027-05\n    status: geplant\n', '    due: 2027-05\n');
    const { ws, actions } = actionsFor(PLAN, text, 'WK404');
    expect(actions.map((a) => [a.title, editsOf(a, PLAN)])).toEqual([['Pflichtfeld „status“ ergänzen', [{ range: range(17, 0, 17, 0), newText: '    status: geplant\n' }]]]);
    expect(applyAction(ws, PLAN, text, actions[0]!)).toBe(original);
    expect(ws.diagnostics(PLAN)).toEqual([]);
  });

  it('inserts several into a nested mapping, a string with a format as an empty placeholder to be filled in', () => {
    const text = fixtureText(PLAN).replace('    due: 2027-05\n    status: geplant\n', '');
    const { ws, actions } = actionsFor(PLAN, text, 'WK404');
    expect(actions.map((a) => [a.title, editsOf(a, PLAN)])).toEqual([['Pflichtfelder ergänzen: due, status', [{ range: range(16, 0, 16, 0), newText: '    due: ""\n    status: geplant\n' }]]]);
    applyAction(ws, PLAN, text, actions[0]!);
    // No field is missing any more; the empty date is flagged, by the schema and by the plan's date rule.
    expect(ws.diagnostics(PLAN).map((d) => [d.code, d.range])).toEqual([['WK405', range(16, 9, 16, 11)], ['WK1005', range(16, 9, 16, 11)]]);
  });

  it('offers nothing for a mapping written in flow style', () => {
    const text = fixtureText(PLAN).replace('{ status: 2, relevance: 5 }', '{ status: 2 }');
    expect(actionsFor(PLAN, text, 'WK404').actions).toEqual([]);
  });
});

describe('missing sections', () => {
  it('inserts the skeleton of the required sections into an empty body', () => {
    const text = TS_TEXT.slice(0, TS_TEXT.indexOf('---\n', 4) + 4);
    const { ws, actions } = actionsFor(TS, text, 'WK701');
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([['Gerüst der Pflichtabschnitte einfügen', true]]);
    const fixed = applyAction(ws, TS, text, actions[0]!);
    expect(fixed.slice(text.length)).toBe('\n## Ziel\n\n…\n\n## Ausgangslage\n\n…\n\n## Umsetzungsschritte\n\n1. …\n\n## Erfolgsfaktoren\n\n…\n\n## Stolpersteine\n\n…\n\n## Beispiele aus der Praxis\n\n…\n');
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('inserts the skeleton after a closing fence without a line break', () => {
    const text = TS_TEXT.slice(0, TS_TEXT.indexOf('---\n', 4) + 3);
    const { ws, actions } = actionsFor(TS, text, 'WK701');
    const fixed = applyAction(ws, TS, text, actions[0]!);
    expect(fixed.slice(text.length)).toMatch(/^\n\n## Ziel\n\n…\n\n## Ausgangslage\n/);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('inserts one missing section at its place', () => {
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '');
    const { ws, actions } = actionsFor(TS, text, 'WK701');
    expect(actions.map((a) => [a.title, editsOf(a, TS)])).toEqual([['Abschnitt „Stolpersteine“ einfügen', [{ range: range(38, 0, 38, 0), newText: '## Stolpersteine\n\n…\n\n' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT.replace('Schlechte Erreichbarkeit am Telefon.', '…'));
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('appends a missing last section at the end of the document', () => {
    const text = TS_TEXT.slice(0, TS_TEXT.indexOf('\n## Beispiele aus der Praxis'));
    const { ws, actions } = actionsFor(TS, text, 'WK701');
    expect(actions.map((a) => a.title)).toEqual(['Abschnitt „Beispiele aus der Praxis“ einfügen']);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(`${text}\n## Beispiele aus der Praxis\n\n…\n`);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('renames a near-miss heading, as an alternative to inserting the section', () => {
    const text = TS_TEXT.replace('## Ziel', '## Zeil');
    const { ws, actions } = actionsFor(TS, text, 'WK701');
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([['Abschnitt „Ziel“ einfügen', true], ['Überschrift in „## Ziel“ ändern', true]]);
    expect(editsOf(actions[1]!, TS)).toEqual([{ range: range(21, 0, 21, 7), newText: '## Ziel' }]);
    expect(applyAction(ws, TS, text, actions[1]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('offers for each missing section only its own fix', () => {
    const text = TS_TEXT.replace('## Stolpersteine\n\nSchlechte Erreichbarkeit am Telefon.\n\n', '').replace('## Ziel\n\nKurze, planbare Wartezeiten.\n\n', '');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    const missing = ws.diagnostics(TS);
    expect(missing.map((d) => [d.code, d.range])).toEqual([['WK701', range(21, 0, 21, 15)], ['WK701', range(34, 0, 34, 27)]]);
    expect(missing.map((d) => ws.service.codeActions(uri(TS), d.range).map((a) => [a.title, editsOf(a, TS)]))).toEqual([
      [['Abschnitt „Ziel“ einfügen', [{ range: range(21, 0, 21, 0), newText: '## Ziel\n\n…\n\n' }]]],
      [['Abschnitt „Stolpersteine“ einfügen', [{ range: range(34, 0, 34, 0), newText: '## Stolpersteine\n\n…\n\n' }]]],
    ]);
  });
});

describe('related made mutual', () => {
  it('adds the key to the other document when it has none', () => {
    const sp = fixtureText(SP).replace('related:\n  - terminsystem\n', '');
    const { ws, actions } = actionsFor(TS, TS_TEXT, 'WK604', { [SP]: sp });
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, SP)])).toEqual([
      ['„terminsystem“ auch bei „servicepoint“ als verwandt eintragen', true, [{ range: range(14, 0, 14, 0), newText: 'related:\n  - terminsystem\n' }]],
    ]);
    applyAction(ws, SP, sp, actions[0]!);
    expect(ws.diagnostics(TS)).toEqual([]);
    expect(ws.diagnostics(SP)).toEqual([]);
  });

  it('grows an existing list by one entry at its indentation', () => {
    const sp = fixtureText(SP).replace('related:\n  - terminsystem\n', 'related:\n    - gibt-es-nicht\n');
    const ws = workspace({ ...fixtureToolbox(), [SP]: sp });
    const [diagnostic] = ws.diagnostics(TS);
    expect(diagnostic!.code).toBe('WK604');
    expect(ws.service.codeActions(uri(TS), diagnostic!.range).map((a) => editsOf(a, SP))).toEqual([[{ range: range(14, 0, 14, 0), newText: '    - terminsystem\n' }]]);
  });

  it('puts the id inside the brackets of a flow list, empty or not', () => {
    for (const [flow, expected] of [['related: []', 'related: [terminsystem]'], ['related: [gibt-es-nicht]', 'related: [gibt-es-nicht, terminsystem]']] as const) {
      const sp = fixtureText(SP).replace('related:\n  - terminsystem', flow);
      const ws = workspace({ ...fixtureToolbox(), [SP]: sp });
      const diagnostic = ws.diagnostics(TS).find((d) => d.code === 'WK604')!;
      const fixed = applyAction(ws, SP, sp, ws.service.codeActions(uri(TS), diagnostic.range)[0]!);
      expect(fixed).toContain(`${expected}\n`);
      expect(ws.diagnostics(TS).map((d) => d.code)).not.toContain('WK604');
    }
  });
});

describe('private e-mail addresses', () => {
  it('moves an address from the body into a new contact entry', () => {
    const original = fixtureText(CASE);
    const text = original.replace('Weniger Unterbrechungen.', 'Weniger Unterbrechungen. Kontakt: anna.muster@example.org');
    const { ws, actions } = actionsFor(CASE, text, 'WK901');
    expect(actions.map((a) => [a.title, editsOf(a, CASE)])).toEqual([[
      'E-Mail-Adresse in einen Kontakteintrag verschieben (Rolle, Institution und Rechtsgrundlage prüfen)',
      [
        { range: range(28, 34, 28, 57), newText: '' },
        { range: range(16, 0, 16, 0), newText: 'contacts:\n  - role: ""\n    institution: ""\n    email: anna.muster@example.org\n    legal_basis: einwilligung\n' },
      ],
    ]]);
    const fixed = applyAction(ws, CASE, text, actions[0]!);
    expect(fixed).not.toContain('Kontakt: anna');
    // The address is no longer a finding; what is left are the placeholders the title asks to fill in.
    expect(ws.diagnostics(CASE).map((d) => [d.code, d.range])).toEqual([
      ['WK406', range(17, 4, 17, 8)],
      ['WK406', range(18, 4, 18, 15)],
    ]);
    ws.edit(CASE, fixed.replace('role: ""', 'role: Projektleitung').replace('institution: ""', 'institution: Stadt Weimar'));
    expect(ws.diagnostics(CASE)).toEqual([]);
  });

  it('moves an address out of a frontmatter value without losing the rest of the value', () => {
    const text = fixtureText(CASE)
      .replace('  - Ausländerbehörde Weimar\n', '  - "Ausländerbehörde Weimar, info@weimar.de"\n')
      .replace('sources:', 'contacts:\n  - role: Leitung\n    institution: Stadt Weimar\nsources:');
    const { ws, actions } = actionsFor(CASE, text, 'WK901');
    expect(editsOf(actions[0]!, CASE)).toEqual([
      { range: range(13, 28, 13, 44), newText: '' },
      { range: range(17, 0, 17, 0), newText: '  - role: ""\n    institution: ""\n    email: info@weimar.de\n    legal_basis: einwilligung\n' },
    ]);
    const fixed = applyAction(ws, CASE, text, actions[0]!);
    expect(fixed).toContain('partners:\n  - "Ausländerbehörde Weimar"\ncontacts:\n  - role: Leitung\n    institution: Stadt Weimar\n  - role: ""\n');
    expect(ws.diagnostics(CASE).map((d) => d.code)).toEqual(['WK406', 'WK406']);
  });

  it('offers nothing when the contacts are written as a flow list', () => {
    const text = fixtureText(CASE).replace('Weniger Unterbrechungen.', 'Kontakt: a.b@example.org').replace('sources:', 'contacts: []\nsources:');
    expect(actionsFor(CASE, text, 'WK901').actions).toEqual([]);
  });
});

describe('a wrongly indented list entry', () => {
  it('moves its dash under the one of the entry above, which leaves the document without a finding', () => {
    const text = TS_TEXT.replace('  - bo-ablaeufe\n', '    - bo-ablaeufe\n');
    const { ws, actions, diagnostic } = actionsFor(TS, text, 'WK205');
    expect(diagnostic.range).toEqual(range(8, 4, 8, 17));
    expect(actions.map((a) => [a.title, a.isPreferred, editsOf(a, TS)])).toEqual([['„bo-ablaeufe“ so weit einrücken wie „bo-wartezeiten“', true, [{ range: range(8, 0, 8, 4), newText: '  ' }]]]);
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(TS_TEXT);
    expect(ws.diagnostics(TS)).toEqual([]);
  });

  it('in a list at its key’s column removes the indentation', () => {
    const compact = TS_TEXT.replace('  - bo-wartezeiten\n  - bo-ablaeufe\n', '- bo-wartezeiten\n- bo-ablaeufe\n');
    const text = compact.replace('- bo-ablaeufe\n', ' - bo-ablaeufe\n');
    const { ws, actions } = actionsFor(TS, text, 'WK205');
    expect(applyAction(ws, TS, text, actions[0]!)).toBe(compact);
    expect(ws.diagnostics(TS)).toEqual([]);
  });
});

describe('the range asked for', () => {
  it('offers nothing for a range without a diagnostic, nor for an unknown document', () => {
    const ws = workspace(fixtureToolbox());
    expect(ws.service.codeActions(uri(TS), range(3, 0, 3, 5))).toEqual([]);
    expect(ws.service.codeActions(uri('instrumente/gibt-es-nicht.md'), range(0, 0, 0, 0))).toEqual([]);
  });

  it('offers the fixes of the findings the range touches, and only those', () => {
    const text = TS_TEXT.replace('effort: mittel', 'effort: mitel').replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    expect(ws.diagnostics(TS).map((d) => d.code)).toEqual(['WK402', 'WK601']);
    expect(ws.service.codeActions(uri(TS), range(11, 10, 11, 10)).map((a) => a.title)).toEqual(['Ändern in „mittel“']);
    expect(ws.service.codeActions(uri(TS), range(14, 0, 14, 4)).map((a) => a.title)).toEqual(['Ändern in „servicepoint“']);
    expect(ws.service.codeActions(uri(TS), range(11, 0, 14, 5)).map((a) => a.title)).toEqual(['Ändern in „mittel“', 'Ändern in „servicepoint“']);
    expect(ws.service.codeActions(uri(TS), range(12, 0, 13, 5))).toEqual([]);
  });
});
