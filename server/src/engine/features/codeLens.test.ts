// Code lenses against the in-memory fixture toolbox: where an instrument is used, and each measure's Ampel,
// status and last update with the command that updates its status.
import { describe, expect, it } from 'vitest';
import { caseDocument } from '../testing/fixtures';
import { CASE, ECK, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { uri, workspace } from '../testing/memoryWorkspace';
import { range } from '../testing/positions';

const shared = workspace(fixtureToolbox());

describe('code lenses on an instrument', () => {
  const second = caseDocument('jena-servicepoint', ['servicepoint']);

  it('how many cases and plans use it, with the command that lists them', () => {
    const ws = workspace({ ...fixtureToolbox(), 'praxis/jena-servicepoint.md': second });
    expect(ws.service.codeLenses(uri(SP))).toEqual([{ range: range(0, 0, 0, 3), command: { title: 'in 2 Praxisbeispielen, 1 Plan verwendet', command: 'werkzeugkoffer.showReferences', arguments: [uri(SP), { line: 0, character: 0 }] } }]);
    expect(ws.service.codeLenses(uri(TS)).map((l) => l.command!.title)).toEqual(['in 1 Praxisbeispiel, 1 Plan verwendet']);
  });

  it('follows the documents as they change', () => {
    const ws = workspace(fixtureToolbox());
    ws.edit(PLAN, fixtureText(PLAN).replace('instrument: terminsystem', 'instrument: servicepoint'));
    ws.edit(CASE, fixtureText(CASE).replace('  - terminsystem\n', ''));
    expect(ws.service.codeLenses(uri(TS)).map((l) => l.command!.title)).toEqual(['in 0 Praxisbeispielen, 0 Plänen verwendet']);
  });

  it('none on a case or an Eckpunkt', () => {
    for (const path of [CASE, ECK]) expect(shared.service.codeLenses(uri(path))).toEqual([]);
  });
});

const MONITORED = `---
kind: plan
id: plan-beispiel
title: Maßnahmenplan Beispielstadt
agency:
  name: Ausländerbehörde Beispielstadt
  bundesland: Hessen
assessed: 2026-05-04
assessment:
  bo-wartezeiten: { status: 2, relevance: 5 }
reporting:
  as_of: 2027-06
measures:
  - instrument: servicepoint
    owner: Leitung der Ausländerbehörde
    start: 2027-01
    due: 2027-05
    status: geplant
    updates:
      - { date: 2027-01-12, status: laufend }
      - { date: 2027-03-12, status: laufend, note: Theke wird umgebaut. }
      - { date: 2027-07-01, status: abgeschlossen, note: Nach dem Stichtag. }
  - instrument: terminsystem
    owner: Sachgebiet Service
    start: 2027-06
    due: 2027-09
    status: geplant
  -   instrument: aufrufanlage
      start: 2027-02
      due: 2027-12
      status: zurueckgestellt
  - owner: ohne Instrument
---
`;

describe('code lenses on a plan', () => {
  const lens = (line: number, end: number, title: string, tooltip: string, instrument: string) => ({ range: range(line, 0, line, end), command: { title, tooltip, command: 'werkzeugkoffer.plan.status', arguments: [uri(PLAN), instrument] } });

  it('each measure: Ampel symbol and word, status and the last update as of the plan’s reporting date; a click updates its status', () => {
    const ws = workspace({ ...fixtureToolbox(), [PLAN]: MONITORED });
    expect(ws.service.codeLenses(uri(PLAN))).toEqual([
      lens(13, 28, '■ überfällig · laufend · zuletzt 12. März 2027', 'Ampel rot am 30. Juni 2027: seit Juni 2027 überfällig (geplantes Ende Mai 2027). Klicken, um den Status zu aktualisieren.', 'servicepoint'),
      lens(22, 28, '● im Plan · geplant · noch kein Eintrag', 'Ampel grün am 30. Juni 2027: Start für Juni 2027 geplant. Klicken, um den Status zu aktualisieren.', 'terminsystem'),
      lens(27, 30, '■ ohne Entscheidung gestoppt · zurückgestellt · noch kein Eintrag', 'Ampel rot am 30. Juni 2027: ohne dokumentierte Entscheidung gestoppt (zurückgestellt ohne datierten Eintrag mit Notiz). Klicken, um den Status zu aktualisieren.', 'aufrufanlage'),
    ]);
  });

  it('without a reporting date the Ampel is today’s', () => {
    const text = MONITORED.replace('reporting:\n  as_of: 2027-06\n', '');
    const early = workspace({ ...fixtureToolbox(), [PLAN]: text }, [], { today: () => '2027-02-15' });
    expect(early.service.codeLenses(uri(PLAN)).map((l) => l.command!.title)).toEqual(['● im Plan · laufend · zuletzt 12. Januar 2027', '● im Plan · geplant · noch kein Eintrag', '■ ohne Entscheidung gestoppt · zurückgestellt · noch kein Eintrag']);
    const late = workspace({ ...fixtureToolbox(), [PLAN]: text }, [], { today: () => '2027-07-01' });
    expect(late.service.codeLenses(uri(PLAN))[0]!.command!.title).toBe('● im Plan · abgeschlossen · zuletzt 1. Juli 2027');
  });

  it('a plan without measures, or measures that are no list, has none', () => {
    const ws = workspace({ ...fixtureToolbox(), [PLAN]: MONITORED.replace(/measures:[\s\S]*---\n$/, 'measures: keine\n---\n') });
    expect(ws.service.codeLenses(uri(PLAN))).toEqual([]);
  });
});
