import { describe, expect, it } from 'vitest';
import { caseDocument, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';
import { findContactData } from './personalDataRule';
import { findEmails } from './personalData/email';
import { findPhones } from './personalData/phone';
import { normalizeText } from '../text/normalize';

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
      expect(findings[0]!.data).toEqual({ value: 'info@weimar.de', type: 'email' });
    });

    it('reports a disguised e-mail in a summary on the value, naming the address and the disguise', () => {
      const summary = 'Kontakt über info&#64;weimar&period;de. Eine Behörde hat Termine eingeführt.';
      const { text, findings } = personalFindings((t) => t.replace(/^summary: .*$/m, `summary: ${summary}`));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, summary)]);
      expect(findings[0]!.message).toMatch(/^E-Mail-Adresse außerhalb eines Kontakteintrags \(„info@weimar\.de“, verschleiert durch HTML-Zeichenreferenzen\)\./);
      // The quick fix looks for the address in the source to cut it out; a disguised one it could not find.
      expect(findings[0]!.data).toEqual({ type: 'email' });
    });

    it('reports a disguised phone number in a quoted partner entry', () => {
      const { text, findings } = personalFindings((t) => t.replace('  - Ausländerbehörde Weimar', '  - "Ausländerbehörde Weimar, Tel. ０３６４３ ７６２-０"'));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, '"Ausländerbehörde Weimar, Tel. ０３６４３ ７６２-０"')]);
      expect(findings[0]!.message).toContain('(„03643 762-0“, verschleiert durch Unicode-Sonderformen (etwa Vollbreitenzeichen))');
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

    it('reports an e-mail under a key written like a contact entry’s path (`contacts/[]`): one key is no entry', () => {
      const { text, findings } = personalFindings((t) => t.replace('sources:\n', '"contacts/[]":\n  email: anna.muster@weimar.de\nsources:\n'));
      expect(findings.filter((d) => d.code === Codes.personalEmail).map(at)).toEqual([span(Codes.personalEmail, text, 'anna.muster@weimar.de')]);
    });

    it('allows contact data in a plan’s agency contact', () => {
      const text = plan('').replace('  bundesland: Hessen\n', '  bundesland: Hessen\n  contact:\n    role: Servicestelle\n    institution: Ausländerbehörde Test\n    email: service@example.org\n    legal_basis: funktionspostfach\n');
      expect(workspace({ 'plaene/plan-test.md': text }).diagnostics('plaene/plan-test.md').filter((d) => d.code.startsWith('WK9'))).toEqual([]);
    });
  });

  describe('the quick refusal of short texts (no at-sign, fewer than eight digits, nothing to normalise)', () => {
    it('never hides an address or a number: the same as normalising and scanning every text', () => {
      const slow = (text: string) => {
        const normalized = normalizeText(text).text;
        return [...findEmails(normalized).map((e) => e.address), ...findPhones(normalized).map((p) => p.number)].sort();
      };
      const pieces = ['2027-01', 'geplant', '0345 123', '4567', 'instrument-3329', 'Leitung der Ausländerbehörde', '0345 12345', '0345 123456', '0345 1234567', '+49 30 123456', 'a@b.de', 'anna [at] web [punkt] de', 'anna (ät) web.de', 'ANNA AT WEB DOT DE', 'anna&#64;web.de', 'anna%40web.de', 'anna\\@web.de', 'anna＠web.de', '０３６４３ ７６２-０', '⁰³⁴⁵ ¹²³⁴⁵⁶⁷', 'x\u00ad@y.de', ' ', ''];
      let compared = 0;
      for (const a of pieces) for (const b of pieces) {
        const text = `${a} ${b}`.trim();
        expect({ text, found: findContactData(text).map((hit) => hit.value).sort() }).toEqual({ text, found: slow(text) });
        compared++;
      }
      expect(compared).toBe(pieces.length ** 2);
      // The pieces hold what each refusal turns on: addresses, numbers of eight digits and more, disguises.
      expect(slow('0345 1234567')).toEqual(['0345 1234567']);
      expect(slow('anna&#64;web.de')).toEqual(['anna@web.de']);
      expect(findContactData('0345 123 4567').map((hit) => hit.value)).toEqual(['0345 123 4567']);
    });
  });

  describe('disguised e-mail addresses in the body', () => {
    const REFERENCES = 'HTML-Zeichenreferenzen';
    const COMPATIBILITY = 'Unicode-Sonderformen (etwa Vollbreitenzeichen)';
    const INVISIBLE = 'unsichtbare Zeichen';
    const SPELLED = 'Umschreibung von „@“ oder „.“';
    it.each([
      ['a decimal character reference', 'anna&#64;weimar.de', 'anna@weimar.de', REFERENCES],
      ['hexadecimal character references', 'anna&#x40;weimar&#x2E;de', 'anna@weimar.de', REFERENCES],
      ['named character references', 'anna&commat;weimar&period;de', 'anna@weimar.de', REFERENCES],
      ['fullwidth forms', 'anna＠ｗｅｉｍａｒ．ｄｅ', 'anna@weimar.de', COMPATIBILITY],
      ['mathematical letters', '𝐚𝐧𝐧𝐚@weimar.de', 'anna@weimar.de', COMPATIBILITY],
      ['a zero-width space on both sides of the at sign', 'anna\u200b@\u200bweimar.de', 'anna@weimar.de', INVISIBLE],
      ['a soft hyphen, a zero-width joiner and a word joiner', 'an\u00adna@wei\u200dmar\u2060.de', 'anna@weimar.de', INVISIBLE],
      ['a byte order mark and bidi controls', 'anna\ufeff@\u202eweimar\u202c.de', 'anna@weimar.de', INVISIBLE],
      ['percent-encoding', 'anna%40weimar.de', 'anna@weimar.de', 'URL-Kodierung'],
      ['Markdown escapes', 'anna\\@weimar\\.de', 'anna@weimar.de', 'Markdown-Maskierung'],
      ['[at] and [punkt] with spaces', 'anna [at] weimar [punkt] de', 'anna@weimar.de', SPELLED],
      ['(at) and (dot) without spaces', 'anna(at)weimar(dot)de', 'anna@weimar.de', SPELLED],
      ['{at} and a plain dot', 'anna {at} weimar.de', 'anna@weimar.de', SPELLED],
      ['(ät) and (punkt)', 'anna (ät) weimar (punkt) de', 'anna@weimar.de', SPELLED],
      ['[ät] and [dot] in capitals', 'anna[ÄT]weimar[DOT]de', 'anna@weimar.de', SPELLED],
      ['-at-', 'anna-at-weimar.de', 'anna@weimar.de', SPELLED],
      ['bare words at and dot', 'anna at weimar dot de', 'anna@weimar.de', SPELLED],
      ['bare words punkt and at, also in the local part', 'anna punkt muster at weimar punkt de', 'anna.muster@weimar.de', SPELLED],
      ['a bracketed dot in the local part', 'anna[punkt]muster@weimar.de', 'anna.muster@weimar.de', SPELLED],
      ['spaces around the at sign', 'anna @ weimar.de', 'anna@weimar.de', SPELLED],
      ['two disguises at once', 'anna&#64;wei\u200bmar.de', 'anna@weimar.de', `${REFERENCES} und ${INVISIBLE}`],
    ])('reports an address written with %s on exactly the disguised text', (_name, written, value, disguise) => {
      const { text, findings } = personalFindings(inBody(`Schreiben Sie an ${written}, wenn Fragen bleiben.`));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, written)]);
      expect(findings[0]!.message).toBe(`E-Mail-Adresse im Fließtext („${value}“, verschleiert durch ${disguise}). Kontaktdaten gehören in einen Eintrag unter „contacts“ mit Rolle, Institution und Rechtsgrundlage; persönliche Adressen von Privatpersonen werden nicht veröffentlicht.`);
      expect(findings[0]!.data).toEqual({ value, type: 'email' });
    });

    it('reports the encoded address of a mailto link on the address', () => {
      const { text, findings } = personalFindings(inBody('Schreiben Sie [der Servicestelle](mailto:anna%40weimar%2Ede).'));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, 'anna%40weimar%2Ede')]);
      expect(findings[0]!.data).toEqual({ value: 'anna@weimar.de', type: 'email' });
    });

    it('ends an address before a hyphenated word and keeps letters beyond ASCII in it', () => {
      const { text, findings } = personalFindings(inBody('Die Adresse jürgen@straße.de-Adresse gilt.'));
      expect(findings.map(at)).toEqual([span(Codes.personalEmail, text, 'jürgen@straße.de')]);
    });
  });

  describe('disguised phone numbers in the body', () => {
    it.each([
      ['dots', '0172.123.4567', '0172.123.4567', ''],
      ['a slash and grouped digits', '0172 / 123 45 67', '0172 / 123 45 67', ''],
      ['the area code in parentheses', '(0172) 1234567', '(0172) 1234567', ''],
      ['+49 and the trunk zero in parentheses', '+49 (0) 172-1234567', '+49 (0) 172-1234567', ''],
      ['the international prefix 0049', '0049 172 1234567', '0049 172 1234567', ''],
      ['an en dash', '0172–1234567', '0172–1234567', ''],
      ['no-break spaces', '0172\u00a0123\u00a04567', '0172 123 4567', ''],
      ['zero-width spaces between the digits', '0172\u200b123\u200b4567', '01721234567', ', verschleiert durch unsichtbare Zeichen'],
      ['fullwidth digits', '０１７２ １２３４５６７', '0172 1234567', ', verschleiert durch Unicode-Sonderformen (etwa Vollbreitenzeichen)'],
      ['character references', '&#48;172 1234567', '0172 1234567', ', verschleiert durch HTML-Zeichenreferenzen'],
    ])('reports a number written with %s on exactly the number', (_name, written, value, disguise) => {
      const { text, findings } = personalFindings(inBody(`Rufen Sie ${written} an.`));
      expect(findings.map(at)).toEqual([span(Codes.personalPhone, text, written)]);
      expect(findings[0]!.message).toBe(`Telefonnummer im Fließtext („${value}“${disguise}). Telefonnummern gehören nur als Funktionsnummer in einen Eintrag unter „contacts“ mit Rechtsgrundlage.`);
    });

    it('reports two numbers in a row separately and leaves a year after a number out', () => {
      const { text, findings } = personalFindings(inBody('Telefon 0345 1234567 0345 7654321, seit 0345 1111111 2015 erreichbar.'));
      expect(findings.map(at)).toEqual([
        span(Codes.personalPhone, text, '0345 1234567'),
        span(Codes.personalPhone, text, '0345 7654321'),
        span(Codes.personalPhone, text, '0345 1111111'),
      ]);
    });
  });

  describe('German prose that only looks like contact data', () => {
    it.each([
      ['years and ranges of years', 'Das Projekt lief von 2013 bis 2015; 2013–2015, 2014-2016, 2013/2014 und 2013 – 2015.'],
      ['dates', 'Am 01.10.2013, vom 01.10.2013 bis 31.10.2015, am 07.07.2015, am 1.1.2016 und vom 01.–03.10.2015.'],
      ['ISO dates and months', 'Am 2026-05-04, im Monat 2026-05 und von 2015-01 bis 2015-12.'],
      ['months with years', 'Von 01/2015 bis 12/2016, also 01/2015–12/2016.'],
      ['times', 'Sprechzeiten 08.00–12.00 Uhr und 13:30–16:00 Uhr, Termine ab 08:00, 08.30 bis 16.45 Uhr.'],
      ['amounts and figures', 'Rund 1.500 Wohnungen, 10.000 Anträge, 120.000 Einwohner, 0,5 Stellen, 1.234.567 Euro und 0,00 €.'],
      ['paragraphs of laws', '§ 18a Abs. 1 Nr. 2 AufenthG, § 5 Digitale-Dienste-Gesetz, Art. 3 Abs. 3 GG und §§ 81a, 81b.'],
      ['postal codes', 'In 06108 Halle (Saale), 01067 Dresden, 99423 Weimar und 04109 Leipzig; Postfach 10 01 23.'],
      ['file numbers, printed matter and an ISBN', 'Drucksache 18/12345, Aktenzeichen 12-345-678, ISBN 978-3-16-148410-0.'],
      ['an IBAN', 'Spenden an DE89 3704 0044 0532 0130 00.'],
      ['decimals and versions', 'Die Quote stieg um 0,8 Prozentpunkte auf 0,12345678; Version 0.9.1.'],
      ['the word Punkt', 'Punkt 3 der Tagesordnung, Punkt für Punkt, auf den Punkt gebracht: der Punkt ist klar.'],
      ['at inside words and as an English word', 'Im Format der Heimat at Rathaus, das Staat at all nennt; Treffen um 10 Uhr at Rathaus. Dann Punkt 12.'],
      ['country codes in parentheses', 'Wien (AT), Graz (AT) und Zürich (CH) nahmen teil.'],
      ['a bare at with a domain that is no top-level domain', 'Wir waren at home punkt zu und Stadt at Rathaus punkt Markt.'],
      ['an at sign in prose', 'Das Zeichen @ steht für „at“, @Mentions sind kein Thema.'],
      ['numbers with a zero after a figure', 'Im Jahr 2015 0 Beschwerden, 12 0345 Akten.'],
    ])('finds nothing in %s', (_name, paragraph) => {
      expect(findContactData(paragraph)).toEqual([]);
      expect(personalFindings(inBody(paragraph)).findings).toEqual([]);
    });

    it('reads a megabyte of near misses to the end and finds only what is planted after them', () => {
      const nearMisses = ['anna [at] weimar [punkt] ', 'a@b@c ', 'x-at-y-at-z ', 'anna at home punkt ', '0172.12.3 ', '01.10.2013 ', '(0(0(0 ', '+49 (0) ', '&#64 ', '%4 %EF%BC ',
        '\u200b0\u200b ', '０１ ', 'a'.repeat(70), '.'.repeat(20), ' at at at ', '[punkt][punkt] '].join('');
      const text = `${nearMisses.repeat(Math.ceil((1 << 20) / nearMisses.length))}Kontakt: anna&#64;weimar.de, 0172 1234567.`;
      const found = findContactData(text);
      expect(found.map((hit) => [hit.type, text.slice(hit.start, hit.end)])).toEqual([['email', 'anna&#64;weimar.de'], ['phone', '0172 1234567']]);
    }, 120_000);
  });

  describe('contacts published as function mailbox', () => {
    const functionContact = (fields: string, basis = 'funktionspostfach') =>
      caseDocument().replace('sources:\n', `contacts:\n${CONTACT}${fields}    legal_basis: ${basis}\nsources:\n`);
    const findingsOf = (text: string) => workspace({ [C]: text }).diagnostics(C).filter((d) => d.code.startsWith('WK9'));

    it.each([
      ['anna@gmail.com', 'gmail.com'],
      ['servicestelle@gmx.net', 'gmx.net'],
      ['integration@web.de', 'web.de'],
      ['auslaenderbehoerde@t-online.de', 't-online.de'],
      ['info@yahoo.co.uk', 'yahoo.co.uk'],
      ['kontakt@Outlook.de', 'outlook.de'],
      ['integration@proton.me', 'proton.me'],
      ['info@posteo.de', 'posteo.de'],
    ])('reports the freemail address %s as an error on the value', (email, domain) => {
      const text = functionContact(`    email: ${email}\n`);
      const findings = findingsOf(text);
      expect(findings.map(at)).toEqual([span(Codes.functionMailboxFreemail, text, email)]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe(`„${email}“ liegt bei einem Freemail-Anbieter (${domain}) und ist damit kein Funktionspostfach. Ein Funktionspostfach gehört zur Domain der Institution und ist nach einer Aufgabe benannt, etwa „integration@landkreis-beispielhausen.de“; ein privates Postfach wird nicht als Funktionspostfach veröffentlicht.`);
    });

    it.each(['anna.muster@weimar.de', 'a.muster@weimar.de', 'anna_muster@weimar.de', 'anna-lena.muster-meier@weimar.de', 'Anna.Maria.Muster@weimar.de'])(
      'warns that %s looks like a person’s name', (email) => {
        const text = functionContact(`    email: ${email}\n`);
        const findings = findingsOf(text);
        expect(findings.map(at)).toEqual([span(Codes.functionMailboxPersonName, text, email)]);
        expect(findings[0]!.severity).toBe('warning');
        expect(findings[0]!.message).toBe(`Vor dem „@“ steht „${email.split('@')[0]}“: Das sieht aus wie Vor- und Nachname einer Person. Ein Funktionspostfach ist nach einer Aufgabe oder Stelle benannt, etwa „info@“, „integration@“ oder „auslaenderbehoerde@“; gehört die Adresse einer Person, passt die Rechtsgrundlage „funktionspostfach“ nicht.`);
      });

    it('reports a freemail address shaped like a name twice: the domain as an error, the name as a warning', () => {
      const text = functionContact('    email: anna.muster@gmail.com\n');
      expect(findingsOf(text).map((d) => [d.code, d.severity])).toEqual([[Codes.functionMailboxFreemail, 'error'], [Codes.functionMailboxPersonName, 'warning']]);
    });

    it.each([
      ['+49 172 1234567', '0172'],
      ['0172 1234567', '0172'],
      ['+49 (0) 151 12345678', '0151'],
      ['0049 160 1234567', '0160'],
      ['0176/1234567', '0176'],
      ['+49 0157 1234567', '0157'],
    ])('reports the mobile number %s as an error on the value', (phone, prefix) => {
      const text = functionContact(`    phone: "${phone}"\n`);
      const findings = findingsOf(text);
      expect(findings.map(at)).toEqual([span(Codes.functionNumberMobile, text, `"${phone}"`)]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe(`„${phone}“ ist eine Mobilfunknummer (Vorwahl ${prefix}) und damit keine Funktionsnummer. Eine Funktionsnummer ist die Zentrale oder die Durchwahl einer Stelle im Festnetz der Institution; eine Mobilnummer gehört meist einer Person.`);
    });

    it.each([
      ['a function mailbox and a landline', '    email: integration@landkreis-beispielhausen.de\n    phone: +49 3643 762-0\n'],
      ['function names with a dot or a hyphen', '    email: integration.kreis@weimar.de\n    phone: 0345 1234567\n'],
      ['an office abbreviation', '    email: abh.weimar@weimar.de\n'],
      ['a welcome center', '    email: welcome-center@weimar.de\n    phone: (03643) 762-0\n'],
      ['a service number', '    email: info@bamf.bund.de\n    phone: 0800 1234567\n'],
    ])('leaves %s alone', (_name, fields) => {
      expect(findingsOf(functionContact(fields))).toEqual([]);
    });

    it('leaves a personal address and a mobile number alone when the person has consented', () => {
      expect(findingsOf(functionContact('    email: anna.muster@gmail.com\n    phone: 0172 1234567\n', 'einwilligung'))).toEqual([]);
    });

    it('checks a plan’s agency contact alike', () => {
      const text = plan('').replace('  bundesland: Hessen\n', '  bundesland: Hessen\n  contact:\n    role: Servicestelle\n    institution: Ausländerbehörde Test\n    email: servicestelle@gmx.de\n    phone: "0151 12345678"\n    legal_basis: funktionspostfach\n');
      const findings = workspace({ 'plaene/plan-test.md': text }).diagnostics('plaene/plan-test.md').filter((d) => d.code.startsWith('WK9'));
      expect(findings.map(at)).toEqual([span(Codes.functionMailboxFreemail, text, 'servicestelle@gmx.de'), span(Codes.functionNumberMobile, text, '"0151 12345678"')]);
    });
  });
});
