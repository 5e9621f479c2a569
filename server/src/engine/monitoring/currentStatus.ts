// A measure's status over time: the current status is the latest update's, or `status` while there is none;
// the actual start is the first update to `laufend`, the actual end the update that closed it for good.
import type { MeasureStatus } from '../vocabulary';
import { isMeasureStatus, updatesOf, type MonitoredMeasure } from './measureData';
import type { MeasureUpdate } from './statusReport';

/** The status as of `asOf` (JJJJ-MM-TT; all updates when absent): updates after that day do not count yet. */
export function currentStatus(measure: MonitoredMeasure, asOf?: string, updates: MeasureUpdate[] = updatesOf(measure)): MeasureStatus {
  const known = asOf ? updates.filter((u) => u.date <= asOf) : updates;
  const last = known[known.length - 1];
  if (last) return last.status;
  return isMeasureStatus(measure.status) ? measure.status : 'geplant';
}

/** JJJJ-MM-TT of the first update to `laufend`, or null. */
export function actualStart(updates: MeasureUpdate[]): string | null {
  return updates.find((u) => u.status === 'laufend')?.date ?? null;
}

/** JJJJ-MM-TT of the update that began the final run of `abgeschlossen` entries, or null while the measure is not closed. */
export function actualEnd(updates: MeasureUpdate[]): string | null {
  let end: string | null = null;
  for (const update of updates) end = update.status === 'abgeschlossen' ? (end ?? update.date) : null;
  return end;
}

/** The latest update on or before `asOf`, or null. */
export function lastUpdateOf(updates: MeasureUpdate[], asOf: string): MeasureUpdate | null {
  const known = updates.filter((u) => u.date <= asOf);
  return known[known.length - 1] ?? null;
}
