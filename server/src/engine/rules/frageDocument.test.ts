// A question (kind `frage`) under the machinery every kind shares: its schema (sections, references, the
// person-free `asked_by`, the one who answered), the personal-data rule, rename, completion, hover, references.
import { describe, expect, it } from 'vitest';
import { eckpunkt, frage, instrument, site } from '../testing/fixtures';
import { at, span, uri, workspace } from '../testing/memoryWorkspace';
import { positionOf, range } from '../testing/positions';
import { Codes } from './codes';

const Q = 'fragen/frage-weimar-termine.md';
const BAMF = 'Bundesamt für Migration und Flüchtlinge';

function files(text: string, path = Q) {
  return {
    'eckpunkte/binnenorganisation.md': eckpunkt(),
    'instrumente/terminsystem.md': instrument(),
    'standorte/weimar.md': site(),
    [path]: text,
  };
}

function findings(text: string) {
  return workspace(files(text)).diagnostics(Q);
}

describe('a question (frage)', () => {
  it('is valid as the fixture writes it, with its references resolved', () => {
    expect(findings(frage())).toEqual([]);
  });

  it('needs the section „Antwort“', () => {
    const text = frage().replace('## Antwort', '## Antwortt');
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.sectionMissing, text, '## Antwortt')]);
    expect(found[0]!.message).toBe('Der Abschnitt „## Antwort“ fehlt. Die Antwort: was die Behörde getan hat oder empfiehlt, mit dem Instrument und seinen Erfahrungen. Meinten Sie mit „Antwortt“ diesen Abschnitt?');
  });

  it('reports an unknown instrument on the value', () => {
    const text = frage().replace('[terminsystem]', '[terminsystm]');
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.refUnresolved, text, 'terminsystm')]);
    expect(found[0]!.message).toBe('Verweis ins Leere: Es gibt kein Instrument mit der Kennung „terminsystm“. Meinten Sie „terminsystem“?');
  });

  it('reports an unknown site and an unknown criterion', () => {
    const text = frage(undefined, '  site: weimr\n').replace('[bo-wartezeiten]', '[bo-wartezeit]');
    expect(findings(text).map(at)).toEqual([span(Codes.refUnresolved, text, 'weimr'), span(Codes.refUnresolved, text, 'bo-wartezeit')]);
  });

  it('refuses an answer by a site and an institution at once, on the value of „answered_by“', () => {
    const text = frage(undefined, `  site: weimar\n  institution: ${BAMF}\n`);
    const found = findings(text);
    expect(found.map(at)).toEqual([`${Codes.schemaOther} 11:2-13:0`]);
    expect(found[0]!.message).toBe('Eine Zuordnung ist für „Beantwortet von“ nicht erlaubt. Wer geantwortet hat: entweder `site` (ein Modellstandort oder eine Partnerbehörde) oder `institution` (eine Institution, dazu wahlweise `contact`), nicht beides.');
  });

  it('refuses an example question put to one real office: a Landeshauptstadt, on the kind of office', () => {
    const text = frage().replace('  authority: landkreis\n  bundesland: Sachsen\n', '  authority: landeshauptstadt\n  bundesland: Saarland\n');
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.identifiableAsker, text, 'landeshauptstadt')]);
    expect(found[0]!.message).toBe('„Landeshauptstadt im Saarland“ meint genau eine Behörde: „Gefragt von“ schriebe die Beispielfrage ihr zu, obwohl sie sie nie gestellt hat. Geben Sie „stadt“ oder „landkreis“ an, die es in jedem Flächenland mehrfach gibt.');
  });

  it.each(['Berlin', 'Hamburg', 'Bremen'])('refuses an asker in the city state %s, on the Land', (land) => {
    const text = frage().replace('  bundesland: Sachsen\n', `  bundesland: ${land}\n`).replace('authority: landkreis', 'authority: stadt');
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.identifiableAsker, text, land, 'bundesland: ')]);
    expect(found[0]!.message).toBe(`${land} ist ein Stadtstaat: „Gefragt von“ schriebe die Beispielfrage einer bestimmten Behörde zu, die sie nie gestellt hat. Geben Sie eine Art von Behörde und ein Bundesland an, die zusammen mehrere Behörden meinen, etwa eine Stadt oder einen Landkreis in einem Flächenland.`);
  });

  it('accepts a city or a Landkreis in a Flächenland, and a real question from a Landeshauptstadt', () => {
    expect(findings(frage().replace('authority: landkreis', 'authority: stadt'))).toEqual([]);
    expect(findings(frage().replace('authority: landkreis', 'authority: landeshauptstadt').replace('example: true', 'example: false'))).toEqual([]);
  });

  it('asks who answered when „answered_by“ is empty, as every skeleton of `frage neu` has it, on the „{}“', () => {
    const text = frage().replace('answered_by:\n  site: weimar\n', 'answered_by: {}\n');
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.schemaRequired, text, '{}')]);
    expect(found[0]!.message).toBe('„Beantwortet von“ ist leer. Anzugeben ist entweder ein Standort (`site`: ein Modellstandort oder eine Partnerbehörde) oder eine Institution (`institution`, dazu wahlweise ihre Kontaktstelle `contact`).');
    // Nothing to insert for the editor: which of the two is for the editorial team to decide.
    expect(found[0]!.data?.missing).toBeUndefined();
  });

  it('reports an empty or listed „answered_by“ once, as the wrong type, not again as a choice „nicht erlaubt“', () => {
    for (const [value, shown] of [['', 'leer'], [' []', 'eine Liste']] as const) {
      const text = frage().replace('answered_by:\n  site: weimar\n', `answered_by:${value}\n`);
      const found = findings(text);
      expect(found.map(at)).toEqual([value ? span(Codes.schemaType, text, '[]') : span(Codes.schemaType, text, 'answered_by')]);
      expect(found[0]!.message).toBe(`Falscher Typ für „Beantwortet von“: erwartet wird eine Zuordnung von Feldern, gefunden ${shown}.`);
    }
  });

  it('refuses an answer by nobody: a contact alone names no one who answered', () => {
    const text = frage(undefined, '  contact: { role: Referat, institution: Bundesamt }\n');
    const found = findings(text);
    expect(found.map(at)).toEqual([`${Codes.schemaRequired} 11:2-12:0`]);
    expect(found[0]!.message).toBe('„Beantwortet von“ nennt nur „contact“, aber keines der Felder „site“ oder „institution“. Anzugeben ist entweder ein Standort (`site`: ein Modellstandort oder eine Partnerbehörde) oder eine Institution (`institution`, dazu wahlweise ihre Kontaktstelle `contact`).');
  });

  it('accepts an institution with a function contact that records its legal basis', () => {
    const contact = `  institution: ${BAMF}\n  contact:\n    role: Referat\n    institution: ${BAMF}\n    email: referat@bamf.bund.de\n    legal_basis: funktionspostfach\n`;
    expect(findings(frage(undefined, contact))).toEqual([]);
  });

  it('asks for the legal basis of a contact e-mail', () => {
    const text = frage(undefined, `  institution: ${BAMF}\n  contact:\n    role: Referat\n    institution: ${BAMF}\n    email: referat@bamf.bund.de\n`);
    const found = findings(text);
    expect(found.map(at)).toEqual([span(Codes.schemaRequired, text, 'email')]);
    expect(found[0]!.message).toBe('Wenn „email“ angegeben ist, ist auch „legal_basis“ Pflicht.');
  });

  it('refuses a person in „asked_by“ (no such field) and an e-mail address in the question', () => {
    const text = frage()
      .replace('  bundesland: Sachsen\n', '  bundesland: Sachsen\n  name: Frau Muster\n')
      .replace('Womit fängt man an?', 'Antwort an a.muster@web.de.');
    const found = findings(text);
    expect(found.map(at)).toEqual([
      span(Codes.schemaUnknownKey, text, 'name'),
      span(Codes.personalEmail, text, 'Wir wollen Termine vergeben. Antwort an a.muster@web.de.'),
    ]);
    expect(found[0]!.message).toBe('Unbekanntes Feld „name“ in „Gefragt von“. Erlaubte Felder: authority, bundesland.');
  });

  it('wants its id to begin with „frage-“ and its title to end with „?“', () => {
    const text = frage('weimar-termine').replace('ein?', 'ein');
    const found = workspace(files(text, 'fragen/weimar-termine.md')).diagnostics('fragen/weimar-termine.md');
    expect(found.map(at)).toEqual([span(Codes.schemaFormat, text, 'weimar-termine'), span(Codes.schemaFormat, text, 'Wie führt man ein Terminsystem ein')]);
    expect(found[0]!.message).toMatch(/^„weimar-termine“ hat nicht das verlangte Format für „Kennung“\. Stabile Kennung der Frage: beginnt mit „frage-“/);
    expect(found[1]!.message).toBe('„Wie führt man ein Terminsystem ein“ hat nicht das verlangte Format für „Titel“. Die Frage in Kurzform, wie sie im Handbuch und in Listen erscheint; endet mit „?“.');
  });

  it('is updated when its instrument is renamed', () => {
    const ws = workspace(files(frage()));
    const instrumentText = instrument();
    const result = ws.service.rename(uri('instrumente/terminsystem.md'), positionOf(instrumentText, 'terminsystem', 1), 'termine');
    expect(result.edits.get(uri(Q))).toEqual([{ range: range(12, 14, 12, 26), newText: 'termine' }]);
  });

  it('is found among the references to its instrument and its site', () => {
    const ws = workspace(files(frage()));
    const toInstrument = ws.service.references(uri('instrumente/terminsystem.md'), positionOf(instrument(), 'terminsystem', 1), false);
    expect(toInstrument.filter((l) => l.uri === uri(Q)).map((l) => l.range)).toEqual([range(12, 14, 12, 26)]);
    const toSite = ws.service.references(uri('standorte/weimar.md'), positionOf(site(), 'weimar', 1), false);
    expect(toSite.map((l) => [l.uri, l.range])).toEqual([[uri(Q), range(11, 8, 11, 14)]]);
  });

  it('completes the instruments and shows a hover with the instrument title', () => {
    const text = frage().replace('[terminsystem]', '[]');
    const ws = workspace(files(text));
    const items = ws.service.completion(uri(Q), positionOf(text, ']', 0, 'instruments: [')).items;
    expect(items.map((i) => [i.label, i.labelDetails?.description])).toEqual([['Instrument terminsystem', 'terminsystem']]);
    const hover = workspace(files(frage())).service.hover(uri(Q), positionOf(frage(), 'terminsystem', 3));
    expect(JSON.stringify(hover)).toContain('Instrument terminsystem');
  });
});
