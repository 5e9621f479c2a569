// What the monitoring reads of a measure in a plan's frontmatter. The data may be anything the author typed;
// these readers keep what is well formed and leave the rest to the rules, so a report never crashes on it.
import { MEASURE_STATUSES, type MeasureStatus } from '../vocabulary';
import type { MeasureUpdate } from './statusReport';
import { isDay, isMonth } from './reportingDate';

/** A measure as the frontmatter holds it: every field unchecked. */
export interface MonitoredMeasure {
  instrument?: unknown;
  title?: unknown;
  owner?: unknown;
  start?: unknown;
  due?: unknown;
  status?: unknown;
  milestones?: unknown;
  indicator?: unknown;
  updates?: unknown;
}

export interface MilestoneData {
  text: string;
  due: string | null;
  reached: string | null;
}

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === 'string' && (MEASURE_STATUSES as readonly string[]).includes(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The well-formed updates (a real day and a known status), in date order; entries of one day keep their order. */
export function updatesOf(measure: MonitoredMeasure): MeasureUpdate[] {
  if (!Array.isArray(measure.updates)) return [];
  const result: MeasureUpdate[] = [];
  for (const entry of measure.updates) {
    if (!isRecord(entry) || !isDay(entry.date) || !isMeasureStatus(entry.status)) continue;
    const update: MeasureUpdate = { date: entry.date, status: entry.status };
    if (typeof entry.note === 'string') update.note = entry.note;
    if (typeof entry.milestone === 'string') update.milestone = entry.milestone;
    if (typeof entry.value === 'number' || typeof entry.value === 'string') update.value = entry.value;
    result.push(update);
  }
  // A stable sort: the list may be out of order (a rule says so), the report still reads it by date.
  return result.map((u, i) => ({ u, i })).sort((a, b) => a.u.date.localeCompare(b.u.date) || a.i - b.i).map(({ u }) => u);
}

/** The milestones with text; `reached` is the milestone's month or the day of an update naming it. */
export function milestonesOf(measure: MonitoredMeasure, updates: MeasureUpdate[] = updatesOf(measure)): MilestoneData[] {
  if (!Array.isArray(measure.milestones)) return [];
  return measure.milestones.filter(isRecord).filter((m): m is Record<string, unknown> & { text: string } => typeof m.text === 'string').map((m) => ({
    text: m.text,
    due: isMonth(m.due) ? m.due : null,
    reached: isMonth(m.reached) ? m.reached : updates.find((u) => u.milestone === m.text)?.date ?? null,
  }));
}

export const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');
