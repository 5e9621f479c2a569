import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic';
import { caseDocument, eckpunkt, instrument, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const MEASURE = '  - instrument: terminsystem\n    owner: Leitung\n    start: 2026-06\n    due: 2026-12\n    status: geplant\n';
const PLAN = plan(MEASURE);
const ECKPUNKT = eckpunkt('binnenorganisation');

/** The schema findings (WK4xx) of one document, with the documents it refers to beside it. */
function schemaFindings(path: string, text: string): Diagnostic[] {
  const ws = workspace({ 'eckpunkte/binnenorganisation.md': ECKPUNKT, 'instrumente/terminsystem.md': instrument(), [path]: text });
  return ws.diagnostics(path).filter((d) => d.code.startsWith('WK4'));
}

const I = 'instrumente/terminsystem.md';
const P = 'plaene/plan-test.md';
const C = 'praxis/weimar-servicepoint.md';

describe('schema rule', () => {
  it('accepts valid documents of every kind', () => {
    expect(schemaFindings(I, instrument())).toEqual([]);
    expect(schemaFindings('eckpunkte/binnenorganisation.md', ECKPUNKT)).toEqual([]);
    expect(schemaFindings(C, caseDocument())).toEqual([]);
    expect(schemaFindings(P, PLAN)).toEqual([]);
  });

  describe('type', () => {
    it('reports a wrong type on the value', () => {
      const text = instrument().replace('duration_weeks: 12', 'duration_weeks: zwölf');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaType, text, 'zwölf')]);
      expect(findings[0]!.message).toBe('Falscher Typ für „Dauer in Wochen“: erwartet wird eine ganze Zahl, gefunden „zwölf“.');
    });

    it('reports an empty value on its key', () => {
      const text = instrument().replace('duration_weeks: 12', 'duration_weeks:');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaType, text, 'duration_weeks')]);
      expect(findings[0]!.message).toContain('gefunden leer');
    });

    it('reports a list where a mapping is expected on the list', () => {
      const text = PLAN.replace('agency:\n  name: Ausländerbehörde Test\n  bundesland: Hessen', 'agency: [Ausländerbehörde Test, Hessen]');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaType, text, '[Ausländerbehörde Test, Hessen]')]);
      expect(findings[0]!.message).toBe('Falscher Typ für „Behörde“: erwartet wird eine Zuordnung von Feldern, gefunden eine Liste.');
    });
  });

  describe('enum', () => {
    it('reports a value outside the enum with the allowed values and a did-you-mean', () => {
      const text = instrument().replace('effort: mittel', 'effort: mitel');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaEnum, text, 'mitel')]);
      expect(findings[0]!.message).toBe('„mitel“ ist kein erlaubter Wert für „Aufwand“. Erlaubt: „niedrig“, „mittel“, „hoch“. Meinten Sie „mittel“?');
      expect(findings[0]!.data?.suggestions).toEqual(['mittel']);
    });

    it('reports an enum value inside a list on the item', () => {
      const text = instrument().replace('  - erstorientierung', '  - erstorientirung');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaEnum, text, 'erstorientirung')]);
      expect(findings[0]!.message).toContain('Erlaubt: „vorintegration“, „erstorientierung“, „etablierung“. Meinten Sie „erstorientierung“?');
    });

    it('reports a misspelt Bundesland with the suggestion', () => {
      const text = PLAN.replace('bundesland: Hessen', 'bundesland: Hesen');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaEnum, text, 'Hesen')]);
      expect(findings[0]!.message).toContain('„Hessen“, ');
      expect(findings[0]!.message).toMatch(/Meinten Sie „Hessen“\?$/);
    });

    it('gives no suggestion for a value that resembles no allowed one', () => {
      const text = instrument().replace('effort: mittel', 'effort: enorm');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaEnum, text, 'enorm')]);
      expect(findings[0]!.message).not.toContain('Meinten Sie');
    });
  });

  describe('unknown keys', () => {
    it('reports an unknown key on the key with a did-you-mean', () => {
      const text = instrument().replace('effort: mittel', 'effort: mittel\nefort: hoch');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaUnknownKey, text, 'efort')]);
      expect(findings[0]!.message).toBe('Unbekanntes Feld „efort“. Meinten Sie „effort“?');
      expect(findings[0]!.data?.suggestions).toEqual(['effort']);
    });

    it('lists the allowed fields of a small object when nothing is close', () => {
      const text = instrument().replace('  - title: Eine Quelle des Modellprojekts', '  - title: Eine Quelle des Modellprojekts\n    verfasser: BAMF');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaUnknownKey, text, 'verfasser')]);
      expect(findings[0]!.message).toBe('Unbekanntes Feld „verfasser“ in „Quelle“. Erlaubte Felder: title, publisher, year, url.');
    });
  });

  describe('required', () => {
    it('names all missing root fields in one finding on the kind key', () => {
      const text = instrument().replace('effort: mittel\n', '').replace('duration_weeks: 12\n', '');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'kind')]);
      expect(findings[0]!.message).toBe('Pflichtfelder fehlen: „effort“, „duration_weeks“.');
      expect(findings[0]!.data?.missing).toEqual(['effort', 'duration_weeks']);
    });

    it('names a single missing root field with its title', () => {
      const text = instrument().replace('effort: mittel\n', '');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'kind')]);
      expect(findings[0]!.message).toBe('Pflichtfeld „effort“ fehlt (Aufwand).');
    });

    it('reports a missing nested field on the parent key', () => {
      const text = PLAN.replace('  name: Ausländerbehörde Test\n', '');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'agency')]);
      expect(findings[0]!.message).toBe('Pflichtfeld „name“ in „Behörde“ fehlt (Name).');
    });

    it('reports missing fields of a list item on the item’s first line', () => {
      const text = plan('  - instrument: terminsystem\n    start: 2026-06\n    due: 2026-12\n');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'instrument: terminsystem')]);
      expect(findings[0]!.message).toBe('Pflichtfelder fehlen in „Maßnahme“: „owner“, „status“.');
    });

    it('reports a case period without its source on the period key', () => {
      const text = caseDocument().replace(/period: .*\n  .*\n/, 'period:\n  from: 2014\n');
      const findings = schemaFindings(C, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'period')]);
      expect(findings[0]!.message).toBe('Pflichtfeld „source“ in „Zeitraum“ fehlt (Beleg).');
    });

    it('reports a source without title on the source’s first line', () => {
      const text = instrument().replace('  - title: Eine Quelle des Modellprojekts', '  - publisher: BAMF\n    year: 2015');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'publisher: BAMF')]);
      expect(findings[0]!.message).toBe('Pflichtfeld „title“ in „Quelle“ fehlt (Titel der Quelle).');
    });
  });

  describe('pattern and format', () => {
    it('reports an id with an umlaut on the value', () => {
      const text = instrument().replace('id: terminsystem', 'id: terminsystem-ä');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaFormat, text, 'terminsystem-ä')]);
      expect(findings[0]!.message).toMatch(/^„terminsystem-ä“ hat nicht das verlangte Format für „Kennung“\. .*Umlaute umschrieben/);
    });

    it('reports an id with upper-case letters', () => {
      const text = instrument().replace('id: terminsystem', 'id: Terminsystem');
      expect(schemaFindings(I, text).map(at)).toEqual([span(Codes.schemaFormat, text, 'Terminsystem', 'id:')]);
    });

    it('reports an impossible date in a plan’s assessed', () => {
      const text = PLAN.replace('assessed: 2026-05-04', 'assessed: 2026-02-30');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaFormat, text, '2026-02-30')]);
      expect(findings[0]!.message).toBe('„2026-02-30“ ist für „Datum der Standortbestimmung“ ungültig: erwartet wird ein Datum im Format JJJJ-MM-TT.');
    });

    it('reports a German date format in a plan’s assessed', () => {
      const text = PLAN.replace('assessed: 2026-05-04', 'assessed: 4.5.2026');
      expect(schemaFindings(P, text).map(at)).toEqual([span(Codes.schemaFormat, text, '4.5.2026')]);
    });
  });

  describe('bounds', () => {
    it('reports an Eckpunkt order above 5', () => {
      const text = ECKPUNKT.replace('order: 2', 'order: 9');
      const findings = schemaFindings('eckpunkte/binnenorganisation.md', text);
      expect(findings.map(at)).toEqual([span(Codes.schemaBounds, text, '9')]);
      expect(findings[0]!.message).toBe('9 ist zu groß für „Reihenfolge“: erlaubt ist höchstens 5.');
    });

    it('reports duration_weeks: 0', () => {
      const text = instrument().replace('duration_weeks: 12', 'duration_weeks: 0');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaBounds, text, '0', 'duration_weeks')]);
      expect(findings[0]!.message).toBe('0 ist zu klein für „Dauer in Wochen“: erlaubt ist mindestens 1.');
    });

    it('reports a text below minLength on the value, and an empty text on its key', () => {
      const short = instrument().replace('summary: Ein Instrument, das Wartezeiten verkürzt und Abläufe planbar macht.', 'summary: Zu kurz.');
      const findings = schemaFindings(I, short);
      expect(findings.map(at)).toEqual([span(Codes.schemaBounds, short, 'Zu kurz.')]);
      expect(findings[0]!.message).toBe('Der Text für „Kurzbeschreibung“ ist zu kurz (8 Zeichen); verlangt sind mindestens 30.');

      const empty = instrument().replace('summary: Ein Instrument, das Wartezeiten verkürzt und Abläufe planbar macht.', 'summary: ""');
      expect(schemaFindings(I, empty).map(at)).toEqual([span(Codes.schemaBounds, empty, 'summary')]);
    });

    it('reports an empty list below minItems on its key', () => {
      const text = instrument().replace('phase:\n  - erstorientierung', 'phase: []');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaBounds, text, 'phase')]);
      expect(findings[0]!.message).toBe('Die Liste „Phasen“ braucht mindestens 1 Eintrag.');
    });
  });

  describe('unique items', () => {
    it('reports a duplicate reference on its second occurrence', () => {
      const text = instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt', 'bo-wartezeiten'] });
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaUnique, text, 'bo-wartezeiten', 'bo-erstkontakt')]);
      expect(findings[0]!.message).toBe('„bo-wartezeiten“ steht doppelt in der Liste „Adressierte Kriterien“ (Einträge 1 und 3).');
    });

    it('reports a duplicate enum value on its second occurrence', () => {
      // Items with a plain type take ajv's other loop, which names the pair the other way round.
      const text = instrument().replace('  - erstorientierung', '  - erstorientierung\n  - etablierung\n  - erstorientierung');
      const findings = schemaFindings(I, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaUnique, text, 'erstorientierung', 'etablierung')]);
      expect(findings[0]!.message).toBe('„erstorientierung“ steht doppelt in der Liste „Phasen“ (Einträge 1 und 3).');
    });
  });

  describe('dependentRequired', () => {
    const contact = (extra: string) => PLAN.replace('  bundesland: Hessen\n', `  bundesland: Hessen\n  contact:\n    role: Servicestelle\n    institution: Ausländerbehörde Test\n    email: service@example.org\n${extra}`);

    it('reports an e-mail without legal basis on the email key', () => {
      const text = contact('');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaRequired, text, 'email')]);
      expect(findings[0]!.message).toBe('Wenn „email“ angegeben ist, ist auch „legal_basis“ Pflicht.');
      expect(findings[0]!.data?.missing).toEqual(['legal_basis']);
    });

    it('accepts an e-mail with legal basis', () => {
      expect(schemaFindings(P, contact('    legal_basis: funktionspostfach\n'))).toEqual([]);
    });
  });

  describe('scores (anyOf)', () => {
    const scored = (status: string, relevance: string) =>
      plan(MEASURE, `  bo-wartezeiten:\n    status: ${status}\n    relevance: ${relevance}\n  bo-erstkontakt: { status: 3, relevance: 4 }\n  bo-ablaeufe: { status: unbekannt, relevance: 3 }\n`);

    it('reports a score of 7 once, on the value', () => {
      const text = scored('7', '5');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaOther, text, '7')]);
      expect(findings[0]!.message).toBe('7 ist für „Bewertung“ nicht erlaubt. Eine Zahl von 1 bis 5 oder `unbekannt`, wenn der Punkt noch nicht bewertet ist.');
    });

    it('reports "vielleicht" once, on the value', () => {
      const text = scored('2', 'vielleicht');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaOther, text, 'vielleicht')]);
      expect(findings[0]!.message).toMatch(/^„vielleicht“ ist für „Bewertung“ nicht erlaubt\./);
    });

    it('reports both in one entry, each on its value', () => {
      const text = scored('7', 'vielleicht');
      expect(schemaFindings(P, text).map(at)).toEqual([span(Codes.schemaOther, text, '7'), span(Codes.schemaOther, text, 'vielleicht')]);
    });

    it('accepts 1 to 5 and unbekannt', () => {
      expect(schemaFindings(P, scored('1', 'unbekannt'))).toEqual([]);
      expect(schemaFindings(P, scored('unbekannt', '5'))).toEqual([]);
    });
  });

  describe('propertyNames', () => {
    it('reports an assessment key that is no valid criterion id on the key', () => {
      const text = PLAN.replace('  bo-ablaeufe:', '  Bo_Ablaeufe:');
      const findings = schemaFindings(P, text);
      expect(findings.map(at)).toEqual([span(Codes.schemaFormat, text, 'Bo_Ablaeufe')]);
      expect(findings[0]!.message).toMatch(/^„Bo_Ablaeufe“ hat nicht das verlangte Format für „Kriterium“\./);
    });

    it('reports an assessment key with an umlaut on the key', () => {
      const text = PLAN.replace('  bo-ablaeufe:', '  bo-abläufe:');
      expect(schemaFindings(P, text).map(at)).toEqual([span(Codes.schemaFormat, text, 'bo-abläufe')]);
    });
  });

  describe('placement', () => {
    const broken: [string, string][] = [
      [I, instrument().replace('duration_weeks: 12', 'duration_weeks: zwölf')],
      [I, instrument().replace('effort: mittel\n', '').replace('duration_weeks: 12\n', '')],
      [I, instrument().replace('effort: mittel', 'effort: mittel\nefort: hoch')],
      [I, instrument({ addresses: ['bo-wartezeiten', 'bo-wartezeiten'] })],
      [P, PLAN.replace('  bo-ablaeufe:', '  Bo_Ablaeufe:')],
      [P, PLAN.replace('status: 2, relevance: 5', 'status: 7, relevance: vielleicht')],
      [P, plan('  - instrument: terminsystem\n')],
      [P, plan('  -\n')],
      [P, PLAN.replace('assessed: 2026-05-04', 'assessed:')],
      [C, caseDocument().replace(/period: .*\n  .*\n/, 'period: {}\n')],
    ];

    it.each(broken.map(([path, text], i) => [i, path, text] as const))('never puts a finding on the opening fence (case %i)', (_i, path, text) => {
      const findings = schemaFindings(path, text);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) expect(finding.range.start.line, at(finding)).toBeGreaterThan(0);
    });

    it('never puts a finding on the opening fence when any frontmatter line is removed or emptied', () => {
      const fixtures: [string, string][] = [[I, instrument()], [P, PLAN], [C, caseDocument()], ['eckpunkte/binnenorganisation.md', ECKPUNKT]];
      let checked = 0;
      for (const [path, text] of fixtures) {
        const lines = text.split('\n');
        const close = lines.indexOf('---', 1);
        for (let line = 1; line < close; line++) {
          const variants = [lines.filter((_, k) => k !== line).join('\n')];
          const key = /^(\s*(?:- )?[^:\s][^:]*:)/.exec(lines[line]!);
          if (key) variants.push(lines.map((l, k) => (k === line ? key[1]! : l)).join('\n'));
          for (const variant of variants) {
            for (const finding of schemaFindings(path, variant)) {
              checked++;
              expect(finding.range.start.line, `${path}, line ${line}: ${at(finding)} ${finding.message}`).toBeGreaterThan(0);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(50);
    });
  });
});
