// The dated status entries of a measure lie between the plan's beginning (its first Standortbestimmung) and the day
// it is judged at (WK1012, WK1011), oldest first (WK1013). One finding per entry, the gravest: an entry in the future
// is not also out of order. Malformed entries (no real day, a status outside the list) are the schema rule's.
import type { Diagnostic } from '../diagnostic';
import { valuePlace, type ParsedDocument, type Place } from '../parse/document';
import { dateLabel } from '../plan/months';
import { isDay, planBeginning } from '../monitoring/reportingDate';
import { quoted } from '../vocabulary/quoted';
import { Codes } from './codes';
import { diagnostic, type Rule, type RuleContext } from './context';
import { judgedAt, monitoredMeasures } from './monitoredMeasures';

export const measureUpdatesRule: Rule = {
  name: 'measure-updates',
  scope: 'workspace',
  check(document, context) {
    if (document.kind !== 'plan') return [];
    return monitoredMeasures(document, context.index).flatMap(({ measure, position, title }) =>
      Array.isArray(measure.updates) ? updateFindings(document, context, measure.updates, position, title) : []);
  },
};

function updateFindings(document: ParsedDocument, context: RuleContext, updates: unknown[], position: number, title: string): Diagnostic[] {
  const at = judgedAt(document, context);
  const beginning = planBeginning(document.data);
  const findings: Diagnostic[] = [];
  let latest: string | undefined;
  updates.forEach((update, i) => {
    const date = typeof update === 'object' && update !== null ? (update as { date?: unknown }).date : undefined;
    if (!isDay(date)) return;
    const finding = problemOf(document, { date, at, beginning, latest, title });
    if (latest === undefined || date > latest) latest = date;
    // Placed only when there is something to say: a place waits to be located with all others of the plan.
    const place = finding && valuePlace(document, ['measures', position, 'updates', i, 'date']);
    if (finding && place) findings.push(finding(place));
  });
  return findings;
}

interface EntryDates {
  date: string;
  at: { day: string; own: boolean } | undefined;
  beginning: string | undefined;
  /** The latest date among the entries above. */
  latest: string | undefined;
  title: string;
}

/** The gravest problem of one entry's date as a finding still to be placed, or none. */
function problemOf(document: ParsedDocument, { date, at, beginning, latest, title }: EntryDates): ((place: Place) => Diagnostic) | undefined {
  const entry = () => `Der Eintrag vom ${dateLabel(date)} zu ${quoted(title)}`;
  if (at && date > at.day) {
    return (place) => diagnostic(document, place, 'warning', Codes.updateAfterReportingDay, at.own
      ? `${entry()} liegt nach dem Stichtag des Plans (${dateLabel(at.day)}, „reporting.as_of“). Prüfen Sie das Datum oder rücken Sie den Stichtag vor.`
      : `${entry()} liegt in der Zukunft (heute ist der ${dateLabel(at.day)}). Ein Stand wird eingetragen, wenn er erreicht ist.`);
  }
  if (beginning && date < beginning) {
    return (place) => diagnostic(document, place, 'warning', Codes.updateBeforePlan, `${entry()} liegt vor dem Beginn des Plans, der ersten Standortbestimmung am ${dateLabel(beginning)}. Prüfen Sie das Datum.`);
  }
  if (latest && date < latest) {
    return (place) => diagnostic(document, place, 'warning', Codes.updatesOutOfOrder, `${entry()} steht nach dem Eintrag vom ${dateLabel(latest)}, ist aber älter. Ordnen Sie die Einträge nach Datum, den ältesten zuerst.`);
  }
  return undefined;
}
