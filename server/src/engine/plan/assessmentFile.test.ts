import { describe, expect, it } from 'vitest';
import { readAssessmentFile } from './assessmentFile';
import type { Criterion } from './model';

const criteria = [{ id: 'sv-ermessen' }, { id: 'sv-beratung' }] as Criterion[];

describe('readAssessmentFile', () => {
  it('reads the wrapped form: scores with notes, the agency and the date of the assessment', () => {
    const text = [
      'assessed: 2026-10-20',
      'agency:',
      '  name: Ausländerbehörde der Stadt Musterstadt',
      '  staff: 35',
      'assessment:',
      '  sv-ermessen: { status: 2, relevance: 4, note: Sehr unterschiedlich genutzt. }',
      '  sv-beratung:',
      '    status: unbekannt',
      '    relevance: 5',
      '',
    ].join('\n');
    const file = readAssessmentFile(text, criteria);
    expect(file.problems).toEqual([]);
    expect(file.assessed).toBe('2026-10-20');
    expect(file.agency).toEqual({ name: 'Ausländerbehörde der Stadt Musterstadt', staff: 35 });
    expect(file.assessment).toEqual({
      'sv-ermessen': { status: 2, relevance: 4, note: 'Sehr unterschiedlich genutzt.' },
      'sv-beratung': { status: 'unbekannt', relevance: 5 },
    });
  });

  it('reads the map alone and records a criterion nobody scored as unbekannt', () => {
    const file = readAssessmentFile('sv-beratung: { status: 3, relevance: 1 }\n', criteria);
    expect(file.problems).toEqual([]);
    expect(file.agency).toBeUndefined();
    expect(file.assessment).toEqual({ 'sv-ermessen': { status: 'unbekannt', relevance: 'unbekannt' }, 'sv-beratung': { status: 3, relevance: 1 } });
  });

  it('places an unknown criterion on its key and a score out of range on its value', () => {
    const file = readAssessmentFile('sv-ermesen: { status: 2, relevance: 4 }\nsv-beratung: { status: 7, relevance: 1 }\n', criteria);
    expect(file.problems.map((p) => [p.range.start.line, p.range.start.character, p.range.end.character, p.message.slice(0, 40)])).toEqual([
      [0, 0, 10, 'Unbekanntes Kriterium „sv-ermesen“. Mein'],
      [1, 13, 40, '„sv-beratung“: „status“ und „relevance“ '],
    ]);
  });

  it('reports YAML errors at their position and an alias bomb as a problem, not a crash', () => {
    const broken = readAssessmentFile('sv-ermessen: { status: 2\n', criteria);
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0]!.message).toMatch(/^YAML-Fehler/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'sv-ermessen: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    const file = readAssessmentFile(bomb, criteria);
    expect(file.assessment).toEqual({});
    expect(file.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^YAML-Fehler: .*alias/i)]);
  });
});

describe('readAssessmentFile: entries are checked by the plan schema', () => {
  it('reports an unknown field, a missing relevance, a null score and a note that is no text, each on its entry', () => {
    const text = [
      'sv-ermessen: { status: 2, relevance: 4, notiz: Tippfehler }',
      'sv-beratung: { status: 2 }',
      '',
    ].join('\n');
    expect(readAssessmentFile(text, criteria).problems.map((p) => [p.range.start.line, p.message])).toEqual([
      [0, '„sv-ermessen“: unbekanntes Feld „notiz“ (erlaubt sind status, relevance und note).'],
      [1, 'Für „sv-beratung“ werden „status“ und „relevance“ erwartet (je ganze Zahlen von 1 bis 5 oder „unbekannt“).'],
    ]);
    const more = readAssessmentFile('sv-ermessen: { status: ~, relevance: 4 }\nsv-beratung: { status: 1, relevance: 1, note: [a] }\n', criteria);
    expect(more.problems.map((p) => [p.range.start.line, p.message])).toEqual([
      [0, '„sv-ermessen“: „status“ und „relevance“ müssen ganze Zahlen von 1 bis 5 oder „unbekannt“ sein (gefunden: null / 4).'],
      [1, '„sv-beratung“: „note“ muss ein Text sein.'],
    ]);
  });
});
