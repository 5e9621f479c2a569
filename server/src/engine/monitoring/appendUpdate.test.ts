import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { appendUpdate, AppendUpdateError } from './appendUpdate';

const PLAN = `---
kind: plan # ein Plan
id: plan-test
measures:
  # die erste Maßnahme
  - instrument: terminsystem
    owner: 'Leitung'
    start: 2027-01
    due: 2027-06
    milestones:
      - { text: Konzept, due: 2027-02 }
    status: geplant
    x-eigenes: behalten # unbekannter Schlüssel
  - instrument: servicepoint
    owner: Leitung
    start: 2027-02
    due: 2027-09
    status: laufend
    updates:
      - date: 2027-02-01
        status: laufend
        note: Start.   # Kommentar
# Schluss
---

Text bleibt.
`;

const entry = { date: '2027-03-15', status: 'laufend' as const, note: 'Erstes Treffen: „Auftakt“ #1' };

describe('appendUpdate', () => {
  it('creates `updates:` after the measure’s last field in its indentation, every other byte kept', () => {
    const result = appendUpdate(PLAN, 'terminsystem', entry);
    const added = '    updates:\n      - date: 2027-03-15\n        status: laufend\n        note: "Erstes Treffen: „Auftakt“ #1"\n';
    const at = PLAN.indexOf('  - instrument: servicepoint');
    expect(result).toBe(PLAN.slice(0, at) + added + PLAN.slice(at));
  });

  it('appends to an existing list after its last item and its trailing comment', () => {
    const result = appendUpdate(PLAN, 'servicepoint', { date: '2027-04-01', status: 'abgeschlossen' });
    const at = PLAN.indexOf('# Schluss');
    expect(result).toBe(PLAN.slice(0, at) + '      - date: 2027-04-01\n        status: abgeschlossen\n' + PLAN.slice(at));
  });

  it('keeps a CRLF plan CRLF and a BOM in front', () => {
    const crlf = '\ufeff' + PLAN.replace(/\n/g, '\r\n');
    const result = appendUpdate(crlf, 'servicepoint', { date: '2027-04-01', status: 'abgeschlossen', value: 3 });
    const at = crlf.indexOf('# Schluss');
    expect(result).toBe(crlf.slice(0, at) + '      - date: 2027-04-01\r\n        status: abgeschlossen\r\n        value: 3\r\n' + crlf.slice(at));
    expect(result.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('follows flow style: a `{ … }` list item, an empty `[]`, a measure in one line', () => {
    const flowItems = PLAN.replace('      - date: 2027-02-01\n        status: laufend\n        note: Start.   # Kommentar\n', '      - { date: 2027-02-01, status: laufend }\n');
    expect(appendUpdate(flowItems, 'servicepoint', { date: '2027-04-01', status: 'laufend', milestone: 'Konzept' }))
      .toContain('      - { date: 2027-02-01, status: laufend }\n      - { date: 2027-04-01, status: laufend, milestone: "Konzept" }\n# Schluss');
    const empty = PLAN.replace('    x-eigenes: behalten', '    updates: []\n    x-eigenes: behalten');
    expect(appendUpdate(empty, 'terminsystem', { date: '2027-04-01', status: 'laufend' })).toContain('    updates: [{ date: 2027-04-01, status: laufend }]\n    x-eigenes');
    const oneLine = '---\nkind: plan\nmeasures:\n  - { instrument: a, status: geplant }\n---\n';
    expect(appendUpdate(oneLine, 'a', { date: '2027-04-01', status: 'laufend' })).toBe('---\nkind: plan\nmeasures:\n  - { instrument: a, status: geplant, updates: [{ date: 2027-04-01, status: laufend }] }\n---\n');
  });

  it('reads back as the same data plus the new entry', () => {
    const data = (text: string) => parseDocument(text.split('---\n')[1]!).toJS();
    const before = data(PLAN);
    const after = data(appendUpdate(PLAN, 'terminsystem', entry));
    expect(after.measures[0].updates).toEqual([entry]);
    delete after.measures[0].updates;
    expect(after).toEqual(before);
  });

  it('refuses an unknown instrument, a bad status or date, and `updates` that is no list, in German', () => {
    expect(() => appendUpdate(PLAN, 'fehlt', entry)).toThrow(new AppendUpdateError('Der Plan hat keine Maßnahme zum Instrument „fehlt“.'));
    expect(() => appendUpdate(PLAN, 'terminsystem', { date: '2027-13-40', status: 'laufend' })).toThrow('Das Datum „2027-13-40“ ist kein gültiger Tag (JJJJ-MM-TT).');
    expect(() => appendUpdate(PLAN, 'terminsystem', { date: '2027-03-01', status: 'fertig' as never })).toThrow('Der Status „fertig“ ist nicht erlaubt. Erlaubt sind: geplant, laufend, abgeschlossen, zurueckgestellt.');
    const scalar = PLAN.replace('    x-eigenes: behalten', '    updates: gestern');
    expect(() => appendUpdate(scalar, 'terminsystem', entry)).toThrow('Zeile 13: „updates“ der Maßnahme ist keine Liste; der Status wird nicht eingetragen.');
    expect(() => appendUpdate('kein Kopfbereich', 'a', entry)).toThrow('Der Plan hat keinen lesbaren Kopfbereich (Frontmatter).');
  });
});
