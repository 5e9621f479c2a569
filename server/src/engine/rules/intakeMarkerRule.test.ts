// WK906: a marker „[entfernen: …]“ that taking a question in left is an error wherever it stands in a document's
// values or body, on the marker itself, with a quick fix that deletes it byte for byte.
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { applyEdits } from '../testing/edits';
import { eckpunkt, frage, instrument, site } from '../testing/fixtures';
import { at, span, uri, workspace } from '../testing/memoryWorkspace';
import { rangeOf } from '../testing/positions';
import { INTAKE_MARKER, PERSONAL_DATUM } from '../vocabulary/labels';
import { Codes } from './codes';

const Q = 'fragen/frage-weimar-termine.md';
const TS = 'instrumente/terminsystem.md';
const EMAIL = INTAKE_MARKER.email;
const PHONE = INTAKE_MARKER.phone;

function files(path: string, text: string) {
  return {
    'eckpunkte/binnenorganisation.md': eckpunkt(),
    'instrumente/terminsystem.md': instrument(),
    'standorte/weimar.md': site(),
    [path]: text,
  };
}

function check(text: string, path = Q) {
  const ws = workspace(files(path, text));
  return { ws, all: ws.diagnostics(path), markers: ws.diagnostics(path, Codes.intakeMarker) };
}

const message = (marker: string, what = 'die Frage') =>
  `Hier steht noch eine Markierung aus der Aufnahme der Frage („${marker}“): An dieser Stelle stand ein personenbezogenes Datum (${marker.slice('[entfernen: '.length, -1)}), das nicht veröffentlicht wird. Löschen Sie die Markierung oder formulieren Sie den Satz ohne sie um, bevor ${what} veröffentlicht wird.`;

const withQuestion = (question: string, text = frage()) =>
  text.replace('question: Wir wollen Termine vergeben. Womit fängt man an?', `question: ${question}`);

describe('intake marker rule', () => {
  it('reports each marker of the intake in a frontmatter value, on the marker, as an error — and nothing else', () => {
    const text = withQuestion(`"Wie fangen wir an? Rückfragen an ${EMAIL} oder ${PHONE}."`);
    const { all, markers } = check(text);
    expect(all.map(at)).toEqual([span(Codes.intakeMarker, text, EMAIL), span(Codes.intakeMarker, text, PHONE)]);
    expect(markers.map((d) => [d.severity, d.message])).toEqual([['error', message(EMAIL)], ['error', message(PHONE)]]);
  });

  it('reports markers in the body, each on its own place, also the second one on a line', () => {
    const text = frage().replace('Mit einer Erhebung der Wartezeiten.', `Schreiben Sie an ${PHONE} und ${PHONE}.\n\n${EMAIL}`);
    const { markers } = check(text);
    const second = text.indexOf(PHONE) + PHONE.length;
    expect(markers.map(at)).toEqual([
      span(Codes.intakeMarker, text, PHONE),
      span(Codes.intakeMarker, text, PHONE, text.slice(second)),
      span(Codes.intakeMarker, text, EMAIL),
    ]);
  });

  it('reports a marker wrapped over two lines (YAML folding, a Markdown soft break) over both lines', () => {
    const text = withQuestion('"Rückfragen an [entfernen:\n  E-Mail-Adresse] bitte."')
      .replace('Mit einer Erhebung der Wartezeiten.', 'Oder an [entfernen:\nTelefonnummer].');
    const { markers } = check(text);
    expect(markers.map((d) => d.range)).toEqual([rangeOf(text, '[entfernen:\n  E-Mail-Adresse]'), rangeOf(text, '[entfernen:\nTelefonnummer]')]);
    expect(markers.map((d) => d.message)).toEqual([message(EMAIL), message(PHONE)]);
  });

  it('is exact in a document with CRLF line ends', () => {
    const text = withQuestion(`'Rückfragen an ${PHONE}.'`).replace('Mit einer Erhebung der Wartezeiten.', `Oder an [entfernen:\nE-Mail-Adresse].`).replace(/\n/g, '\r\n');
    const { all } = check(text);
    expect(all.map(at)).toEqual([span(Codes.intakeMarker, text, PHONE), 'WK906 20:8-21:15']);
    expect(text.split('\r\n')[20]).toBe('Oder an [entfernen:');
    expect(text.split('\r\n')[21]).toBe('E-Mail-Adresse].');
  });

  it('reports the marker of every kind of personal datum the intake writes and names the kind in its message', () => {
    const kinds = Object.keys(INTAKE_MARKER) as (keyof typeof INTAKE_MARKER)[];
    const body = kinds.map((kind) => `Hier stand: ${INTAKE_MARKER[kind]}.`).join('\n\n');
    const text = frage().replace('Mit einer Erhebung der Wartezeiten.', body);
    const { markers } = check(text);
    expect(markers.map(at)).toEqual(kinds.map((kind) => span(Codes.intakeMarker, text, INTAKE_MARKER[kind])));
    expect(markers.map((d) => d.message)).toEqual(kinds.map((kind) => message(INTAKE_MARKER[kind])));
    expect(markers[0]!.message).toContain(`ein personenbezogenes Datum (${PERSONAL_DATUM.name})`);
    expect(kinds).toEqual(['name', 'birthDate', 'caseNumber', 'customerNumber', 'idDocument', 'iban', 'address', 'email', 'phone']);
  });

  it('checks every kind of document and says „das Dokument“ outside a question', () => {
    const text = `${instrument()}\nKontakt: ${EMAIL}\n`;
    const { markers } = check(text, TS);
    expect(markers.map(at)).toEqual([span(Codes.intakeMarker, text, EMAIL)]);
    expect(markers[0]!.message).toBe(message(EMAIL, 'das Dokument'));
  });

  it('leaves a YAML comment, a key, other brackets and a marker of other words alone', () => {
    const text = withQuestion(`"Rückfragen an [entfernen: Sonstiges] oder [E-Mail-Adresse]." # ${EMAIL}`)
      .replace('Mit einer Erhebung der Wartezeiten.', 'Mit [entfernen:\n\nTelefonnummer] einer Erhebung.');
    expect(check(text).markers).toEqual([]);
  });
});

describe('the quick fix „Markierung … löschen“', () => {
  function fixOf(text: string, path = Q): { action: CodeAction; fixed: string; after: string[] }[] {
    const { ws, markers } = check(text, path);
    return markers.map((marker) => {
      const actions = ws.service.codeActions(uri(path), marker.range).filter((a) => a.diagnostics?.[0]?.code === Codes.intakeMarker && a.diagnostics[0].range.start.line === marker.range.start.line && a.diagnostics[0].range.start.character === marker.range.start.character);
      expect(actions).toHaveLength(1);
      const action = actions[0]!;
      const fixed = applyEdits(text, action.edit!.changes![uri(path)]!);
      return { action, fixed, after: workspace(files(path, fixed)).diagnostics(path, Codes.intakeMarker).map(at) };
    });
  }

  it('deletes the marker and the blank before it, byte for byte', () => {
    const text = withQuestion(`"Rückfragen an ${EMAIL} oder ${PHONE}."`);
    const [email, phone] = fixOf(text);
    expect(email!.action.title).toBe(`Markierung „${EMAIL}“ löschen`);
    expect(email!.action.kind).toBe('quickfix');
    expect(email!.action.isPreferred).toBe(false);
    expect(email!.action.edit!.changes![uri(Q)]).toEqual([{ range: rangeOf(text, ` ${EMAIL}`), newText: '' }]);
    expect(email!.fixed).toBe(withQuestion(`"Rückfragen an oder ${PHONE}."`));
    expect(email!.after).toEqual([span(Codes.intakeMarker, email!.fixed, PHONE)]);
    expect(phone!.fixed).toBe(withQuestion(`"Rückfragen an ${EMAIL} oder."`));
  });

  it('deletes the blanks after a marker that starts the value or the line, never the line break', () => {
    const text = withQuestion(`"${PHONE} Wie fangen wir an?"`).replace('Mit einer Erhebung der Wartezeiten.', `Erste Zeile\n${EMAIL}  Zweite Zeile`);
    const [value, body] = fixOf(text);
    expect(value!.fixed).toBe(withQuestion('"Wie fangen wir an?"').replace('Mit einer Erhebung der Wartezeiten.', `Erste Zeile\n${EMAIL}  Zweite Zeile`));
    expect(body!.fixed).toBe(withQuestion(`"${PHONE} Wie fangen wir an?"`).replace('Mit einer Erhebung der Wartezeiten.', 'Erste Zeile\nZweite Zeile'));
    expect(body!.after).toEqual([span(Codes.intakeMarker, body!.fixed, PHONE)]);
  });

  it('keeps CRLF and every other byte', () => {
    const text = withQuestion(`"Wie fangen wir an? Rückfragen an ${PHONE}."`).replace(/\n/g, '\r\n');
    const [fix] = fixOf(text);
    expect(fix!.fixed).toBe(withQuestion('"Wie fangen wir an? Rückfragen an."').replace(/\n/g, '\r\n'));
    expect(fix!.after).toEqual([]);
    expect(check(fix!.fixed).all).toEqual([]);
  });
});
