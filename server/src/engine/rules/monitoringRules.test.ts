// The monitoring rules (WK1010–WK1016) on a plan with status entries, judged at the plan's own reporting date or at
// the adapter's today, and the quick fix „Status heute aktualisieren“.
import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument, plan } from '../testing/fixtures';
import { applyEdits } from '../testing/edits';
import { at, span, uri, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';
import { MAX_FRONTMATTER_LENGTH } from '../parse/frontmatter';

const P = 'plaene/plan-test.md';
const BASE = {
  'eckpunkte/binnenorganisation.md': eckpunkt(),
  'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten', 'bo-erstkontakt', 'bo-ablaeufe'] }),
};

interface MeasureSpec { status?: string; start?: string; due?: string; updates?: string; extra?: string }
const measure = ({ status = 'laufend', start = '2026-06', due = '2027-06', updates = '', extra = '' }: MeasureSpec = {}) =>
  `  - instrument: terminsystem\n    owner: Leitung\n    start: ${start}\n    due: ${due}\n    status: ${status}\n${extra}${updates ? `    updates:\n${updates}` : ''}`;
const update = (date: string, status = 'laufend', note?: string) => `      - date: ${date}\n        status: ${status}\n${note ? `        note: ${note}\n` : ''}`;
const asOf = (month: string) => (text: string) => text.replace('measures:\n', `reporting:\n  as_of: ${month}\nmeasures:\n`);

function findings(text: string, today?: string) {
  const ws = workspace({ ...BASE, [P]: text }, [], { today: today ? () => today : undefined });
  return { ws, found: ws.diagnostics(P).filter((d) => /^WK101[0-6]$/.test(d.code)) };
}

describe('a measure overdue at the reporting date (WK1010)', () => {
  it('is a warning on `due` once the due month has passed, naming the instrument, the months and the status', () => {
    const text = asOf('2027-07')(plan(measure({ updates: update('2026-07-01') })));
    const { found } = findings(text);
    expect(found.map(at)).toEqual([span(Codes.measureOverdue, text, '2027-06', 'due:')]);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe('„Instrument terminsystem“ ist seit Juli 2027 überfällig (geplantes Ende Juni 2027): Stand am Stichtag des Plans, dem 31. Juli 2027, ist „laufend“. Tragen Sie den aktuellen Stand unter „updates“ ein oder planen Sie die Maßnahme neu.');
  });

  it('counts a month as its last day: due 2027-06 is not overdue on 30 June, and is on 1 July', () => {
    const text = plan(measure({ updates: update('2026-07-01') }));
    expect(findings(text, '2027-06-30').found).toEqual([]);
    expect(findings(text, '2027-07-01').found.map((d) => d.code)).toEqual([Codes.measureOverdue]);
    expect(findings(text, '2027-07-01').found[0]!.message).toContain('Stand heute, am 1. Juli 2027, ist „laufend“');
  });

  it('takes the plan’s own reporting date before today, and says nothing without either', () => {
    const text = plan(measure({ updates: update('2026-07-01') }));
    expect(findings(asOf('2027-05')(text), '2030-01-01').found).toEqual([]);
    expect(findings(text).found).toEqual([]);
  });

  it('spares a measure closed or deferred by the reporting date, but not one closed only after it', () => {
    const closed = update('2026-07-01') + update('2027-05-20', 'abgeschlossen');
    expect(findings(plan(measure({ updates: closed })), '2027-08-01').found).toEqual([]);
    expect(findings(plan(measure({ updates: update('2026-07-01') + update('2027-03-01', 'zurueckgestellt', 'Haushalt') })), '2027-08-01').found).toEqual([]);
    expect(findings(asOf('2027-07')(plan(measure({ updates: update('2026-07-01') + update('2027-08-02', 'abgeschlossen') }))), '2028-01-01').found.map((d) => d.code))
      .toEqual([Codes.measureOverdue, Codes.updateAfterReportingDay]);
  });

  it('offers „Status heute aktualisieren“: an entry dated today with the current status, every other byte kept', () => {
    const text = plan(measure({ updates: update('2026-07-01') })).replace(/\n/g, '\r\n');
    const { ws, found } = findings(text, '2027-09-14');
    const [action] = ws.service.codeActions(uri(P), found[0]!.range);
    expect(action!.title).toBe('Status heute aktualisieren');
    expect(action!.isPreferred).toBe(true);
    const fixed = applyEdits(text, action!.edit!.changes![uri(P)]!);
    expect(fixed).toBe(text.replace('        status: laufend\r\n', '        status: laufend\r\n      - date: 2027-09-14\r\n        status: laufend\r\n'));
    expect(findings(fixed, '2027-09-14').found.map((d) => d.code)).toEqual([Codes.measureOverdue]);
  });

  it('does not offer the fix where today lies before the latest entry', () => {
    const text = asOf('2027-08')(plan(measure({ updates: update('2026-07-01') + update('2027-08-10') })));
    const { ws, found } = findings(text, '2027-08-01');
    expect(found.map((d) => d.code)).toEqual([Codes.measureOverdue]);
    expect(ws.service.codeActions(uri(P), found[0]!.range).map((a) => a.title)).toEqual([]);
  });
});

describe('the dates of status entries (WK1011–WK1013)', () => {
  it('reports an entry after the plan’s reporting date on its date', () => {
    const text = asOf('2026-12')(plan(measure({ updates: update('2026-07-01') + update('2027-01-05') })));
    const { found } = findings(text, '2027-02-01');
    expect(found.map(at)).toEqual([span(Codes.updateAfterReportingDay, text, '2027-01-05')]);
    expect(found[0]!.message).toBe('Der Eintrag vom 5. Januar 2027 zu „Instrument terminsystem“ liegt nach dem Stichtag des Plans (31. Dezember 2026, „reporting.as_of“). Prüfen Sie das Datum oder rücken Sie den Stichtag vor.');
  });

  it('reports an entry in the future when the plan is judged today', () => {
    const text = plan(measure({ updates: update('2026-12-24') }));
    expect(findings(text, '2026-12-03').found.map((d) => d.message)).toEqual(['Der Eintrag vom 24. Dezember 2026 zu „Instrument terminsystem“ liegt in der Zukunft (heute ist der 3. Dezember 2026). Ein Stand wird eingetragen, wenn er erreicht ist.']);
    expect(findings(text, '2026-12-24').found).toEqual([]);
  });

  it('reports an entry before the first Standortbestimmung, also when that one moved to the earlier assessments', () => {
    const text = plan(measure({ updates: update('2026-05-03') + update('2026-05-04') }));
    const { found } = findings(text, '2026-12-01');
    expect(found.map(at)).toEqual([span(Codes.updateBeforePlan, text, '2026-05-03')]);
    expect(found[0]!.message).toBe('Der Eintrag vom 3. Mai 2026 zu „Instrument terminsystem“ liegt vor dem Beginn des Plans, der ersten Standortbestimmung am 4. Mai 2026. Prüfen Sie das Datum.');
    const reassessed = text.replace('assessed: 2026-05-04', 'assessed: 2028-05-04').replace('measures:\n', 'earlier_assessments:\n  - assessed: 2026-05-01\n    assessment:\n      bo-wartezeiten: { status: 1, relevance: 5 }\nmeasures:\n');
    expect(findings(reassessed, '2026-12-01').found).toEqual([]);
  });

  it('reports an entry older than the one above it, once, and only that one', () => {
    const text = plan(measure({ updates: update('2026-08-01') + update('2026-07-01') + update('2026-09-01') }));
    const { found } = findings(text, '2026-12-01');
    expect(found.map(at)).toEqual([span(Codes.updatesOutOfOrder, text, '2026-07-01')]);
    expect(found[0]!.message).toBe('Der Eintrag vom 1. Juli 2026 zu „Instrument terminsystem“ steht nach dem Eintrag vom 1. August 2026, ist aber älter. Ordnen Sie die Einträge nach Datum, den ältesten zuerst.');
  });

  it('leaves malformed entries to the schema: one message each, none of these', () => {
    const text = plan(measure({ updates: '      - date: 2027-13-40\n        status: laufend\n      - nur Text\n      - date: 2026-08-01\n        status: fertig\n' }));
    const ws = workspace({ ...BASE, [P]: text }, [], { today: () => '2026-12-01' });
    const codes = ws.diagnostics(P).map((d) => d.code);
    expect(codes.filter((c) => /^WK101/.test(c))).toEqual([]);
    expect(codes.length).toBe(3);
  });
});

describe('abgeschlossen without a dated entry (WK1014)', () => {
  it('is a warning on the status', () => {
    const text = plan(measure({ status: 'abgeschlossen', updates: update('2026-07-01') }));
    const { found } = findings(text, '2026-12-01');
    expect(found.map(at)).toEqual([span(Codes.completedWithoutUpdate, text, 'abgeschlossen')]);
    expect(found[0]!.message).toBe('„Instrument terminsystem“ steht auf „abgeschlossen“, aber kein Eintrag unter „updates“ sagt, wann. Tragen Sie den Abschluss mit Datum ein (status: abgeschlossen), damit der Statusbericht das tatsächliche Ende kennt.');
    expect(findings(plan(measure({ status: 'abgeschlossen', updates: update('2026-07-01', 'abgeschlossen') })), '2026-12-01').found).toEqual([]);
  });
});

describe('a milestone reached after the measure’s end (WK1015)', () => {
  const milestones = (reached: string) => `    milestones:\n      - text: Konzept steht\n        due: 2027-03\n        reached: ${reached}\n`;

  it('is a warning on `reached`; the end month itself is within the run', () => {
    const text = plan(measure({ extra: milestones('2027-07') }));
    const { found } = findings(text, '2026-12-01');
    expect(found.map(at)).toEqual([span(Codes.milestoneAfterEnd, text, '2027-07')]);
    expect(found[0]!.message).toBe('Der Meilenstein „Konzept steht“ von „Instrument terminsystem“ ist für Juli 2027 als erreicht eingetragen, nach dem Ende der Maßnahme (Juni 2027). Verlängern Sie die Maßnahme („due“) oder prüfen Sie das Datum.');
    expect(findings(plan(measure({ extra: milestones('2027-06') })), '2026-12-01').found).toEqual([]);
  });
});

describe('an indicator’s target (WK1016) and criterion', () => {
  const indicator = (criterion: string, target: number) => `    indicator:\n      text: Die Wartezeit sinkt.\n      criterion: ${criterion}\n      target: ${target}\n`;

  it('is an error when the target lies outside 1–5', () => {
    const text = plan(measure({ extra: indicator('bo-wartezeiten', 6) }));
    const { found } = findings(text, '2026-12-01');
    expect(found.map(at)).toEqual([span(Codes.indicatorTargetRange, text, '6', 'target:')]);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toBe('Der Zielwert 6 liegt außerhalb der Skala der Checkliste: Ein Kriterium erreicht einen Stand von 1 bis 5.');
    expect(findings(plan(measure({ extra: indicator('bo-wartezeiten', 0) })), '2026-12-01').found.map((d) => d.code)).toEqual([Codes.indicatorTargetRange]);
    expect(findings(plan(measure({ extra: indicator('bo-wartezeiten', 5) })), '2026-12-01').found).toEqual([]);
  });

  it('gives an unknown criterion exactly one message: the reference rule’s', () => {
    const text = plan(measure({ extra: indicator('bo-wartezeit', 3) }));
    const ws = workspace({ ...BASE, [P]: text }, [], { today: () => '2026-12-01' });
    expect(ws.diagnostics(P).map(at)).toEqual([span(Codes.refUnresolved, text, 'bo-wartezeit', 'criterion:')]);
  });
});

describe('large plans', () => {
  const day = (k: number) => `2026-${String(6 + (k % 6)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
  /** `count` measures of `entries` dated entries each, in date order; one entry with a 13th month, two swapped. */
  function largePlan(count: number, entries: number): string {
    const measures = Array.from({ length: count }, (_, m) => {
      const dates = Array.from({ length: entries }, (_, k) => day(Math.floor((k * 168) / entries))).sort();
      if (m === Math.floor(count / 4)) dates[5] = '2027-13-40';
      if (m === Math.floor(count / 2)) [dates[7], dates[8]] = [dates[9]!, dates[7]!];
      return measure({ due: '2027-12', updates: dates.map((date) => update(date)).join('') });
    });
    return plan(measures.join(''));
  }

  it('a plan of 100 measures with 1,500 entries: each injected defect located once, nothing else', () => {
    const text = largePlan(100, 15);
    const found = workspace({ ...BASE, [P]: text }, [], { today: () => '2026-12-31' }).diagnostics(P);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    expect(found.map((d) => d.code)).toEqual(['WK405', Codes.updatesOutOfOrder]);
    expect(found[0]!.range.start.line).toBe(lineOf('2027-13-40'));
  });

  it('a plan of 100 measures with 5,000 entries (beyond the other kinds\' frontmatter limit): checked, each defect located', () => {
    const text = largePlan(100, 50);
    expect(text.indexOf('\n---\n') - 3).toBeGreaterThan(MAX_FRONTMATTER_LENGTH);
    const found = workspace({ ...BASE, [P]: text }, [], { today: () => '2026-12-31' }).diagnostics(P);
    expect(found.map((d) => d.code)).toEqual(['WK405', Codes.updatesOutOfOrder]);
  });

  it('a plan of 500 measures with 10,000 entries: one message at the frontmatter that it is too long, no crash', () => {
    const text = largePlan(500, 20);
    const found = workspace({ ...BASE, [P]: text }, [], { today: () => '2026-12-31' }).diagnostics(P);
    expect(found.map((d) => [d.code, d.range.start.line, d.message])).toEqual([['WK203', 0, `Der Kopfbereich ist ${(text.indexOf('\n---\n') - 3).toLocaleString('de-DE')} Zeichen lang; erlaubt sind höchstens 500.000 für einen Maßnahmenplan.`]]);
  });
});
