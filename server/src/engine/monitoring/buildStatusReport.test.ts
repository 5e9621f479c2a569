import { describe, expect, it } from 'vitest';
import { instrument } from '../testing/fixtures';
import { uri, workspace } from '../testing/memoryWorkspace';
import { buildStatusReport } from './buildStatusReport';
import { ReportingDateError } from './reportingDate';

const ECKPUNKT = `---
kind: eckpunkt
id: binnenorganisation
title: Binnenorganisation
order: 2
wording: Die Binnenorganisation der Willkommensbehörde ist auf die Bedarfe der Kundinnen/Kunden ausgerichtet.
summary: Die Abläufe der Behörde sind auf die Bedarfe ihrer Kundinnen und Kunden ausgerichtet.
criteria:
  - { id: bo-wartezeiten, text: Wartezeiten sind kurz und planbar., origin: werkzeugkoffer }
  - { id: bo-erstkontakt, text: Der Erstkontakt ist freundlich und klar., origin: werkzeugkoffer }
  - { id: bo-ablaeufe, text: Die Abläufe sind beschrieben., origin: werkzeugkoffer }
sources:
  - { title: Dokumentation des Modellprojekts }
---

## Leitgedanke

Worum es geht.

## Ansatzpunkte

Wo man ansetzt.
`;

const PLAN = `---
kind: plan
id: plan-test
title: Maßnahmenplan Test
agency:
  name: Ausländerbehörde Test
  bundesland: Hessen
assessed: 2028-09-01
earlier_assessments:
  - assessed: 2026-09-01
    assessment:
      bo-wartezeiten: { status: 1, relevance: 5 }
      bo-erstkontakt: { status: 4, relevance: 4 }
      bo-ablaeufe: { status: 2, relevance: 4 }
assessment:
  bo-wartezeiten: { status: 3, relevance: 5 }
  bo-erstkontakt: { status: 2, relevance: 4 }
  bo-ablaeufe: { status: unbekannt, relevance: 4 }
reporting: { as_of: 2027-12, since: 2027-06 }
measures:
  - instrument: terminsystem
    title: Online-Termine
    owner: Leitung
    start: 2027-01
    due: 2027-06
    status: geplant
    milestones:
      - { text: Konzept abgestimmt, due: 2027-02 }
      - { text: Im Regelbetrieb, due: 2027-06 }
    indicator: { text: Wartezeiten sinken, criterion: bo-wartezeiten, target: 3 }
    updates:
      - { date: 2027-01-15, status: laufend, note: Auftakt. }
      - { date: 2027-02-20, status: laufend, milestone: Konzept abgestimmt }
      - { date: 2027-06-28, status: abgeschlossen, note: Im Regelbetrieb. }
  - instrument: servicepoint
    owner: Leitung
    start: 2027-03
    due: 2027-09
    status: laufend
    indicator: Weniger Zweitvorsprachen
    updates:
      - { date: 2027-03-02, status: laufend, value: 40 }
      - { date: 2027-07-01, status: laufend, value: 30, note: Zählung Juni. }
  - instrument: lotsen
    owner: Leitung
    start: 2027-02
    due: 2027-12
    status: zurueckgestellt
---

Text.
`;

function report(options: { asOf?: string; since?: string } = {}, plan = PLAN) {
  const ws = workspace({
    'eckpunkte/binnenorganisation.md': ECKPUNKT,
    'instrumente/terminsystem.md': instrument({ addresses: ['bo-wartezeiten'] }),
    'instrumente/servicepoint.md': instrument({ id: 'servicepoint', addresses: ['bo-ablaeufe'] }),
    'instrumente/lotsen.md': instrument({ id: 'lotsen', addresses: ['bo-ablaeufe'] }),
    'instrumente/empfang.md': instrument({ id: 'empfang', addresses: ['bo-erstkontakt'] }),
    'plaene/plan-test.md': plan,
  });
  return buildStatusReport(ws.service.document(uri('plaene/plan-test.md'))!, ws.service.index, { ...options, today: '2029-01-10' });
}

describe('buildStatusReport', () => {
  it('reports each measure with status, Ampel, planned and actual dates at the plan’s reporting date', () => {
    const r = report();
    expect(r.asOf).toBe('2027-12-31');
    expect(r.since).toBe('2027-06-30');
    expect(r.plan).toEqual({ id: 'plan-test', title: 'Maßnahmenplan Test', agency: 'Ausländerbehörde Test', bundesland: 'Hessen' });
    expect(r.counts).toEqual({ gruen: 1, gelb: 0, rot: 2 });
    expect(r.measures.map((m) => [m.instrument, m.title, m.status, m.ampel, m.ampelReason, m.actualStart, m.actualEnd])).toEqual([
      ['terminsystem', 'Online-Termine', 'abgeschlossen', 'gruen', 'abgeschlossen am 28. Juni 2027', '2027-01-15', '2027-06-28'],
      ['servicepoint', 'Instrument servicepoint', 'laufend', 'rot', 'seit Okt. 2027 überfällig (geplantes Ende Sep. 2027)', '2027-03-02', null],
      ['lotsen', 'Instrument lotsen', 'zurueckgestellt', 'rot', 'ohne dokumentierte Entscheidung gestoppt (zurückgestellt ohne datierten Eintrag mit Notiz)', null, null],
    ]);
    const first = r.measures[0]!;
    expect(first).toMatchObject({ eckpunkt: 'binnenorganisation', eckpunktTitle: 'Binnenorganisation', plannedStart: '2027-01', plannedDue: '2027-06', owner: 'Leitung' });
    expect(first.lastUpdate).toEqual({ date: '2027-06-28', status: 'abgeschlossen', note: 'Im Regelbetrieb.' });
    expect(first.milestones).toEqual([{ text: 'Konzept abgestimmt', due: '2027-02', reached: '2027-02-20' }, { text: 'Im Regelbetrieb', due: '2027-06', reached: null }]);
    expect(first.nextMilestone).toEqual({ text: 'Im Regelbetrieb', due: '2027-06' });
  });

  it('evaluates a criterion indicator against the current assessment and a text indicator by its last value', () => {
    const [termin, service] = report().measures;
    expect(termin!.indicator).toEqual({ text: 'Wartezeiten sinken', criterion: 'bo-wartezeiten', criterionText: 'Wartezeiten sind kurz und planbar.', target: 3, value: 3, assessed: '2028-09-01', reached: true });
    expect(service!.indicator).toEqual({ text: 'Weniger Zweitvorsprachen', criterion: null, criterionText: null, target: null, value: 30, assessed: null, reached: null });
  });

  describe('an indicator’s target against the Standortbestimmung after the plan’s start', () => {
    const single = (assessed: string, planning = '') => PLAN.replace(/earlier_assessments:\n(?: {2,}.*\n)+/, '').replace('assessed: 2028-09-01\n', `assessed: ${assessed}\n${planning}`);
    const indicatorIn = (plan: string, indicator: string) => report({}, plan.replace('{ text: Wartezeiten sinken, criterion: bo-wartezeiten, target: 3 }', indicator)).measures[0]!.indicator;

    it('says it is reached when the later status is at least the target, and not reached below it', () => {
      expect(indicatorIn(PLAN, '{ text: Wartezeiten sinken, criterion: bo-wartezeiten, target: 3 }')).toMatchObject({ value: 3, assessed: '2028-09-01', reached: true });
      expect(indicatorIn(PLAN, '{ text: Wartezeiten sinken, criterion: bo-wartezeiten, target: 4 }')).toMatchObject({ value: 3, target: 4, assessed: '2028-09-01', reached: false });
      expect(indicatorIn(PLAN, '{ text: Erstkontakt besser, criterion: bo-erstkontakt, target: 5 }')).toMatchObject({ criterionText: 'Der Erstkontakt ist freundlich und klar.', value: 2, reached: false });
    });

    it('says the later Standortbestimmung left the criterion open, rather than judging it', () => {
      expect(indicatorIn(PLAN, '{ text: Abläufe beschrieben, criterion: bo-ablaeufe, target: 3 }')).toMatchObject({ value: 'unbekannt', assessed: '2028-09-01', reached: null });
    });

    it('evaluates against a plan’s only assessment once it is dated after the plan’s start', () => {
      const later = report({}, single('2028-09-01', 'planning: { start: 2027-01, capacity: 3 }\n'));
      expect(later.measures[0]!.indicator).toMatchObject({ value: 3, assessed: '2028-09-01', reached: true });
      expect(later.profile).toBeNull();
      expect(later.assessments).toEqual([{ assessed: '2028-09-01', current: true }]);
      // Without `planning.start`, the earliest start of a measure is the plan's.
      expect(report({}, single('2028-09-01')).measures[0]!.indicator).toMatchObject({ assessed: '2028-09-01', reached: true });
    });

    it('does not judge against the baseline: an assessment before the plan’s start or in its first month', () => {
      for (const assessed of ['2026-12-01', '2027-01-20']) {
        const baseline = report({}, single(assessed, 'planning: { start: 2027-01, capacity: 3 }\n'));
        expect(baseline.measures[0]!.indicator).toEqual({ text: 'Wartezeiten sinken', criterion: 'bo-wartezeiten', criterionText: 'Wartezeiten sind kurz und planbar.', target: 3, value: null, assessed: null, reached: null });
      }
    });

    it('takes the latest of several assessments after the start', () => {
      const three = PLAN.replace(/^assessment:\n/m, '  - assessed: 2027-09-01\n    assessment:\n      bo-wartezeiten: { status: 2, relevance: 5 }\nassessment:\n');
      expect(three).toContain('2027-09-01');
      expect(report({}, three).assessments.map((a) => a.assessed)).toEqual(['2026-09-01', '2027-09-01', '2028-09-01']);
      expect(report({}, three).measures[0]!.indicator).toMatchObject({ value: 3, assessed: '2028-09-01', reached: true });
    });
  });

  it('lists the changes after `since` up to the reporting date', () => {
    expect(report().changes).toEqual([
      { date: '2027-07-01', instrument: 'servicepoint', kind: 'value', from: '40', to: '30', note: 'Zählung Juni.' },
    ]);
    expect(report({ since: '2027-02-01', asOf: '2027-06-30' }).changes).toEqual([
      { date: '2027-02-20', instrument: 'terminsystem', kind: 'milestone', from: null, to: 'Konzept abgestimmt', note: null },
      { date: '2027-03-02', instrument: 'servicepoint', kind: 'value', from: null, to: '40', note: null },
      { date: '2027-06-28', instrument: 'terminsystem', kind: 'status', from: 'laufend', to: 'abgeschlossen', note: 'Im Regelbetrieb.' },
    ]);
  });

  it('compares the profile then and now per Eckpunkt and criterion', () => {
    const profile = report().profile!;
    expect(profile.then).toBe('2026-09-01');
    expect(profile.now).toBe('2028-09-01');
    expect(profile.eckpunkte).toEqual([{ eckpunkt: 'binnenorganisation', title: 'Binnenorganisation', then: 2.3, now: 2.5 }]);
    expect(profile.criteria.map((c) => [c.criterion, c.change])).toEqual([['bo-wartezeiten', 2], ['bo-erstkontakt', -2], ['bo-ablaeufe', null]]);
    expect(profile.criteria[2]!.now).toEqual({ status: 'unbekannt', relevance: 4 });
    expect(profile.unaddressed).toEqual([{ criterion: 'bo-erstkontakt', text: 'Der Erstkontakt ist freundlich und klar.' }]);
  });

  it('recommends in German sentences what to do next', () => {
    expect(report().recommendations).toEqual([
      { kind: 'neu-planen', instrument: 'servicepoint', text: '„Instrument servicepoint“ ist seit Okt. 2027 überfällig (geplantes Ende Sep. 2027): Bitte den Zeitplan neu festlegen oder die Maßnahme mit einer begründeten Entscheidung zurückstellen.' },
      { kind: 'neu-planen', instrument: 'lotsen', text: '„Instrument lotsen“ wurde ohne dokumentierte Entscheidung gestoppt: Bitte die Entscheidung mit Datum und Begründung als Eintrag nachtragen oder die Maßnahme wieder aufnehmen.' },
      { kind: 'verschlechtert', criterion: 'bo-erstkontakt', text: 'Der Stand bei „Der Erstkontakt ist freundlich und klar.“ ist von 4 auf 2 gesunken: Bitte prüfen, welche Maßnahme hier ansetzt.' },
      { kind: 'instrument-ergaenzen', instrument: 'empfang', text: '„Instrument empfang“ ergänzen: Das Instrument setzt am stärksten bei „Der Erstkontakt ist freundlich und klar.“ an (dem einzigen Kriterium mit Bedarf).' },
      { kind: 'indikator-erreicht', instrument: 'terminsystem', criterion: 'bo-wartezeiten', text: 'Das Ziel von „Online-Termine“ ist erreicht: „Wartezeiten sind kurz und planbar.“ steht jetzt bei 3 (Ziel 3). Die Maßnahme kann abgeschlossen oder ihr Ziel erhöht werden.' },
      { kind: 'unversorgt', criterion: 'bo-erstkontakt', text: '„Der Erstkontakt ist freundlich und klar.“ liegt weiter im Feld „Hier ansetzen“, aber keine Maßnahme des Plans setzt dort an: Bitte eine Maßnahme ergänzen.' },
    ]);
  });

  it('takes --as-of over the plan’s date, the plan’s over today, and rejects an impossible date in German', () => {
    expect(report({ asOf: '2027-06' }).asOf).toBe('2027-06-30');
    expect(report({}, PLAN.replace('reporting: { as_of: 2027-12, since: 2027-06 }\n', '')).asOf).toBe('2029-01-10');
    expect(() => report({ asOf: '2027-13-40' })).toThrow(new ReportingDateError('Der Stichtag „2027-13-40“ ist kein gültiges Datum. Erwartet wird ein Tag JJJJ-MM-TT (z. B. 2027-06-30) oder ein Monat JJJJ-MM (z. B. 2027-06, dann gilt sein letzter Tag).'));
  });
});
