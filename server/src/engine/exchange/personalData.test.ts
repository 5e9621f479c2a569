// The personal data of an incoming question: each kind where it stands, with its exact offsets, and the ordinary
// language of the toolbox that looks like one and is none.
import { describe, expect, it } from 'vitest';
import { findPersonalData, ibanChecksumValid } from './personalData';

/** The findings as `kind start–end „text“`. */
function found(text: string): string[] {
  return findPersonalData(text).map((d) => `${d.kind} ${d.start}–${d.end} „${text.slice(d.start, d.end)}“`);
}

/** The finding expected for `needle` (its first occurrence after `after`), in the form of `found`. */
function hit(kind: string, text: string, needle: string, after = ''): string {
  const start = text.indexOf(needle, after ? text.indexOf(after) + after.length : 0);
  if (start < 0) throw new Error(`„${needle}“ not in the text`);
  return `${kind} ${start}–${start + needle.length} „${needle}“`;
}

describe('findPersonalData', () => {
  it('the reviewer’s e-mail: name, date of birth, case number and IBAN, each on its characters', () => {
    const text = 'Unser Kunde Herr Ahmed Yilmaz (geb. 03.04.1985, Az. 12-345/2026) möchte sein Konto angeben: IBAN DE89 3704 0044 0532 0130 00';
    expect(found(text)).toEqual([
      'name 17–29 „Ahmed Yilmaz“',
      'birthDate 36–46 „03.04.1985“',
      'caseNumber 52–63 „12-345/2026“',
      'iban 97–124 „DE89 3704 0044 0532 0130 00“',
    ]);
  });

  describe('names', () => {
    it('after Herr, Herrn, Frau, Hr. and Fr., academic titles with the name, the salutation left standing', () => {
      const cases: [string, string][] = [
        ['Bitte Rückmeldung an Frau Petra Schulze', 'Petra Schulze'],
        ['Wir haben Herrn Dr. Ahmed Yilmaz geschrieben.', 'Dr. Ahmed Yilmaz'],
        ['laut Hr. A. Yilmaz', 'A. Yilmaz'],
        ['Fr. Prof. Dr. Anna von der Heide hat zugesagt', 'Prof. Dr. Anna von der Heide'],
        ['mit Herrn von Weizsäcker', 'von Weizsäcker'],
        ['Frau Müller-Lüdenscheidt und Herr O’Brien', 'Müller-Lüdenscheidt'],
        ['Bei Herr YILMAZ fehlt der Pass.', 'YILMAZ'],
        ['Frau Dr. med. Öztürk', 'Dr. med. Öztürk'],
      ];
      for (const [text, name] of cases) expect(found(text)[0], text).toBe(hit('name', text, name));
      const two = 'Frau Müller-Lüdenscheidt und Herr O’Brien';
      expect(found(two)).toEqual([hit('name', two, 'Müller-Lüdenscheidt'), hit('name', two, 'O’Brien')]);
    });

    it('after a word of office the name only; a name wrapped onto the next line; not the noun after it', () => {
      const office = 'Sehr geehrte Frau Bürgermeisterin Müller, Herr Meister sagt, Frau Bürgermeisterin hat entschieden.';
      expect(found(office)).toEqual([hit('name', office, 'Müller'), hit('name', office, 'Meister')]);
      const wrapped = 'Das hat Frau\nSchulze gesagt.';
      expect(found(wrapped)).toEqual([hit('name', wrapped, 'Schulze')]);
      const noun = 'Wir haben Frau Schulze Bescheid gegeben.';
      expect(found(noun)).toEqual([hit('name', noun, 'Schulze')]);
    });

    it('in a signature below a closing formula, after „i. A.“ or „gez.“, and in a greeting', () => {
      const signature = 'Mit freundlichen Grüßen\nPetra Schulze';
      expect(found(signature)).toEqual(['name 24–37 „Petra Schulze“']);
      const cases: [string, string][] = [
        ['Mit freundlichem Gruß\nDr. Petra Schulze, Sachgebietsleiterin', 'Dr. Petra Schulze'],
        ['Viele Grüße aus Erfurt\n\ni. A. Thomas Becker', 'Thomas Becker'],
        ['Beste Grüße, Petra', 'Petra'],
        ['LG\nPetra', 'Petra'],
        ['Danke und viele Grüße\nIm Auftrag\nKarin Weiß', 'Karin Weiß'],
        ['gez. Schulze', 'Schulze'],
        ['Hallo Petra,\nwie macht ihr das?', 'Petra'],
        ['Liebe Frau Schulze,\nwie macht ihr das?', 'Schulze'],
      ];
      for (const [text, name] of cases) expect(found(text), text).toEqual([hit('name', text, name)]);
    });

    it('a birth name after „geb.“', () => {
      const text = 'Frau Petra Schulze, geb. Meier, fragt';
      expect(found(text)).toEqual([hit('name', text, 'Petra Schulze'), hit('name', text, 'Meier')]);
    });
  });

  it('dates of birth after geb., geboren (am), Geburtsdatum: as figures, with the month written out, or a year', () => {
    const cases: [string, string][] = [
      ['geb. 03.04.1985', '03.04.1985'],
      ['geboren am 3. April 1985 in Aleppo', '3. April 1985'],
      ['geb. am 3. Apr. 1985', '3. Apr. 1985'],
      ['Geburtsdatum: 1985-04-03', '1985-04-03'],
      ['geb. 3.4.85', '3.4.85'],
      ['geboren in Aleppo am 03.04.1985', '03.04.1985'],
      ['geboren im März 1985', 'März 1985'],
      ['Geb.-Datum 03/04/1985', '03/04/1985'],
      ['geb. 1985, seit 2015 hier', '1985'],
    ];
    for (const [text, date] of cases) expect(found(text), text).toEqual([hit('birthDate', text, date)]);
  });

  it('case, customer and register numbers after their keyword', () => {
    const cases: [string, string, string][] = [
      ['Az. 12-345/2026', 'caseNumber', '12-345/2026'],
      ['Aktenzeichen: ABH 12 345', 'caseNumber', 'ABH 12 345'],
      ['unter dem Geschäftszeichen 61.2-0815/26 geführt', 'caseNumber', '61.2-0815/26'],
      ['Vorgangsnummer 2026/00123.', 'caseNumber', '2026/00123'],
      ['AZR-Nummer 123456789012', 'caseNumber', '123456789012'],
      ['Kundennummer: 4711-0815', 'customerNumber', '4711-0815'],
      ['Kd.-Nr. 123456', 'customerNumber', '123456'],
      ['Kunden-Nr.: K-998877', 'customerNumber', 'K-998877'],
    ];
    for (const [text, kind, value] of cases) expect(found(text), text).toEqual([hit(kind, text, value)]);
  });

  it('passport and residence-permit numbers where a keyword introduces them', () => {
    const cases: [string, string][] = [
      ['Reisepassnummer C01X00T47', 'C01X00T47'],
      ['Pass-Nr.: C01X00T47', 'C01X00T47'],
      ['Reisepass Nr. C01X00T47', 'C01X00T47'],
      ['Personalausweis L01X00T47', 'L01X00T47'],
      ['AT-Nummer: X1234567', 'X1234567'],
      ['eAT Y12345678', 'Y12345678'],
      ['eAT-Nr. Y12345678', 'Y12345678'],
      ['Nummer des elektronischen Aufenthaltstitels: Y12345678', 'Y12345678'],
    ];
    for (const [text, value] of cases) expect(found(text), text).toEqual([hit('idDocument', text, value)]);
  });

  it('IBANs with a valid checksum, grouped or not; after „IBAN“ also one whose checksum fails', () => {
    const cases = ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'AT61 1904 3002 3457 3201', 'GB82WEST12345698765432', 'CH93 0076 2011 6238 5295 7'];
    for (const iban of cases) {
      const text = `Konto: ${iban}.`;
      expect(found(text), iban).toEqual([hit('iban', text, iban)]);
    }
    const typo = 'IBAN: DE12 3456 7890 1234 5678 90';
    expect(found(typo)).toEqual([hit('iban', typo, 'DE12 3456 7890 1234 5678 90')]);
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
  });

  it('street addresses and postcode with town, one finding for an address over two lines', () => {
    const cases: [string, string][] = [
      ['wohnt Hauptstraße 12a seit Mai', 'Hauptstraße 12a'],
      ['Karl-Marx-Str. 5, 99423 Weimar', 'Karl-Marx-Str. 5, 99423 Weimar'],
      ['früher Berliner Straße 12\n10623 Berlin', 'Berliner Straße 12\n10623 Berlin'],
      ['Die Alte Gasse 3 ist gesperrt', 'Alte Gasse 3'],
      ['Am Markt 5', 'Am Markt 5'],
      ['Zähringerallee 3/1', 'Zähringerallee 3/1'],
      ['zugezogen nach 06108 Halle (Saale)', '06108 Halle (Saale)'],
      ['aus 60311 Frankfurt am Main', '60311 Frankfurt am Main'],
    ];
    for (const [text, address] of cases) expect(found(text), text).toEqual([hit('address', text, address)]);
  });

  it('keeps the e-mail addresses and phone numbers of the personal-data rule, disguised ones too', () => {
    const text = 'Rückfragen an petra.schulze@example.org, p.schulze [at] example (punkt) org oder 0345 1234567.';
    expect(found(text)).toEqual([
      hit('email', text, 'petra.schulze@example.org'),
      hit('email', text, 'p.schulze [at] example (punkt) org'),
      hit('phone', text, '0345 1234567'),
    ]);
  });

  it('finds a datum hidden by a character reference or a no-break space at its characters as written', () => {
    const text = 'Frau&#32;Petra Schulze, IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000';
    expect(found(text)).toEqual([hit('name', text, 'Petra Schulze'), hit('iban', text, 'DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000')]);
  });

  describe('what is no personal datum', () => {
    const none = (text: string) => expect(found(text), text).toEqual([]);

    it('Frau and Herr as nouns, in idioms, in compounds, after an article of quantity', () => {
      for (const text of ['Frau und Mann', 'Frauen und Männer', 'Herr der Lage', 'Herr über die Termine', 'Herrin des Verfahrens', 'Bauherr und Träger',
        'eine Frau Anfang 30', 'jeder Herr Mitte 40', 'Sehr geehrte Damen und Herren,\nwir fragen', 'Frau Bürgermeisterin hat entschieden', 'Fr. 9–12 Uhr']) none(text);
    });

    it('greetings and signatures of groups, offices and places', () => {
      for (const text of ['Liebe Kolleginnen und Kollegen,\nwir fragen', 'Hallo zusammen,\nwir fragen', 'Hallo Redaktion,\nwir fragen', 'Liebes Team,\nwir fragen',
        'Mit freundlichen Grüßen\nIhr Team der Ausländerbehörde', 'Viele Grüße\nLandkreis Harz', 'Viele Grüße\nAusländerbehörde Weimar',
        'Mit freundlichen Grüßen\nStadt Erfurt, Thüringen', 'Viele Grüße aus Sachsen-Anhalt\n']) none(text);
    });

    it('instrument names and the words of the toolbox', () => {
      for (const text of ['Servicepoint (Front-Office)', 'Front- und Back-Office-Teams', 'Terminsystem', 'Proaktive Öffentlichkeitsarbeit', 'Kollegiale Fallberatung',
        'Willkommenskultur und Willkommensbehörde', 'Das Aktenzeichen steht im Bescheid.', 'Vorgang Nr. 2 von 5', 'eAT-Karte beantragen', 'Reisepass vorlegen',
        'Kundennummern werden vergeben', 'Die IBAN steht auf der Karte.']) none(text);
    });

    it('dates that are no dates of birth, paragraphs of law, figures', () => {
      for (const text of ['am 03.04.2026 beginnt die Schulung', 'Frist bis 3. April 2026', 'seit 2015', 'nach § 81 AufenthG', '§ 4a Abs. 1 AufenthG, Art. 6 DSGVO',
        '20000 Einwohner', '12345 Kundinnen', '15000 Euro im Jahr', 'Version 2.1 vom 01.10.2013']) none(text);
    });

    it('runs of letters and digits that only look like an IBAN', () => {
      for (const text of ['AB12CDEF3456GHIJ78', 'DE89 3704 0044 0532 0130 01', 'DE89370400440532013000123', 'XY12 3456 7890 1234 5678 90', 'Formular DE12A']) none(text);
    });

    it('places of work and ranks that end like a street', () => {
      for (const text of ['Arbeitsplatz 3 und Parkplatz 12', 'Platz 1 im Vergleich', 'der zweite Bildungsweg 2', 'Ring 3 der Schulung']) none(text);
    });
  });
});
