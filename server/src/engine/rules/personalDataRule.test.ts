import { describe, expect, it } from 'vitest';
import { caseDocument, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const C = 'praxis/weimar-servicepoint.md';

/** Personal-data findings (WK9xx) of the case fixture, changed by `edit`. */
function personalFindings(edit: (text: string) => string) {
  const text = edit(caseDocument());
  return { text, findings: workspace({ [C]: text }).diagnostics(C).filter((d) => d.code.startsWith('WK9')) };
}

const inBody = (paragraph: string) => (text: string) => `${text}\n${paragraph}\n`;

const CONTACT = '  - role: Servicestelle\n    institution: Ausländerbehörde Weimar\n';

describe('personal data rule', () => {
  it('finds nothing in the fixture', () => {
    expect(personalFindings((t) => t).findings).toEqual([]);
  });

  describe('body', () => {
    it('reports an e-mail address on the address', () => {
      const { text, findings } = personalFindings(inBody('Schreiben Sie an anna.muster@weimar.de, wenn Fragen bleiben.'));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, 'anna.muster@weimar.de')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toMatch(/^E-Mail-Adresse im Fließtext \(„anna\.muster@weimar\.de“\)\. Kontaktdaten gehören in einen Eintrag unter „contacts“/);
    });

    it('reports a German phone number on the number', () => {
      const { text, findings } = personalFindings(inBody('Rufen Sie 0345 1234567 an.'));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, '0345 1234567')]);
      expect(findings[0]!.message).toMatch(/^Telefonnummer im Fließtext \(„0345 1234567“\)/);
    });

    it('reports international and differently written phone numbers', () => {
      const { text, findings } = personalFindings(inBody('Zentrale +49 30 1234567, Fax +49 (0)30 123456-78, mobil 0171/1234567, Durchwahl 03643 762-0.'));
      expect(findings.map(at)).toEqual([
        span(Codes.personalPhone, text, '+49 30 1234567'),
        span(Codes.personalPhone, text, '+49 (0)30 123456-78'),
        span(Codes.personalPhone, text, '0171/1234567'),
        span(Codes.personalPhone, text, '03643 762-0'),
      ]);
    });

    it('reports a number with the area code in parentheses', () => {
      const { text, findings } = personalFindings(inBody('Telefon (030) 1234567 oder (03643) 762-0.'));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, '(030) 1234567'), span(Codes.personalPhone, text, '(03643) 762-0')]);
    });

    it('reports an address and a number in one line, in order', () => {
      const { text, findings } = personalFindings(inBody('Kontakt: 0345 1234567 oder info@halle.de'));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, '0345 1234567'), span(Codes.personalEmail, text, 'info@halle.de')]);
    });

    it.each([
      ['years', 'Das Projekt lief von 2013 bis 2015, in den Jahren 2014, 2015 und 2016; 2013-2015 und 2014–2016.'],
      ['dates', 'Am 12.03.2015, vom 01.10.2013 bis 31.10.2015, am 2026-05-04 und im Monat 2026-05.'],
      ['postal codes with cities', 'Die Behörden in 99423 Weimar, 06108 Halle (Saale) und 10117 Berlin.'],
      ['figures', 'Rund 4.005 Menschen, 10.000 Anträge, 120.000 Einwohner, 1.234.567 Euro und 12,5 Prozent.'],
      ['file numbers and printed matter', 'Drucksache 18/12345 und Aktenzeichen 12-345-678.'],
    ])('finds nothing in %s', (_name, paragraph) => {
      expect(personalFindings(inBody(paragraph)).findings).toEqual([]);
    });
  });

  describe('frontmatter', () => {
    it('reports an e-mail in a summary as an error on the value', () => {
      const summary = 'Kontakt über info@weimar.de. Eine Behörde hat Termine eingeführt.';
      const { text, findings } = personalFindings((t) => t.replace(/^summary: .*$/m, `summary: ${summary}`));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, summary)]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toMatch(/^E-Mail-Adresse außerhalb eines Kontakteintrags \(„info@weimar\.de“\)\./);
    });

    it('reports a phone number in a partner entry', () => {
      const { text, findings } = personalFindings((t) => t.replace('  - Ausländerbehörde Weimar', '  - Ausländerbehörde Weimar, Tel. 03643 762-0'));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, 'Ausländerbehörde Weimar, Tel. 03643 762-0')]);
    });

    it('leaves an e-mail and phone in a contact entry with legal basis to the schema', () => {
      const contacts = `contacts:\n${CONTACT}    email: auslaenderbehoerde@weimar.de\n    phone: +49 3643 762-0\n    legal_basis: funktionspostfach\n`;
      const text = caseDocument().replace('sources:\n', `${contacts}sources:\n`);
      const all = workspace({ [C]: text }).diagnostics(C);
      expect(all.filter((d) => d.code.startsWith('WK9'))).toEqual([]);
      expect(all.filter((d) => d.code.startsWith('WK4'))).toEqual([]);
    });

    it('leaves an e-mail in a contact entry without legal basis to the schema rule', () => {
      const text = caseDocument().replace('sources:\n', `contacts:\n${CONTACT}    email: auslaenderbehoerde@weimar.de\nsources:\n`);
      const all = workspace({ [C]: text }).diagnostics(C);
      expect(all.filter((d) => d.code.startsWith('WK9'))).toEqual([]);
      expect(all.filter((d) => d.code === Codes.schemaRequired).map(at)).toEqual([span(Codes.schemaRequired, text, 'email')]);
    });

    it('reports an e-mail in a contact entry’s other fields', () => {
      const { text, findings } = personalFindings((t) => t.replace('sources:\n', 'contacts:\n  - role: anna.muster@weimar.de\n    institution: Ausländerbehörde Weimar\nsources:\n'));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, 'anna.muster@weimar.de')]);
    });

    it('allows contact data in a plan’s agency contact', () => {
      const text = plan('').replace('  bundesland: Hessen\n', '  bundesland: Hessen\n  contact:\n    role: Servicestelle\n    institution: Ausländerbehörde Test\n    email: service@example.org\n    legal_basis: funktionspostfach\n');
      expect(workspace({ 'plaene/plan-test.md': text }).diagnostics('plaene/plan-test.md').filter((d) => d.code.startsWith('WK9'))).toEqual([]);
    });
  });
});
