// Stand-in for monitor-engine's currentStatus/ampelOf (engine/monitoring/, agreed signatures) until they land on
// main; delete this file and import theirs then. The rules are those of monitoring/ampelRules.ts.
import type { Measure } from '../plan/model';
import { parseMonth } from '../plan/months';
import type { MeasureStatus } from '../vocabulary';
import type { Ampel, MeasureUpdate } from '../monitoring/statusReport';

export type MonitoredMeasure = Omit<Measure, 'milestones'> & {
  updates?: MeasureUpdate[];
  milestones?: { text: string; due?: string; reached?: string }[];
};

/** The latest update's status, or the measure's own `status`. */
export function currentStatus(measure: MonitoredMeasure): MeasureStatus {
  const updates = measure.updates ?? [];
  return updates.length ? updates[updates.length - 1]!.status : measure.status;
}

export function ampelOf(measure: MonitoredMeasure, asOf: string): { ampel: Ampel; reason: string } {
  const status = currentStatus(measure);
  const today = parseMonth(asOf);
  // A month counts to its last day: it has passed once the reporting date lies in a later month.
  const passed = (month: string | undefined) => !!month && /^\d{4}-\d{2}/.test(month) && parseMonth(month) < today;
  if (status === 'abgeschlossen') return { ampel: 'gruen', reason: 'abgeschlossen' };
  if (status === 'zurueckgestellt') {
    const decided = (measure.updates ?? []).some((u) => u.status === 'zurueckgestellt' && !!u.note);
    return decided ? { ampel: 'gelb', reason: 'zurückgestellt mit festgehaltener Entscheidung' } : { ampel: 'rot', reason: 'ohne Entscheidung gestoppt' };
  }
  if (passed(measure.due)) return { ampel: 'rot', reason: 'überfällig' };
  const reached = new Set((measure.updates ?? []).map((u) => u.milestone).filter(Boolean));
  if ((measure.milestones ?? []).some((m) => passed(m.due) && !m.reached && !reached.has(m.text))) return { ampel: 'gelb', reason: 'Meilenstein offen' };
  if (status !== 'laufend' && /^\d{4}-\d{2}/.test(measure.due ?? '') && parseMonth(measure.due) <= today + 1) return { ampel: 'gelb', reason: 'Ende naht, noch nicht begonnen' };
  if (status === 'geplant' && passed(measure.start)) return { ampel: 'gelb', reason: 'Beginn verstrichen' };
  return { ampel: 'gruen', reason: 'im Plan' };
}
