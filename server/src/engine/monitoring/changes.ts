// What changed in a measure between two days: status changes, milestones reached, new indicator values.
import type { MeasureStatus } from '../vocabulary';
import type { MeasureUpdate, ReportChange } from './statusReport';

/** The changes dated after `since` (all when null) and on or before `asOf`, in date order. */
export function changesOf(instrument: string, initial: MeasureStatus, updates: MeasureUpdate[], since: string | null, asOf: string): ReportChange[] {
  const changes: ReportChange[] = [];
  let status: string = initial;
  let value: string | null = null;
  for (const update of updates) {
    if (update.date > asOf) break;
    const counted = since === null || update.date > since;
    const note = update.note ?? null;
    if (update.status !== status && counted) changes.push({ date: update.date, instrument, kind: 'status', from: status, to: update.status, note });
    if (update.milestone !== undefined && counted) changes.push({ date: update.date, instrument, kind: 'milestone', from: null, to: update.milestone, note });
    if (update.value !== undefined) {
      const next = String(update.value);
      if (counted && next !== value) changes.push({ date: update.date, instrument, kind: 'value', from: value, to: next, note });
      value = next;
    }
    status = update.status;
  }
  return changes;
}
