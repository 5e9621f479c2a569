// Test support: a Statusbericht as buildStatusReport gives it, by hand, with every Ampel case — done, running on
// schedule, planned ahead (green); a milestone behind, a start passed, put back with a decision (yellow);
// overdue, stopped without a decision (red) — and a second Standortbestimmung. Its instruments are those of
// planToolbox.ts, so its criteria and Eckpunkt resolve against that toolbox.
import type { MeasureReport, StatusReport } from '../monitoring/statusReport';

const measure = (m: Partial<MeasureReport> & Pick<MeasureReport, 'instrument' | 'title' | 'status' | 'ampel' | 'ampelReason' | 'plannedStart' | 'plannedDue'>): MeasureReport => ({
  eckpunkt: 'binnenorganisation',
  eckpunktTitle: 'Binnenorganisation',
  actualStart: null,
  actualEnd: null,
  lastUpdate: null,
  nextMilestone: null,
  milestones: [],
  owner: 'Leitung der Ausländerbehörde',
  indicator: null,
  ...m,
});

export function statusReportFixture(): StatusReport {
  return {
    asOf: '2027-06-30',
    since: '2027-01-01',
    plan: { id: 'plan-test', title: 'Maßnahmenplan Teststadt', agency: 'Ausländerbehörde der Stadt Teststadt', bundesland: 'Hessen' },
    counts: { gruen: 3, gelb: 3, rot: 2 },
    measures: [
      measure({
        instrument: 'alpha', title: 'Instrument ALPHA', status: 'abgeschlossen', ampel: 'gruen', ampelReason: 'abgeschlossen am 20. April 2027',
        plannedStart: '2027-01', plannedDue: '2027-04', actualStart: '2027-01-11', actualEnd: '2027-04-20',
        lastUpdate: { date: '2027-04-20', status: 'abgeschlossen', note: 'Im Regelbetrieb seit der 16. Kalenderwoche.' },
        milestones: [{ text: 'Auftakt abgestimmt', due: '2027-01', reached: '2027-01' }, { text: 'Im Regelbetrieb', due: '2027-04', reached: '2027-04' }],
        indicator: { text: 'Der Stand von Kriterium A steigt auf mindestens 3.', criterion: 'k-a', criterionText: 'Kriterium A der Checkliste mit genug Text.', target: 3, value: 4, assessed: '2027-05-15', reached: true },
      }),
      measure({
        instrument: 'beta', title: 'Instrument BETA', status: 'laufend', ampel: 'gruen', ampelReason: 'läuft im Zeitplan',
        plannedStart: '2027-03', plannedDue: '2027-10', actualStart: '2027-03-02',
        lastUpdate: { date: '2027-05-12', status: 'laufend', note: 'Abstimmung mit Personalrat & Datenschutz <vertraulich> läuft.', value: 25 },
        nextMilestone: { text: 'Konzept abgestimmt', due: '2027-07' },
        milestones: [{ text: 'Konzept abgestimmt', due: '2027-07', reached: null }],
        indicator: { text: 'Wartezeit am Schalter unter 30 Minuten', criterion: null, criterionText: null, target: null, value: 25, assessed: null, reached: null },
      }),
      measure({
        instrument: 'gamma', title: 'Instrument GAMMA', status: 'laufend', ampel: 'gelb', ampelReason: 'Meilenstein „Entwurf liegt vor“ seit Mai 2027 offen',
        plannedStart: '2027-02', plannedDue: '2027-09', actualStart: '2027-02-15',
        lastUpdate: { date: '2027-02-15', status: 'laufend', note: 'Auftakt mit allen Sachgebieten.' },
        nextMilestone: { text: 'Entwurf liegt vor', due: '2027-05' },
        milestones: [{ text: 'Entwurf liegt vor', due: '2027-05', reached: null }],
      }),
      measure({
        instrument: 'delta', title: 'Instrument DELTA', status: 'geplant', ampel: 'gelb', ampelReason: 'Beginn im Mai 2027 geplant, noch nicht begonnen',
        plannedStart: '2027-05', plannedDue: '2027-12',
        indicator: { text: 'Der Stand von Kriterium C steigt auf mindestens 4.', criterion: 'k-c', criterionText: 'Kriterium C der Checkliste mit genug Text.', target: 4, value: 2, assessed: '2027-05-15', reached: false },
      }),
      measure({
        instrument: 'epsilon', title: 'Instrument EPSILON', status: 'laufend', ampel: 'rot', ampelReason: 'seit Mai 2027 überfällig',
        plannedStart: '2027-01', plannedDue: '2027-04', actualStart: '2027-01-20',
        lastUpdate: { date: '2027-03-03', status: 'laufend' },
        indicator: { text: 'Der Stand von Kriterium B steigt auf mindestens 3.', criterion: 'k-b', criterionText: 'Kriterium B der Checkliste mit genug Text.', target: 3, value: 2, assessed: '2027-05-15', reached: false },
      }),
      measure({
        instrument: 'zeta', title: 'Instrument ZETA', status: 'zurueckgestellt', ampel: 'gelb', ampelReason: 'am 2. März 2027 zurückgestellt: Haushaltssperre bis 2028',
        plannedStart: '2027-02', plannedDue: '2027-06',
        lastUpdate: { date: '2027-03-02', status: 'zurueckgestellt', note: 'Haushaltssperre bis 2028' },
      }),
      measure({
        instrument: 'eta', title: 'Willkommensmappe', status: 'zurueckgestellt', ampel: 'rot', ampelReason: 'zurückgestellt ohne festgehaltene Entscheidung',
        plannedStart: '2027-03', plannedDue: '2027-08', owner: 'Servicepoint',
      }),
      measure({
        instrument: 'theta', title: 'Instrument THETA', status: 'geplant', ampel: 'gruen', ampelReason: 'Beginn im September 2027 geplant',
        plannedStart: '2027-09', plannedDue: '2028-02',
        nextMilestone: { text: 'Auftakt abgestimmt', due: '2027-09' },
        milestones: [{ text: 'Auftakt abgestimmt', due: '2027-09', reached: null }],
      }),
    ],
    assessments: [{ assessed: '2025-10-20', current: false }, { assessed: '2027-05-15', current: true }],
    changes: [
      { date: '2027-01-11', instrument: 'alpha', kind: 'status', from: 'geplant', to: 'laufend', note: null },
      { date: '2027-02-15', instrument: 'gamma', kind: 'status', from: 'geplant', to: 'laufend', note: 'Auftakt mit allen Sachgebieten.' },
      { date: '2027-03-02', instrument: 'zeta', kind: 'status', from: 'geplant', to: 'zurueckgestellt', note: 'Haushaltssperre bis 2028' },
      { date: '2027-04-20', instrument: 'alpha', kind: 'milestone', from: null, to: 'Im Regelbetrieb', note: null },
      { date: '2027-04-20', instrument: 'alpha', kind: 'status', from: 'laufend', to: 'abgeschlossen', note: 'Im Regelbetrieb seit der 16. Kalenderwoche.' },
      { date: '2027-05-12', instrument: 'beta', kind: 'value', from: '40', to: '25', note: null },
    ],
    recommendations: [
      { kind: 'neu-planen', text: '„Instrument EPSILON“ ist seit Mai 2027 überfällig: Planen Sie das Ende neu oder stellen Sie die Maßnahme mit Begründung zurück.', instrument: 'epsilon' },
      { kind: 'verschlechtert', text: 'Der Stand bei „Kriterium C der Checkliste mit genug Text.“ ist von 3 auf 2 gesunken.', criterion: 'k-c' },
      { kind: 'indikator-erreicht', text: 'Der Indikator von „Instrument ALPHA“ ist erreicht (Ziel 3, erreicht 4).', instrument: 'alpha' },
    ],
    profile: {
      then: '2025-10-20',
      now: '2027-05-15',
      eckpunkte: [{ eckpunkt: 'binnenorganisation', title: 'Binnenorganisation', then: 2, now: 2.7 }],
      criteria: [
        { criterion: 'k-a', text: 'Kriterium A der Checkliste mit genug Text.', eckpunkt: 'binnenorganisation', then: { status: 1, relevance: 5 }, now: { status: 4, relevance: 5 }, change: 3 },
        { criterion: 'k-b', text: 'Kriterium B der Checkliste mit genug Text.', eckpunkt: 'binnenorganisation', then: { status: 2, relevance: 5 }, now: { status: 2, relevance: 5 }, change: 0 },
        { criterion: 'k-c', text: 'Kriterium C der Checkliste mit genug Text.', eckpunkt: 'binnenorganisation', then: { status: 3, relevance: 5 }, now: { status: 2, relevance: 4 }, change: -1 },
        { criterion: 'k-d', text: 'Kriterium D der Checkliste mit genug Text.', eckpunkt: 'binnenorganisation', then: { status: 'unbekannt', relevance: 4 }, now: { status: 2, relevance: 4 }, change: null },
      ],
      unaddressed: [{ criterion: 'k-d', text: 'Kriterium D der Checkliste mit genug Text.' }],
    },
  };
}
