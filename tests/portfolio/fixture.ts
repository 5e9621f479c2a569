// Test support: six offices' Maßnahmenpläne over the repository's own toolbox, adapted from the example plan
// Stadt Musterstadt (its header, fields and body, but with other offices, Bundesländer, statuses and updates),
// for the portfolio through the real CLI and in the browser. Three offices in Hessen, two in Bayern, one in
// Sachsen, so that Hessen's counts are exact and Bayern's and Sachsen's are withheld. Every office name, owner,
// author, contact and note is unique and carries the office's place, so a test can look for each in the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The reporting date the expected counts are computed for. */
export const AS_OF = '2027-06-30';

interface Measure {
  instrument: string;
  start: string;
  due: string;
  status: 'geplant' | 'laufend' | 'abgeschlossen' | 'zurueckgestellt';
  /** Milestone due months, none reached. */
  milestones?: string[];
  updates?: [date: string, status: string][];
}

export interface Office {
  file: string;
  place: string;
  name: string;
  bundesland: string;
  authority: 'stadt' | 'landkreis' | 'landeshauptstadt';
  owner: string;
  author: string;
  note: string;
  /** Criterion → [status, relevance]; a criterion missing here is not assessed. */
  assessment: Record<string, [number | 'unbekannt', number | 'unbekannt']>;
  measures: Measure[];
}

const office = (file: string, place: string, bundesland: string, authority: Office['authority'], assessment: Office['assessment'], measures: Measure[]): Office => ({
  file,
  place,
  name: `Ausländerbehörde ${place}`,
  bundesland,
  authority,
  owner: `Sachgebietsleitung Service ${place}`,
  author: `Organisationsamt ${place} (fiktiv)`,
  note: `Vertrauliche Einschätzung aus ${place}`,
  assessment,
  measures,
});

export const OFFICES: Office[] = [
  office('plan-quellstadt.md', 'Quellstadt', 'Hessen', 'stadt',
    { 'bo-wartezeiten': [1, 5], 'bo-erstkontakt': [3, 3], 'sv-leitbild': [1, 4], 'km-einarbeitung': [5, 1] },
    [
      { instrument: 'servicepoint', start: '2027-01', due: '2027-05', status: 'geplant', updates: [['2027-01-10', 'laufend'], ['2027-05-20', 'abgeschlossen']] },
      { instrument: 'terminsystem', start: '2027-07', due: '2027-10', status: 'geplant' },
      { instrument: 'mobiler-arbeitsplatz', start: '2027-09', due: '2027-12', status: 'geplant' },
    ]),
  office('plan-lindenhain.md', 'Lindenhain', 'Hessen', 'stadt',
    { 'bo-wartezeiten': [2, 5], 'bo-erstkontakt': [3, 3], 'sv-leitbild': [1, 4], 'km-einarbeitung': [5, 2] },
    [
      { instrument: 'servicepoint', start: '2027-02', due: '2027-06', status: 'geplant', updates: [['2027-02-01', 'laufend'], ['2027-06-15', 'abgeschlossen']] },
      { instrument: 'leitbild', start: '2027-01', due: '2027-06', status: 'geplant', updates: [['2027-03-01', 'zurueckgestellt']] },
    ]),
  office('plan-ahornkreis.md', 'Ahornkreis', 'Hessen', 'landkreis',
    { 'bo-wartezeiten': [2, 4], 'bo-erstkontakt': [3, 3], 'sv-leitbild': [4, 4], 'km-einarbeitung': [4, 1] },
    [
      { instrument: 'servicepoint', start: '2027-01', due: '2027-04', status: 'geplant', updates: [['2027-01-05', 'laufend'], ['2027-04-28', 'abgeschlossen']] },
      { instrument: 'leitbild', start: '2027-02', due: '2027-07', status: 'zurueckgestellt' },
    ]),
  office('plan-birkenfeld.md', 'Birkenfeld', 'Bayern', 'landkreis',
    { 'bo-wartezeiten': [3, 5], 'bo-erstkontakt': [3, 4], 'sv-leitbild': ['unbekannt', 4], 'km-einarbeitung': [5, 1] },
    [
      { instrument: 'servicepoint', start: '2027-03', due: '2027-12', status: 'laufend' },
      { instrument: 'leitbild', start: '2027-04', due: '2027-09', status: 'geplant' },
    ]),
  office('plan-erlengrund.md', 'Erlengrund', 'Bayern', 'stadt',
    { 'bo-wartezeiten': [4, 3], 'bo-erstkontakt': [3, 3], 'sv-leitbild': [2, 2], 'km-einarbeitung': [5, 2] },
    [
      { instrument: 'terminsystem', start: '2027-01', due: '2027-03', status: 'geplant' },
      { instrument: 'leitbild', start: '2027-01', due: '2027-05', status: 'geplant', updates: [['2027-01-15', 'laufend'], ['2027-05-10', 'abgeschlossen']] },
    ]),
  office('plan-weidenthal.md', 'Weidenthal', 'Sachsen', 'landeshauptstadt',
    { 'bo-wartezeiten': [1, 4], 'bo-erstkontakt': [3, 5], 'km-einarbeitung': [4, 2] },
    [
      { instrument: 'servicepoint', start: '2027-05', due: '2027-09', status: 'geplant', updates: [['2027-05-03', 'laufend'], ['2027-08-30', 'abgeschlossen']] },
      { instrument: 'terminsystem', start: '2027-02', due: '2027-08', status: 'geplant', milestones: ['2027-04'], updates: [['2027-02-10', 'laufend']] },
    ]),
];

/** Every text of an office that an anonymised portfolio must not show. */
export function secretsOf(o: Office): string[] {
  return [o.name, o.place, o.owner, o.author, o.note, `Kontaktstelle ${o.place}`];
}

/** The plan document of an office, in the shape of toolbox/plaene/plan-stadt-musterstadt.md. */
export function planText(o: Office): string {
  const id = o.file.replace(/\.md$/, '');
  const assessment = Object.entries(o.assessment)
    .map(([c, [s, r]], i) => `  ${c}: { status: ${s}, relevance: ${r}${i === 0 ? `, note: ${o.note} zur Bewertung. }` : ' }'}`)
    .join('\n');
  const measures = o.measures
    .map((m, i) =>
      [
        `  - instrument: ${m.instrument}`,
        `    owner: ${o.owner}`,
        '    participants:',
        '      - Sachbearbeitung',
        '      - Personalrat',
        '    resources: Arbeitszeit des Teams, Abstimmung mit anderen Stellen, kleines Sachbudget',
        `    start: ${m.start}`,
        `    due: ${m.due}`,
        ...(m.milestones ? ['    milestones:', ...m.milestones.map((due) => `      - { text: "Auftakt: Ziel, Zuständigkeiten und Zeitplan abgestimmt", due: ${due} }`)] : []),
        `    status: ${m.status}`,
        ...(i === 0 ? [`    note: ${o.note} zur Maßnahme.`] : []),
        ...(m.updates ? ['    updates:', ...m.updates.flatMap(([date, status]) => [`      - date: ${date}`, `        status: ${status}`, `        note: ${o.note} vom ${date}.`])] : []),
        '    origin: vorschlag',
      ].join('\n'),
    )
    .join('\n');
  return `---
kind: plan
id: ${id}
title: Maßnahmenplan ${o.name} (fiktives Beispiel)
agency:
  name: ${o.name}
  bundesland: ${o.bundesland}
  authority: ${o.authority}
  staff: 20
  foreign_residents: 15000
  contact: { role: Geschäftsstelle, institution: Kontaktstelle ${o.place} }
assessed: 2026-11-02
edition:
  status: abgestimmt
  version: "1.0"
  date: 2026-11-05
  author: ${o.author}
planning:
  start: 2027-01
  capacity: 3
  limit: 8
assessment:
${assessment}
measures:
${measures}
---

*Fiktives Beispiel eines Maßnahmenplans.*

## Ausgangslage

${o.note} im Freitext des Plans.
`;
}

/** Writes the six plans and a Markdown file that is no plan into `folder`. */
export function writePlans(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const o of OFFICES) writeFileSync(join(folder, o.file), planText(o));
  writeFileSync(join(folder, 'LIESMICH.md'), '# Pläne\n\nDie Pläne der Behörden des Modellprojekts.\n');
}
