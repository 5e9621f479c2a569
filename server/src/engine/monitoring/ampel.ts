// The Ampel of a measure at a reporting date: the rules are written here once; the README, the report and the
// editor show AMPEL_RULES and AMPEL, never their own wording. A month means its last day: due 2027-06 is overdue
// from 2027-07-01 on.
import { dateLabel, monthLabel } from '../plan/months';
import { quoted } from '../util/quoted';
import { actualEnd, currentStatus } from './currentStatus';
import { isMonth, lastDayOf, monthAfter, oneMonthAfter } from './reportingDate';
import { milestonesOf, updatesOf, type MonitoredMeasure } from './measureData';
import type { Ampel, MeasureUpdate } from './statusReport';

/** Word, meaning and symbol of each light: readable without colour and by a screen reader. */
export const AMPEL: Record<Ampel, { word: string; label: string; symbol: string; mark: string }> = {
  gruen: { word: 'grün', label: 'im Plan', symbol: '●', mark: '✓' },
  gelb: { word: 'gelb', label: 'Verzug droht', symbol: '▲', mark: '!' },
  rot: { word: 'rot', label: 'überfällig oder ohne Entscheidung gestoppt', symbol: '■', mark: '✕' },
};

export const AMPEL_ORDER: readonly Ampel[] = ['gruen', 'gelb', 'rot'];

/** The rules in plain German, as the report and the README print them. */
export const AMPEL_RULES: Record<Ampel, string> = {
  gruen: 'Grün (im Plan): abgeschlossen; oder laufend und im Zeitplan (kein Meilenstein überfällig, Ende nicht überschritten); oder geplant und der geplante Start liegt noch vor dem Stichtag.',
  gelb: 'Gelb (Verzug droht): ein Meilenstein ist überfällig; oder das Ende liegt höchstens einen Monat nach dem Stichtag und die Maßnahme läuft noch nicht; oder sie ist noch geplant, obwohl ihr Start verstrichen ist; oder sie ist mit dokumentierter Entscheidung zurückgestellt (ein datierter Eintrag „zurückgestellt“ mit Notiz).',
  rot: 'Rot (überfällig oder ohne Entscheidung gestoppt): das Ende ist am Stichtag überschritten und die Maßnahme ist weder abgeschlossen noch zurückgestellt; oder sie ist zurückgestellt ohne datierten Eintrag mit Notiz.',
};

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
  const due = isMonth(measure.due) ? measure.due : null;
  const start = isMonth(measure.start) ? measure.start : null;
  if (due && asOf > lastDayOf(due)) return { ampel: 'rot', reason: `seit ${monthLabel(monthAfter(due))} überfällig (geplantes Ende ${monthLabel(due)})` };
  const late = milestonesOf(measure, updates).find((m) => m.due && asOf > lastDayOf(m.due) && !(m.reached && m.reached.slice(0, 7) <= asOf.slice(0, 7)));
  if (late) return { ampel: 'gelb', reason: `Meilenstein ${quoted(late.text)} (bis ${monthLabel(late.due!)}) nicht erreicht` };
  if (status === 'geplant' && start && asOf > lastDayOf(start)) return { ampel: 'gelb', reason: `noch nicht begonnen, obwohl der Start für ${monthLabel(start)} geplant war` };
  if (status !== 'laufend' && due && lastDayOf(due) <= oneMonthAfter(asOf)) return { ampel: 'gelb', reason: `das Ende ${monthLabel(due)} steht bevor und die Maßnahme läuft noch nicht` };
  if (status === 'geplant') return { ampel: 'gruen', reason: start ? `Start für ${monthLabel(start)} geplant` : 'geplant' };
  return { ampel: 'gruen', reason: due ? `läuft im Zeitplan (Ende ${monthLabel(due)})` : 'läuft im Zeitplan' };
}

/** Zurückgestellt: gelb with a dated decision (an update to zurueckgestellt with a note), rot without one. */
function deferred(known: MeasureUpdate[]): AmpelResult {
  const decision = [...known].reverse().find((u) => u.status === 'zurueckgestellt' && u.note && u.note.trim());
  if (decision) return { ampel: 'gelb', reason: `am ${dateLabel(decision.date)} mit Entscheidung zurückgestellt` };
  return { ampel: 'rot', reason: 'ohne dokumentierte Entscheidung gestoppt (zurückgestellt ohne datierten Eintrag mit Notiz)' };
}
