// The Ampel of a measure at a reporting date, computed here once; the words, symbols and the rules in German that
// the README, the report and the editor show are in ampelRules.ts. A month means its last day: due 2027-06 is overdue
// from 2027-07-01 on.
import { dateLabel, monthLabel } from '../plan/months';
import { quoted } from '../vocabulary/quoted';
import { actualEnd, currentStatus } from './currentStatus';
import { isDay, isPeriod, lastDayOf, monthAfter, oneMonthAfter } from './reportingDate';
import { milestonesOf, updatesOf, type MonitoredMeasure } from './measureData';
import type { Ampel, MeasureUpdate } from './statusReport';

export interface AmpelResult {
  ampel: Ampel;
  /** Why, in German („seit Juli 2027 überfällig“). */
  reason: string;
}

/** The Ampel of a measure at `asOf` (JJJJ-MM-TT). */
export function ampelOf(measure: MonitoredMeasure, asOf: string, updates: MeasureUpdate[] = updatesOf(measure)): AmpelResult {
  const known = updates.filter((u) => u.date <= asOf);
  const status = currentStatus(measure, asOf, updates);
  if (status === 'abgeschlossen') {
    const end = actualEnd(known);
    return { ampel: 'gruen', reason: end ? `abgeschlossen am ${dateLabel(end)}` : 'abgeschlossen' };
  }
  if (status === 'zurueckgestellt') return deferred(known);
  const due = isPeriod(measure.due) ? measure.due : null;
  const start = isPeriod(measure.start) ? measure.start : null;
  if (due && asOf > lastDayOf(due)) return { ampel: 'rot', reason: overdueReason(due) };
  const late = milestonesOf(measure, updates).find((m) => m.due && asOf > lastDayOf(m.due) && !(m.reached && m.reached.slice(0, 7) <= asOf.slice(0, 7)));
  if (late) return { ampel: 'gelb', reason: `Meilenstein ${quoted(late.text)} (bis ${monthLabel(late.due!)}) nicht erreicht` };
  if (status === 'geplant' && start && asOf > lastDayOf(start)) return { ampel: 'gelb', reason: `noch nicht begonnen, obwohl der Start für ${monthLabel(start)} geplant war` };
  if (status !== 'laufend' && due && lastDayOf(due) <= oneMonthAfter(asOf)) return { ampel: 'gelb', reason: `das Ende ${monthLabel(due)} steht bevor und die Maßnahme läuft noch nicht` };
  if (status === 'geplant') return { ampel: 'gruen', reason: start ? `Start für ${monthLabel(start)} geplant` : 'geplant' };
  return { ampel: 'gruen', reason: due ? `läuft im Zeitplan (Ende ${monthLabel(due)})` : 'läuft im Zeitplan' };
}

/** „seit Juli 2027 überfällig (geplantes Ende Juni 2027)“; a due day is named as a day. */
export function overdueReason(due: string): string {
  if (isDay(due)) return `überfällig (geplantes Ende ${dateLabel(due)})`;
  return `seit ${monthLabel(monthAfter(due))} überfällig (geplantes Ende ${monthLabel(due)})`;
}

/** Zurückgestellt: gelb with a dated decision (an update to zurueckgestellt with a note), rot without one. */
function deferred(known: MeasureUpdate[]): AmpelResult {
  const decision = [...known].reverse().find((u) => u.status === 'zurueckgestellt' && u.note && u.note.trim());
  if (decision) return { ampel: 'gelb', reason: `am ${dateLabel(decision.date)} mit Entscheidung zurückgestellt` };
  return { ampel: 'rot', reason: 'ohne dokumentierte Entscheidung gestoppt (zurückgestellt ohne datierten Eintrag mit Notiz)' };
}
