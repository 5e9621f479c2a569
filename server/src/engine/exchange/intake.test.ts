// Taking a question in: issue form, GitLab template and e-mail become a `frage` skeleton without personal data.
import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument, site } from '../testing/fixtures';
import { at, workspace } from '../testing/memoryWorkspace';
import { Codes } from '../rules/codes';
import { QUESTION_FORM } from './incoming';
import { INTAKE_MARKER } from '../vocabulary/labels';
import { questionFromText, type IntakeResult } from './intake';

const toolbox = {
  'eckpunkte/binnenorganisation.md': eckpunkt(),
  'instrumente/terminsystem.md': instrument(),
  'instrumente/servicepoint.md': instrument({ id: 'servicepoint' }).replace('title: Instrument servicepoint', 'title: Servicepoint für Erstkontakte'),
  'standorte/weimar.md': site(),
};
const today = '2026-12-04';

function take(text: string, id?: string) {
  const ws = workspace(toolbox);
  return questionFromText(text, ws.service.index, { today, id });
}

/** The codes `check` reports on the produced document, placed in the toolbox. */
function codesOf(text: string, id: string): string[] {
  const path = `fragen/${id}.md`;
  return workspace({ ...toolbox, [path]: text }).diagnostics(path).map((d) => `${d.code} ${d.message.slice(0, 40)}`);
}

const githubForm = `### Frage

Wie richten wir einen Servicepoint ein, der Erstkontakte bündelt? Unser Empfang ist morgens überlaufen.

### Instrument

servicepoint fur erstkontakte

### Art der Behörde

Landkreis

### Bundesland

Sachsen-Anhalt

### Datenschutz

- [X] Meine Frage enthält keine personenbezogenen Daten von Kundinnen und Kunden oder von Kolleginnen und Kollegen.
`;

/** What the editor fills in after taking a question in: who answered, the source, the answer. */
const OPEN_PARTS = [
  'WK404 „Beantwortet von“ ist leer. Anzugeben is',
  'WK406 Der Text für „Titel der Quelle“ ist zu k',
  'WK703 Der Abschnitt „Antwort“ ist leer. Die An',
];

/**
 * The markers `check` reports on the produced document (WK906, as errors), and where they must be: on each
 * marker the intake wrote, in the order of the findings.
 */
function markerErrors(result: IntakeResult): { found: string[]; expected: string[] } {
  const path = `fragen/${result.id}.md`;
  const found = workspace({ ...toolbox, [path]: result.text }).diagnostics(path, Codes.intakeMarker).filter((d) => d.severity === 'error');
  let from = 0;
  const expected = result.findings.map((finding) => {
    const marker = INTAKE_MARKER[finding.kind];
    const offset = result.text.indexOf(marker, from);
    from = offset + marker.length;
    const before = result.text.slice(0, offset).split('\n');
    const start = { line: before.length - 1, character: before[before.length - 1]!.length };
    return `${Codes.intakeMarker} ${start.line}:${start.character}-${start.line}:${start.character + marker.length}`;
  });
  return { found: found.map(at), expected };
}

describe('questionFromText', () => {
  it('reads a GitHub issue-form body: question, instrument by its title (umlaut written plainly), office and Land', () => {
    const result = take(githubForm);
    expect(result.instrument).toBe('servicepoint');
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.text).toBe(`---
kind: frage
id: ${result.id}
title: Wie richten wir einen Servicepoint ein, der Erstkontakte bündelt?
question: Wie richten wir einen Servicepoint ein, der Erstkontakte bündelt? Unser Empfang ist morgens überlaufen.
asked_by:
  authority: landkreis
  bundesland: Sachsen-Anhalt
asked: 2026-12-04
example: false
answered_by: {}
instruments:
  - servicepoint
sources:
  - title: ""
---

## Antwort


`);
  });

  it('derives the id from the title’s words, in the vocabulary’s pattern', () => {
    expect(take(githubForm).id).toBe('frage-richten-einen-servicepoint-erstkontakte-buendelt');
  });

  it('produces a document that check reports only for its open parts', () => {
    const result = take(githubForm);
    expect(codesOf(result.text, result.id)).toEqual(OPEN_PARTS);
  });

  it('reads a GitLab template body: comment and quick action left out, instrument by its id', () => {
    const gitlab = `<!--
Fragen an die Modellbehörden.
-->

### Frage

Wie führen wir ein Terminsystem ein, ohne Kundinnen ohne Termin abzuweisen?

### Instrument

Terminsystem

### Art der Behörde

Stadt

### Bundesland

Thüringen

### Datenschutz

- [x] Meine Frage enthält keine personenbezogenen Daten.

/label ~frage
`;
    const result = take(gitlab);
    expect(result.instrument).toBe('terminsystem');
    expect(result.text).toContain('title: Wie führen wir ein Terminsystem ein, ohne Kundinnen ohne Termin abzuweisen?\n');
    expect(result.text).toContain('question: Wie führen wir ein Terminsystem ein, ohne Kundinnen ohne Termin abzuweisen?\n');
    expect(result.text).toContain('asked_by:\n  authority: stadt\n  bundesland: Thüringen\n');
    expect(result.text).not.toContain('label');
    expect(codesOf(result.text, result.id)).toEqual(OPEN_PARTS);
  });

  const mail = `Von: Erika Mustermann <erika.mustermann@landkreis-beispiel.de>
An: redaktion@werkzeugkoffer.invalid
Datum: Thu, 3 Dec 2026 09:12:00 +0100
Betreff: AW: Frage zum Servicepoint für Erstkontakte

Sehr geehrte Damen und Herren,

wir möchten einen Servicepoint einrichten. Wer hat Erfahrung damit, wie viele Stellen er braucht?
Rückfragen gern an erika.mustermann@landkreis-beispiel.de oder 0345 1234567.

> Am 1. Dezember schrieb die Redaktion:
> Schreiben Sie uns Ihre Frage.

Mit freundlichen Grüßen
Erika Mustermann
Landkreis Beispiel, Sachsen-Anhalt
--
Tel. 0345 7654321
`;

  it('reads an e-mail: headers, greeting, quotation, closing and signature dropped; contact data in the text replaced and listed', () => {
    const result = take(mail);
    expect(result.instrument).toBe('servicepoint');
    expect(result.findings).toEqual([
      { kind: 'email', label: 'E-Mail-Adresse', excerpt: 'erika.mustermann@landkreis-beispiel.de', line: 9 },
      { kind: 'phone', label: 'Telefonnummer', excerpt: '0345 1234567', line: 9 },
    ]);
    expect(result.notes).toEqual([
      'Weggelassen: Kopfzeile „Von“ (Zeile 1).',
      'Weggelassen: Kopfzeile „An“ (Zeile 2).',
      'Weggelassen: Anrede (Zeile 6).',
      'Weggelassen: Grußformel und Unterschrift (Zeilen 14–18).',
    ]);
    expect(result.text).toContain('title: Wer hat Erfahrung damit, wie viele Stellen er braucht?\n');
    expect(result.text).toContain('question: "wir möchten einen Servicepoint einrichten. Wer hat Erfahrung damit, wie viele Stellen er braucht? Rückfragen gern an [entfernen: E-Mail-Adresse] oder [entfernen: Telefonnummer]."\n');
    expect(result.text).toContain('asked_by:\n  authority: landkreis\n  bundesland: Sachsen-Anhalt\nasked: 2026-12-03\n');
    expect(result.text).not.toMatch(/Mustermann|0345|Redaktion/);
    // Checked, the document has its open parts and, as errors, exactly the two markers: it cannot be published so.
    const codes = codesOf(result.text, result.id);
    expect(codes.filter((c) => !c.startsWith(Codes.intakeMarker))).toEqual(OPEN_PARTS);
    const { found, expected } = markerErrors(result);
    expect(expected).toEqual(['WK906 4:128-4:155', 'WK906 4:161-4:187']);
    expect(found).toEqual(expected);
  });

  it('finds a disguised address with the personal-data rule’s own detector', () => {
    const result = take('Betreff: Terminsystem\n\nWie verteilen wir Termine gerecht? Antwort bitte an info [at] example (punkt) de.\n');
    expect(result.findings).toEqual([{ kind: 'email', label: 'E-Mail-Adresse', excerpt: 'info [at] example (punkt) de', line: 3 }]);
    expect(result.text).toContain('question: "Wie verteilen wir Termine gerecht? Antwort bitte an [entfernen: E-Mail-Adresse]."\n');
    expect(result.instrument).toBe('terminsystem');
    const { found, expected } = markerErrors(result);
    expect(found).toEqual(expected);
    expect(found).toHaveLength(1);
  });

  const reviewerMail = `Von: Sachbearbeitung <abh@landkreis-beispiel.de>
Betreff: Servicepoint

Sehr geehrte Damen und Herren,

Unser Kunde Herr Ahmed Yilmaz (geb. 03.04.1985, Az. 12-345/2026) möchte am Servicepoint seine
Bankverbindung ändern: IBAN DE89 3704 0044 0532 0130 00. Er wohnt Hauptstraße 12, 06108 Halle (Saale),
Reisepassnummer C01X00T47. Wie gehen andere Behörden mit solchen Anliegen um?

Mit freundlichem Gruß
Petra Schulze
Landkreis Beispiel, Sachsen-Anhalt
`;

  it('the reviewer’s e-mail: name, date of birth, case number, IBAN, address and passport number marked by their kind', () => {
    const result = take(reviewerMail);
    expect(result.findings).toEqual([
      { kind: 'name', label: 'Name', excerpt: 'Ahmed Yilmaz', line: 6 },
      { kind: 'birthDate', label: 'Geburtsdatum', excerpt: '03.04.1985', line: 6 },
      { kind: 'caseNumber', label: 'Aktenzeichen', excerpt: '12-345/2026', line: 6 },
      { kind: 'iban', label: 'IBAN', excerpt: 'DE89 3704 0044 0532 0130 00', line: 7 },
      { kind: 'address', label: 'Anschrift', excerpt: 'Hauptstraße 12, 06108 Halle (Saale)', line: 7 },
      { kind: 'idDocument', label: 'Pass- oder Ausweisnummer', excerpt: 'C01X00T47', line: 8 },
    ]);
    expect(result.text).toContain('question: "Unser Kunde Herr [entfernen: Name] (geb. [entfernen: Geburtsdatum], Az. [entfernen: Aktenzeichen]) möchte am Servicepoint seine Bankverbindung ändern: IBAN [entfernen: IBAN]. Er wohnt [entfernen: Anschrift], Reisepassnummer [entfernen: Pass- oder Ausweisnummer]. Wie gehen andere Behörden mit solchen Anliegen um?"\n');
    expect(result.text).toContain('title: Wie gehen andere Behörden mit solchen Anliegen um?\n');
    expect(result.text).not.toMatch(/Yilmaz|1985|12-345|DE89|Hauptstraße|C01X|Schulze/);
    // „Mit freundlichem Gruß“ ends the question: the signature is left out, not marked.
    expect(result.notes).toContain('Weggelassen: Grußformel und Unterschrift (Zeilen 10–12).');
    const { found, expected } = markerErrors(result);
    expect(expected).toEqual(['WK906 4:28-4:45', 'WK906 4:52-4:77', 'WK906 4:83-4:108', 'WK906 4:167-4:184', 'WK906 4:195-4:217', 'WK906 4:235-4:272']);
    expect(found).toEqual(expected);
  });

  it('an issue-form body: a name after „Frau“, in the greeting and in the signature marked, the rest kept', () => {
    const form = githubForm.replace('Unser Empfang ist morgens überlaufen.', 'Unser Empfang ist morgens überlaufen.\nBitte Rückmeldung an Frau Petra Schulze.\n\nMit freundlichen Grüßen\nPetra Schulze');
    const result = take(`### Frage\n\nHallo Thomas,\n${form.slice('### Frage\n\n'.length)}`);
    expect(result.findings.map((f) => [f.kind, f.excerpt, f.line])).toEqual([['name', 'Thomas', 3], ['name', 'Petra Schulze', 5], ['name', 'Petra Schulze', 8]]);
    expect(result.text).toContain('question: "Hallo [entfernen: Name], Wie richten wir einen Servicepoint ein, der Erstkontakte bündelt? Unser Empfang ist morgens überlaufen. Bitte Rückmeldung an Frau [entfernen: Name]. Mit freundlichen Grüßen [entfernen: Name]"\n');
    const { found, expected } = markerErrors(result);
    expect(found).toEqual(expected);
    expect(found).toHaveLength(3);
  });

  it('a name in the subject that becomes the title is marked there, and the id leaves the marker out', () => {
    const result = take('Betreff: Wie helfen wir Herrn Yilmaz beim Servicepoint?\n\nEr kommt jede Woche.\n');
    expect(result.findings).toEqual([{ kind: 'name', label: 'Name', excerpt: 'Yilmaz', line: 1 }]);
    expect(result.text).toContain('title: "Wie helfen wir Herrn [entfernen: Name] beim Servicepoint?"\n');
    expect(result.id).toBe('frage-helfen-herrn-beim-servicepoint');
    expect(markerErrors(result).found).toEqual(['WK906 3:29-3:46']);
  });

  it('prefers a question without a marker for the title', () => {
    const result = take('Betreff: Servicepoint\n\nKann Frau Schulze den Servicepoint leiten? Wer hat Erfahrung mit der Leitung eines Servicepoints?\n');
    expect(result.text).toContain('title: Wer hat Erfahrung mit der Leitung eines Servicepoints?\n');
  });

  /** A GitLab issue as the template (.gitlab/issue_templates/Frage.md) leaves it: each prompt kept above the answer. */
  function gitlabIssue(answers: Partial<Record<'question' | 'instrument' | 'authority' | 'bundesland', string>>, { title = '', appended = '' } = {}): string {
    const sections = QUESTION_FORM.map((s) => `### ${s.label}\n\n${s.prompt ? `${s.prompt}\n\n` : ''}${answers[s.field] ?? ''}\n`);
    return `${title ? `${title}\n\n` : ''}<!--\nFragen an die Modellbehörden.\n-->\n\n${sections.join('\n')}\n### Datenschutz\n\n- [x] Meine Frage enthält keine personenbezogenen Daten.\n\n/label ~frage\n${appended ? `\n${appended}\n` : ''}`;
  }

  it('a GitLab issue with the template’s prompts kept: the prompts are no answers, the title line names the instrument', () => {
    const text = gitlabIssue({ question: 'Wie führen wir ein Terminsystem ein, ohne Kundinnen ohne Termin abzuweisen?', authority: 'Stadt', bundesland: 'Thüringen' }, { title: 'Frage zum Instrument „Terminsystem“' });
    const result = take(text);
    expect(result.instrument).toBe('terminsystem');
    expect(result.notes).toEqual([]);
    expect(result.text).toContain('question: Wie führen wir ein Terminsystem ein, ohne Kundinnen ohne Termin abzuweisen?\n');
    expect(result.text).toContain('asked_by:\n  authority: stadt\n  bundesland: Thüringen\n');
    expect(codesOf(result.text, result.id)).toEqual(OPEN_PARTS);
  });

  it('a GitLab issue: the title line the handbook’s link appends at the end, or the old unquoted title with its issue number', () => {
    const question = 'Wie verteilen wir Termine gerecht auf alle Sachbearbeiterinnen?';
    for (const options of [{ appended: 'Frage zum Instrument „Servicepoint für Erstkontakte“' }, { title: 'Frage zum Instrument Servicepoint für Erstkontakte (#12)' }, { title: '# Frage zum Instrument "servicepoint"' }]) {
      const result = take(gitlabIssue({ question, authority: 'Landkreis', bundesland: 'Sachsen' }, options));
      expect(result.instrument, JSON.stringify(options)).toBe('servicepoint');
      expect(result.text).toContain(`question: ${question}\n`);
    }
  });

  it('a GitLab issue: the prompts alone are no answers (nothing found), an answer on the prompt’s own line is one', () => {
    const empty = take(gitlabIssue({}));
    expect(empty.instrument).toBeNull();
    expect(empty.text).toContain('asked_by:\n  authority: ""\n  bundesland: ""\n');
    expect(empty.notes).toEqual([
      'Der Text nennt kein Instrument des Werkzeugkoffers; bitte unter „instruments“ eintragen.',
      'Die Art der Behörde (Stadt, Landeshauptstadt, Landkreis) steht nicht im Text; bitte unter „instruments“ eintragen.'.replace('„instruments“', '„asked_by“'),
      'Das Bundesland steht nicht im Text; bitte unter „asked_by“ eintragen.',
    ]);
    const inline = take(gitlabIssue({ question: 'Wie fangen wir mit dem Terminsystem an?', bundesland: 'Bayern' }).replace('Stadt, Landeshauptstadt oder Landkreis.\n', 'Stadt, Landeshauptstadt oder Landkreis. Landeshauptstadt\n'));
    expect(inline.text).toContain('asked_by:\n  authority: landeshauptstadt\n  bundesland: Bayern\n');
  });

  it('the form’s kind of office wins over a word of the question', () => {
    const result = take(githubForm.replace('Unser Empfang ist morgens überlaufen.', 'Der Landkreis nebenan hat schon einen.').replace('\nLandkreis\n', '\nStadt\n'));
    expect(result.text).toContain('asked_by:\n  authority: stadt\n');
  });

  it('a subject „Frage zum Instrument „…““ (the handbook’s e-mail) names the instrument; a sentence that starts so is the question', () => {
    const mailed = take('Betreff: Frage zum Instrument „Servicepoint für Erstkontakte“\n\nWie viele Stellen braucht er?\n');
    expect(mailed.instrument).toBe('servicepoint');
    const sentence = take('Betreff: Wartezeiten\n\nFrage zum Instrument Terminsystem: Wie verteilen wir Termine gerecht?\n');
    expect(sentence.text).toContain('question: "Frage zum Instrument Terminsystem: Wie verteilen wir Termine gerecht?"\n');
    expect(sentence.instrument).toBe('terminsystem');
  });

  it('leaves the instrument empty and says so when none matches', () => {
    const form = githubForm.replace('servicepoint fur erstkontakte', 'Wartemarkenautomat');
    const result = take(form);
    expect(result.instrument).toBeNull();
    expect(result.notes).toEqual(['Kein Instrument des Werkzeugkoffers passt zu „Wartemarkenautomat“; bitte unter „instruments“ eintragen.']);
    expect(result.text).toContain('instruments: []\n');
    const codes = codesOf(result.text, result.id);
    expect(codes).toEqual([...OPEN_PARTS.slice(0, 1), codes[1], ...OPEN_PARTS.slice(1)]);
    expect(codes[1]).toMatch(/^WK\d+ /);
  });

  it('uses a given id', () => {
    expect(take(githubForm, 'frage-servicepoint').id).toBe('frage-servicepoint');
  });
});
