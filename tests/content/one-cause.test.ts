// One cause, one message: a copy of the real toolbox (in memory) with exactly one realistic defect injected at a
// time has exactly one finding in the whole workspace — in the file with the defect, at the defect, in German.
// Consequential findings (references to a document that cannot say what it is, a missing key that an unknown
// key misspells, coverage lost to a typo) are suppressed where they arise.
import { describe, expect, it } from 'vitest';
import { find, workspace } from '../../server/src/engine/testing/memoryWorkspace';
import { realToolbox } from '../support/realToolbox';

const SP = 'instrumente/servicepoint.md';
const WB = 'instrumente/willkommensbroschuere.md';

const real = realToolbox();

/** Every finding of the workspace as `path line:col-line:col severity code message` (0-based, as in LSP). */
function allFindings(files: Record<string, string>): string[] {
  const ws = workspace(files);
  return ws.service.uris().flatMap((u) => ws.service.diagnostics(u).map((d) =>
    `${u.split('/toolbox/')[1]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`));
}

/** The real toolbox's one finding, on purpose: the example plan's overdue measure at its reporting date. */
const BASELINE = allFindings(real);

/** The findings a defect adds to the real toolbox's. */
function findings(files: Record<string, string>): string[] {
  return allFindings(files).filter((f) => !BASELINE.includes(f));
}

/** Replaces `from` by `to` in one file (the defect); `from` must occur. */
function inject(path: string, from: string | RegExp, to: string): Record<string, string> {
  const text = real[path]!;
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`defect not injected into ${path}`);
  return { ...real, [path]: changed };
}

/** The expected single finding: on `needle` (its first occurrence after `after`) in the defective file. */
function one(files: Record<string, string>, path: string, needle: string, code: string, message: string, options: { after?: string; length?: number; severity?: string } = {}): string {
  const start = find(files[path]!, needle, options.after);
  const end = { line: start.line, character: start.character + (options.length ?? needle.length) };
  return `${path} ${start.line}:${start.character}-${end.line}:${end.character} ${options.severity ?? 'error'} ${code} ${message}`;
}

describe('one cause, one message (the real toolbox with one defect)', () => {
  it('the real toolbox itself has one finding: the example plan’s measure overdue at its reporting date', () => {
    expect(BASELINE).toEqual([one(real, 'plaene/plan-stadt-musterstadt.md', '2028-02', 'WK1010',
      '„Handlungsleitlinien“ ist seit März 2028 überfällig (geplantes Ende Feb. 2028): Stand am Stichtag des Plans, dem 31. Oktober 2028, ist „laufend“. Tragen Sie den aktuellen Stand unter „updates“ ein oder planen Sie die Maßnahme neu.',
      { after: 'instrument: handlungsleitlinien', severity: 'warning' })]);
  });

  it('a wrong kind („instrumnet“) is one error in its file, not „ist ein instrumnet“ where it is referred to', () => {
    const files = inject(SP, 'kind: instrument', 'kind: instrumnet');
    expect(findings(files)).toEqual([one(files, SP, 'instrumnet', 'WK302',
      'Unbekannte Dokumentart „instrumnet“. Erlaubt sind „eckpunkt“, „instrument“, „case“, „site“, „plan“, „page“, „frage“, „angebot“. Meinten Sie „instrument“?')]);
  });

  it('a missing kind is one error, and its criteria do not turn unaddressed', () => {
    const files = inject(SP, 'kind: instrument\n', '');
    expect(findings(files)).toEqual([one(files, SP, '---', 'WK301',
      'Das Feld „kind“ fehlt. Es bestimmt die Dokumentart: „eckpunkt“, „instrument“, „case“, „site“, „plan“, „page“, „frage“, „angebot“.')]);
  });

  it('a YAML syntax error raises no `related` or reference finding elsewhere', () => {
    const files = inject(SP, 'effort: hoch', 'effort: [hoch');
    expect(findings(files)).toEqual([one(files, SP, '[', 'WK201', 'Die Liste, die hier mit „[“ beginnt, wird nicht mit „]“ geschlossen (oder ihre nächste Zeile ist nicht weit genug eingerückt).', { after: 'effort:' })]);
  });

  it('a mis-indented list item is one YAML error (not three on its line, not WK604 in the related instrument)', () => {
    const files = inject(SP, '  - terminsystem\n', '   - terminsystem\n');
    expect(findings(files)).toEqual([one(files, SP, '  - front-back-office', 'WK201',
      'Hier beginnt eine verschachtelte Struktur, wo ein einfacher Schlüssel erwartet wird. Fehlt ein Leerzeichen nach dem Doppelpunkt, oder ist die Einrückung falsch?', { length: 1 })]);
  });

  it('a list entry indented one place further than the one above is one WK205, not WK405 and WK601 for the merged value', () => {
    const files = inject(SP, '  - bo-wartezeiten\n', '   - bo-wartezeiten\n');
    expect(findings(files)).toEqual([one(files, SP, '- bo-wartezeiten', 'WK205',
      'Der Listeneintrag „bo-wartezeiten“ ist wahrscheinlich falsch eingerückt: Er steht eine Stelle weiter rechts als der Eintrag „bo-erstkontakt“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „bo-erstkontakt - bo-wartezeiten“. Setzen Sie seinen Bindestrich genau unter den von „bo-erstkontakt“.')]);
  });

  it('a `related` entry two places too far right is one WK205, not WK604 in the two instruments the merged value no longer names', () => {
    const files = inject(SP, '  - front-back-office\n', '    - front-back-office\n');
    expect(findings(files)).toEqual([one(files, SP, '- front-back-office', 'WK205',
      'Der Listeneintrag „front-back-office“ ist wahrscheinlich falsch eingerückt: Er steht zwei Stellen weiter rechts als der Eintrag „terminsystem“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „terminsystem - front-back-office“. Setzen Sie seinen Bindestrich genau unter den von „terminsystem“.')]);
  });

  it('a wrongly indented entry of an enum list (`phase`) is one WK205, not WK402', () => {
    const files = inject(SP, '  - etablierung\n', '   - etablierung\n');
    expect(findings(files)).toEqual([one(files, SP, '- etablierung', 'WK205',
      'Der Listeneintrag „etablierung“ ist wahrscheinlich falsch eingerückt: Er steht eine Stelle weiter rechts als der Eintrag „erstorientierung“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „erstorientierung - etablierung“. Setzen Sie seinen Bindestrich genau unter den von „erstorientierung“.')]);
  });

  it('a wrongly indented entry of a free list in a plan’s measure (`participants`) is one WK205, where nothing was reported', () => {
    const plan = 'plaene/plan-stadt-musterstadt.md';
    const files = inject(plan, '      - Servicekräfte\n', '       - Servicekräfte\n');
    expect(findings(files)).toEqual([one(files, plan, '- Servicekräfte', 'WK205',
      'Der Listeneintrag „Servicekräfte“ ist wahrscheinlich falsch eingerückt: Er steht eine Stelle weiter rechts als der Eintrag „Verwaltungsspitze“ und wird deshalb als dessen Fortsetzung gelesen, als ein einziger Eintrag „Verwaltungsspitze - Servicekräfte“. Setzen Sie seinen Bindestrich genau unter den von „Verwaltungsspitze“.')]);
  });

  it('an enum typo on a reference field is one message (WK402), not WK402 and WK601 together', () => {
    const files = inject(SP, 'eckpunkt: binnenorganisation', 'eckpunkt: binnenorganisaton');
    expect(findings(files)).toEqual([one(files, SP, 'binnenorganisaton', 'WK402',
      '„binnenorganisaton“ ist kein erlaubter Wert für „Eckpunkt“. Erlaubt: „selbstverstaendnis“, „binnenorganisation“, „kompetenzen“, „erscheinungsbild“, „vernetzung“. Meinten Sie „binnenorganisation“?')]);
  });

  it('a misspelled required key („efort“) is the unknown key only, not also „Pflichtfeld fehlt“', () => {
    const files = inject(SP, 'effort: hoch', 'efort: hoch');
    expect(findings(files)).toEqual([one(files, SP, 'efort', 'WK403', 'Unbekanntes Feld „efort“. Meinten Sie „effort“?')]);
  });

  it('a misspelled criterion under `addresses` is one WK601, not also „von keinem Instrument adressiert“ in the Eckpunkt', () => {
    const files = inject(SP, '  - bo-erstkontakt', '  - bo-erstkontakk');
    expect(findings(files)).toEqual([one(files, SP, 'bo-erstkontakk', 'WK601',
      'Unbekanntes Kriterium „bo-erstkontakk“: Kein Eckpunkt definiert ein Kriterium mit dieser Kennung. Meinten Sie „bo-erstkontakt“?')]);
  });

  it('an unknown instrument id in `requires` is one WK601', () => {
    const files = inject(WB, '  - netzwerkkarte', '  - netzwerkkrate');
    expect(findings(files)).toEqual([one(files, WB, 'netzwerkkrate', 'WK601',
      'Verweis ins Leere: Es gibt kein Instrument mit der Kennung „netzwerkkrate“. Meinten Sie „netzwerkkarte“?')]);
  });

  it('a misspelled `related` entry is one WK601, not also WK604 in the instrument it misspells', () => {
    const files = inject(WB, '  - verweisberatung', '  - verweisberatug');
    expect(findings(files)).toEqual([one(files, WB, 'verweisberatug', 'WK601',
      'Verweis ins Leere: Es gibt kein Instrument mit der Kennung „verweisberatug“. Meinten Sie „verweisberatung“?')]);
  });

  it('a copied document that kept the id is one WK501 in the copy (the original and the references are fine)', () => {
    const files = { ...real, 'instrumente/servicepoint-kopie.md': real[SP]! };
    expect(findings(files)).toEqual([one(files, 'instrumente/servicepoint-kopie.md', 'servicepoint', 'WK501',
      'Die Kennung „servicepoint“ gehört schon zu „servicepoint.md“. Geben Sie diesem Dokument eine eigene Kennung, etwa „servicepoint-kopie“ wie sein Dateiname.', { after: 'id:' })]);
  });

  it('an id set to another document’s is one WK501 in that file, not WK601 wherever its own id was referred to', () => {
    const files = inject(WB, 'id: willkommensbroschuere', 'id: servicepoint');
    expect(findings(files)).toEqual([one(files, WB, 'servicepoint', 'WK501',
      'Die Kennung „servicepoint“ gehört schon zu „servicepoint.md“. Geben Sie diesem Dokument eine eigene Kennung, etwa „willkommensbroschuere“ wie sein Dateiname.')]);
  });

  it('a typo in an id is the one warning WK502; references by the file name do not dangle', () => {
    const files = inject(SP, 'id: servicepoint', 'id: servicepiont');
    expect(findings(files)).toEqual([one(files, SP, 'servicepiont', 'WK502',
      'Die Kennung „servicepiont“ weicht vom Dateinamen „servicepoint.md“ ab. Benennen Sie die Datei in „servicepiont.md“ um oder passen Sie die Kennung an.', { severity: 'warning' })]);
  });

  it('a missing frontmatter is one WK101, not WK601 in the seven documents that refer to it', () => {
    const files = inject(SP, /^---\n/, '');
    expect(findings(files)).toEqual([one(files, SP, 'kind: instrument', 'WK101',
      'Der Kopfbereich (Frontmatter) fehlt. Jedes Dokument beginnt mit einer Zeile „---“, den YAML-Feldern (mindestens kind, id, title) und einer schließenden Zeile „---“.')]);
  });

  it('an unclosed frontmatter is one WK103', () => {
    const files = inject(SP, '\n---\n', '\n--\n');
    expect(findings(files)).toEqual([one(files, SP, '---', 'WK103', 'Der Kopfbereich (Frontmatter) wird nicht geschlossen. Nach den YAML-Feldern fehlt eine Zeile „---“.')]);
  });

  it('a renamed required section is one WK701', () => {
    const files = inject(SP, '## Ziel', '## Zeil');
    expect(findings(files)).toEqual([one(files, SP, '## Zeil', 'WK701',
      'Der Abschnitt „## Ziel“ fehlt. Was das Instrument erreichen soll. Meinten Sie mit „Zeil“ diesen Abschnitt?')]);
  });

  it('a broken link is one WK801', () => {
    const files = inject(SP, '(../standorte/weimar.md)', '(../standorte/wiemar.md)');
    expect(findings(files)).toEqual([one(files, SP, '../standorte/wiemar.md', 'WK801',
      'Der Link zeigt auf eine Datei, die es nicht gibt: „../standorte/wiemar.md“. Meinten Sie „weimar.md“?')]);
  });

  it('a duplicate key is one WK202', () => {
    const files = inject(SP, 'duration_weeks: 20\n', 'duration_weeks: 20\neffort: mittel\n');
    expect(findings(files)).toEqual([one(files, SP, 'effort', 'WK202', 'Dieser Schlüssel kommt im selben Abschnitt doppelt vor. („effort“, zuerst in Zeile 15)', { after: 'duration_weeks' })]);
  });
});
