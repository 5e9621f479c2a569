import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';
import { newPlanBody } from '../plan/document';

const E = 'eckpunkte/binnenorganisation.md';
const P = 'plaene/plan-test.md';

/** terminsystem addresses two of the three criteria; servicepoint builds on terminsystem. */
const BASE = {
  [E]: eckpunkt(),
  'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt'] }),
  'instrumente/servicepoint.md': instrument({ id: 'servicepoint', addresses: ['bo-ablaeufe'], requires: ['terminsystem'] }),
};

const measure = (instrumentId: string, start: string, due: string) =>
  `  - instrument: ${instrumentId}\n    owner: Leitung\n    start: ${start}\n    due: ${due}\n    status: geplant\n`;

/** Domain findings (WK10xx) of a plan beside the base workspace. */
function planFindings(text: string) {
  return workspace({ ...BASE, [P]: text }).diagnostics(P).filter((d) => d.code.startsWith('WK10'));
}

describe('plan and checklist rules', () => {
  describe('criteria addressed', () => {
    it('accepts an Eckpunkt whose criteria are all addressed', () => {
      expect(workspace(BASE).diagnostics(E, Codes.criterionUnaddressed)).toEqual([]);
    });

    it('reports a criterion no instrument addresses on its id in the Eckpunkt', () => {
      const text = eckpunkt();
      const ws = workspace({ [E]: text, 'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt'] }) });
      const findings = ws.diagnostics(E, Codes.criterionUnaddressed);
      expect(findings.map(at)).toEqual([span(Codes.criterionUnaddressed, text, 'bo-ablaeufe')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Das Kriterium „bo-ablaeufe“ wird von keinem Instrument adressiert. Tragen Sie es bei mindestens einem Instrument unter „addresses“ ein, sonst kann kein Plan darauf reagieren.');
    });

    it('does not count a plan’s assessment as addressing a criterion', () => {
      const ws = workspace({ [E]: eckpunkt(), 'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt'] }), [P]: plan('') });
      expect(ws.diagnostics(E, Codes.criterionUnaddressed).map((d) => d.message)).toEqual([expect.stringContaining('„bo-ablaeufe“')]);
    });
  });

  describe('measure dates', () => {
    it('reports a due date before the start on the due value', () => {
      const text = plan(measure('terminsystem', '2026-06', '2026-03'));
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.measureDates, text, '2026-03')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Das Ende (2026-03) liegt vor dem Start (2026-06) der Maßnahme.');
    });

    it('compares days and months: a day within the due month is not after it', () => {
      expect(planFindings(plan(measure('terminsystem', '2026-06-15', '2026-06')))).toEqual([]);
      expect(planFindings(plan(measure('terminsystem', '2026-02', '2026-02-28')))).toEqual([]);
    });

    it('reports a day after the due day', () => {
      const text = plan(measure('terminsystem', '2026-06-15', '2026-06-14'));
      expect(planFindings(text).map(at)).toEqual([span(Codes.measureDates, text, '2026-06-14')]);
    });
  });

  describe('prerequisites', () => {
    it('warns on the start of a measure that begins before the measure of its prerequisite', () => {
      const text = plan(measure('terminsystem', '2026-06', '2026-12') + measure('servicepoint', '2026-03', '2026-12'));
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.measureBeforePrerequisite, text, '2026-03', 'instrument: servicepoint')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('Die Maßnahme „servicepoint“ beginnt (2026-03) vor ihrer Voraussetzung „terminsystem“ (2026-06).');
      expect(findings[0]!.data).toEqual({ prerequisite: 'terminsystem' });
    });

    it('accepts a measure that starts with or after its prerequisite', () => {
      expect(planFindings(plan(measure('terminsystem', '2026-03', '2026-12') + measure('servicepoint', '2026-03', '2026-12')))).toEqual([]);
      expect(planFindings(plan(measure('servicepoint', '2026-09', '2026-12') + measure('terminsystem', '2026-03', '2026-06')))).toEqual([]);
    });

    it('informs on the instrument of a measure whose prerequisite is not in the plan', () => {
      const text = plan(measure('servicepoint', '2026-03', '2026-12'));
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.prerequisiteNotPlanned, text, 'servicepoint')]);
      expect(findings[0]!.severity).toBe('info');
      expect(findings[0]!.message).toBe('„servicepoint“ baut auf „terminsystem“ auf, das nicht im Plan steht. Ist es in der Behörde schon umgesetzt?');
    });
  });

  describe('assessment', () => {
    it('accepts a plan that assesses every criterion', () => {
      expect(planFindings(plan(measure('terminsystem', '2026-03', '2026-12')))).toEqual([]);
    });

    it('informs on the assessment key, listing the criteria not assessed', () => {
      const text = plan(measure('terminsystem', '2026-03', '2026-12'), '  bo-wartezeiten: { status: 2, relevance: 5 }\n');
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.criterionNotAssessed, text, 'assessment')]);
      expect(findings[0]!.severity).toBe('info');
      expect(findings[0]!.message).toBe('2 Kriterien sind nicht bewertet und gelten als „noch zu klären“: bo-ablaeufe, bo-erstkontakt.');
      expect(findings[0]!.data?.missing).toEqual(['bo-ablaeufe', 'bo-erstkontakt']);
    });

    it('words a single missing criterion in the singular', () => {
      const text = plan(measure('terminsystem', '2026-03', '2026-12'), '  bo-wartezeiten: { status: 2, relevance: 5 }\n  bo-erstkontakt: { status: 3, relevance: 4 }\n');
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.criterionNotAssessed, text, 'assessment')]);
      expect(findings[0]!.message).toBe('Ein Kriterium ist nicht bewertet und gilt als „noch zu klären“: bo-ablaeufe.');
    });
  });

  describe('template prompts', () => {
    it('informs on each prompt of the template that is still in the free text, and on nothing the consultant wrote', () => {
      const text = plan(measure('terminsystem', '2026-03', '2026-12')) + newPlanBody('Ausländerbehörde Test') + '\n_Eigener Hinweis in Kursivschrift._\n';
      const findings = planFindings(text).filter((d) => d.code === Codes.templatePrompt);
      const prompt = '_Wer ist die Ausländerbehörde Test, wie viele Menschen arbeiten dort, welche Kundschaft kommt, was läuft schon gut?_';
      expect(findings.map(at)).toEqual([
        span(Codes.templatePrompt, text, prompt),
        span(Codes.templatePrompt, text, '_Wer hat die Checkliste bewertet, wann, und wie wurden die Einschätzungen abgestimmt?_'),
        span(Codes.templatePrompt, text, '_Was bis zum nächsten Termin geschieht und wer es verantwortet._'),
      ]);
      expect(findings[0]!.severity).toBe('info');
      expect(findings[0]!.message).toBe('Diese Vorgabe der Vorlage ist noch nicht ausgefüllt. Ersetzen Sie sie durch eigenen Text; im Export wird sie weggelassen.');
      expect(planFindings(text.replace(prompt, 'Die Behörde hat 20 Mitarbeitende.')).filter((d) => d.code === Codes.templatePrompt)).toHaveLength(2);
    });
  });

  describe('edition', () => {
    const withEdition = (date: string) => plan(measure('terminsystem', '2026-03', '2026-12')).replace('assessed: 2026-05-04\n', `assessed: 2026-05-04\nedition:\n  status: abgestimmt\n  version: "1.0"\n  date: ${date}\n`);

    it('warns on the Stand of an edition dated before the Standortbestimmung the plan rests on', () => {
      const text = withEdition('2026-04-30');
      const findings = planFindings(text);
      expect(findings.map(at)).toEqual([span(Codes.editionBeforeAssessment, text, '2026-04-30')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('Der Stand dieser Fassung (30. April 2026) liegt vor der Standortbestimmung vom 4. Mai 2026, auf der der Plan beruht. Tragen Sie unter „edition“ das Datum und die Version der neuen Fassung ein.');
    });

    it('accepts an edition of the day of the Standortbestimmung or later, and a plan without one', () => {
      expect(planFindings(withEdition('2026-05-04'))).toEqual([]);
      expect(planFindings(withEdition('2026-06-01'))).toEqual([]);
      expect(planFindings(plan(measure('terminsystem', '2026-03', '2026-12')))).toEqual([]);
    });
  });
});
