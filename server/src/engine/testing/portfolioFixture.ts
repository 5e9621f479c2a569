// Test support: five offices' plans over the toolbox of planToolbox.ts, whose portfolio counts the portfolio
// tests know by heart (reporting date 30 June 2027). Three offices in Hessen, two in Bayern (so Bayern's counts
// are withheld); every office name, owner and note is unique, so a test can look for each in the output.

export const PORTFOLIO_AS_OF = '2027-06-30';

interface FixtureMeasure {
  instrument: string;
  start: string;
  due: string;
  status: string;
  milestones?: string;
  updates?: [string, string][];
}

export interface FixtureOffice {
  file: string;
  name: string;
  bundesland: string;
  owner: string;
  note: string;
  assessment: Record<string, [number | 'unbekannt', number | 'unbekannt']>;
  measures: FixtureMeasure[];
}

export const FIXTURE_OFFICES: FixtureOffice[] = [
  {
    file: 'plan-fixdorf.md', name: 'Ausländerbehörde Fixdorf', bundesland: 'Hessen', owner: 'Sachgebiet Fixdorf-Eins', note: 'Interne Notiz aus Fixdorf',
    assessment: { 'k-a': [1, 5], 'k-b': [3, 3], 'k-c': [4, 2] },
    measures: [
      { instrument: 'alpha', start: '2027-01', due: '2027-04', status: 'geplant', updates: [['2027-01-10', 'laufend'], ['2027-04-20', 'abgeschlossen']] },
      { instrument: 'beta', start: '2027-09', due: '2027-12', status: 'geplant' },
    ],
  },
  {
    file: 'plan-probstadt.md', name: 'Ausländerbehörde Probstadt', bundesland: 'Hessen', owner: 'Sachgebiet Probstadt-Zwei', note: 'Interne Notiz aus Probstadt',
    assessment: { 'k-a': [1, 5], 'k-b': [3, 3], 'k-c': [4, 2] },
    measures: [
      { instrument: 'alpha', start: '2027-02', due: '2027-05', status: 'geplant', updates: [['2027-02-01', 'laufend'], ['2027-06-15', 'abgeschlossen']] },
      { instrument: 'delta', start: '2027-08', due: '2027-10', status: 'geplant' },
    ],
  },
  {
    file: 'plan-testhausen.md', name: 'Ausländerbehörde Testhausen', bundesland: 'Hessen', owner: 'Sachgebiet Testhausen-Drei', note: 'Interne Notiz aus Testhausen',
    assessment: { 'k-a': [2, 4], 'k-b': [3, 3], 'k-c': [4, 2] },
    measures: [
      { instrument: 'alpha', start: '2027-01', due: '2027-03', status: 'geplant', updates: [['2027-01-05', 'laufend'], ['2027-03-30', 'abgeschlossen']] },
      { instrument: 'delta', start: '2027-08', due: '2027-10', status: 'geplant' },
    ],
  },
  {
    file: 'plan-musterwald.md', name: 'Ausländerbehörde Musterwald', bundesland: 'Bayern', owner: 'Sachgebiet Musterwald-Vier', note: 'Interne Notiz aus Musterwald',
    assessment: { 'k-a': [4, 5], 'k-b': [3, 3], 'k-c': [4, 2] },
    measures: [
      { instrument: 'alpha', start: '2027-03', due: '2027-12', status: 'laufend', milestones: '[{ text: Konzept abgestimmt, due: 2027-04 }]' },
      { instrument: 'delta', start: '2027-08', due: '2027-10', status: 'geplant' },
    ],
  },
  {
    file: 'plan-beispielberg.md', name: 'Ausländerbehörde Beispielberg', bundesland: 'Bayern', owner: 'Sachgebiet Beispielberg-Fünf', note: 'Interne Notiz aus Beispielberg',
    assessment: { 'k-a': ['unbekannt', 3], 'k-b': [3, 3] },
    measures: [
      { instrument: 'beta', start: '2027-01', due: '2027-08', status: 'zurueckgestellt' },
      { instrument: 'delta', start: '2027-02', due: '2027-05', status: 'geplant' },
    ],
  },
];

/** The plan document of a fixture office; its notes stand in the assessment, a measure and an update. */
export function fixturePlanText(office: FixtureOffice): string {
  const id = office.file.replace(/\.md$/, '');
  const assessment = Object.entries(office.assessment).map(([c, [s, r]], i) => `  ${c}: { status: ${s}, relevance: ${r}${i === 0 ? `, note: ${office.note} zur Bewertung` : ''} }`).join('\n');
  const measures = office.measures.map((m, i) => [
    `  - instrument: ${m.instrument}`,
    `    owner: ${office.owner}`,
    `    start: ${m.start}`,
    `    due: ${m.due}`,
    ...(m.milestones ? [`    milestones: ${m.milestones}`] : []),
    `    status: ${m.status}`,
    ...(i === 0 ? [`    note: ${office.note} zur Maßnahme`] : []),
    ...(m.updates ? ['    updates:', ...m.updates.map(([date, status]) => `      - { date: ${date}, status: ${status}, note: ${office.note} vom ${date} }`)] : []),
  ].join('\n')).join('\n');
  return `---\nkind: plan\nid: ${id}\ntitle: Maßnahmenplan ${office.name}\nagency:\n  name: ${office.name}\n  bundesland: ${office.bundesland}\nassessed: 2026-11-02\nassessment:\n${assessment}\nmeasures:\n${measures}\n---\n\n## Ausgangslage\n\n${office.note} im Text des Plans.\n`;
}

/** The fixture's plan files, by path under the toolbox (plaene/…). */
export function portfolioPlanFiles(): Record<string, string> {
  return Object.fromEntries(FIXTURE_OFFICES.map((o) => [`plaene/${o.file}`, fixturePlanText(o)]));
}
