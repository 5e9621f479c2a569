import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument, instrumentBody, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const I = 'instrumente/terminsystem.md';

/** The findings of the sections rule family (WK7xx) of an instrument with the given body. */
function sectionFindings(body: string) {
  const text = instrument({ body });
  return { text, findings: workspace({ 'eckpunkte/binnenorganisation.md': eckpunkt(), [I]: text }).diagnostics(I).filter((d) => d.code.startsWith('WK7')) };
}

describe('sections rule', () => {
  it('accepts all required sections in order', () => {
    expect(sectionFindings(instrumentBody).findings).toEqual([]);
  });

  it('accepts extra sections between the required ones', () => {
    expect(sectionFindings(instrumentBody.replace('## Stolpersteine', '## Kosten\n\nGering.\n\n## Stolpersteine')).findings).toEqual([]);
  });

  it('requires nothing of a kind without sections (plan)', () => {
    const ws = workspace({ 'plaene/plan-test.md': plan('') });
    expect(ws.diagnostics('plaene/plan-test.md').filter((d) => d.code.startsWith('WK7'))).toEqual([]);
  });

  describe('missing sections', () => {
    it('reports a missing section on the heading that follows it', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('## Erfolgsfaktoren\n\nRückhalt der Leitung.\n\n', ''));
      expect(findings.map(at)).toEqual([span(Codes.sectionMissing, text, '## Stolpersteine')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Der Abschnitt „## Erfolgsfaktoren“ fehlt. Was die Einführung gelingen lässt.');
      expect(findings[0]!.data).toEqual({ missing: ['Erfolgsfaktoren'], insertOffset: text.indexOf('## Stolpersteine') });
    });

    it('points at a misspelt heading and names it', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('## Erfolgsfaktoren', '## Erfolgsfaktorn'));
      expect(findings.map(at)).toEqual([span(Codes.sectionMissing, text, '## Erfolgsfaktorn')]);
      expect(findings[0]!.message).toBe('Der Abschnitt „## Erfolgsfaktoren“ fehlt. Was die Einführung gelingen lässt. Meinten Sie mit „Erfolgsfaktorn“ diesen Abschnitt?');
      expect(findings[0]!.data).toMatchObject({ suggestions: ['Erfolgsfaktoren'], replaceHeading: 'Erfolgsfaktorn' });
    });

    it('reports a missing last section on the last line with text', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('## Beispiele aus der Praxis\n\nWeimar.\n', '\n\n'));
      expect(findings.map(at)).toEqual([span(Codes.sectionMissing, text, 'Zu wenig Personal.')]);
      expect(findings[0]!.message).toContain('„## Beispiele aus der Praxis“ fehlt');
    });

    it('does not count a level-3 heading as the section', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('## Stolpersteine', '### Stolpersteine'));
      // The level-3 heading is content of „Erfolgsfaktoren“; „Stolpersteine“ is missing before „Beispiele aus der Praxis“.
      expect(findings.map(at)).toEqual([span(Codes.sectionMissing, text, '## Beispiele aus der Praxis')]);
    });
  });

  describe('order', () => {
    it('warns on a section that stands before one it should follow', () => {
      const swapped = instrumentBody.replace('## Ziel\n\nKurze Wartezeiten.\n\n## Ausgangslage\n\nLange Schlangen.\n', '## Ausgangslage\n\nLange Schlangen.\n\n## Ziel\n\nKurze Wartezeiten.\n');
      const { text, findings } = sectionFindings(swapped);
      expect(findings.map(at)).toEqual([span(Codes.sectionOrder, text, '## Ausgangslage')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('Der Abschnitt „Ausgangslage“ steht an der falschen Stelle. Reihenfolge: Ziel → Ausgangslage → Umsetzungsschritte → Erfolgsfaktoren → Stolpersteine → Beispiele aus der Praxis.');
    });
  });

  describe('content', () => {
    it('reports an empty section on its heading', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('Zu wenig Personal.\n', ''));
      expect(findings.map(at)).toEqual([span(Codes.sectionEmpty, text, '## Stolpersteine')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Der Abschnitt „Stolpersteine“ ist leer. Was erfahrungsgemäß schiefgeht und wie man es vermeidet.');
    });

    it('reports an empty section at the end of the body', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('Weimar.\n', ''));
      expect(findings.map(at)).toEqual([span(Codes.sectionEmpty, text, '## Beispiele aus der Praxis')]);
    });

    it('warns when Umsetzungsschritte is not a numbered list', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('1. Bedarf erheben.\n2. System auswählen.', '- Bedarf erheben.\n- System auswählen.'));
      expect(findings.map(at)).toEqual([span(Codes.sectionFormat, text, '## Umsetzungsschritte')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('Der Abschnitt „Umsetzungsschritte“ soll eine nummerierte Liste sein (1. …, 2. …).');
    });

    it('warns when Umsetzungsschritte is prose', () => {
      const { text, findings } = sectionFindings(instrumentBody.replace('1. Bedarf erheben.\n2. System auswählen.', 'Erst den Bedarf erheben, dann ein System auswählen.'));
      expect(findings.map(at)).toEqual([span(Codes.sectionFormat, text, '## Umsetzungsschritte')]);
    });

    it('accepts a numbered list after an introduction', () => {
      expect(sectionFindings(instrumentBody.replace('1. Bedarf erheben.', 'Vorgehen:\n\n1. Bedarf erheben.')).findings).toEqual([]);
    });
  });
});
