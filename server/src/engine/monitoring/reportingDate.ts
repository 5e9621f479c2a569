// The reporting date of a Statusbericht and the day arithmetic the Ampel needs. Plans count in months
// (JJJJ-MM); a month as a reporting date or a due date means its last day.

import { dateLabel, monthLabel } from '../plan/months';
import { daysIn, isDay } from '../vocabulary/dates';

export { isDay };

export class ReportingDateError extends Error {}

const MONTH = /^(\d{4})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day (JJJJ-MM-TT) of a month JJJJ-MM; a day comes back unchanged. */
export function lastDayOf(value: string): string {
  const match = MONTH.exec(value);
  if (!match) return value;
  return `${value}-${pad(daysIn(Number(match[1]), Number(match[2])))}`;
}

/** Whether a string is a month JJJJ-MM with a month 01–12. */
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH.exec(value);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/**
 * A reporting date as given (`--as-of`, `reporting.as_of`): JJJJ-MM-TT, or JJJJ-MM meaning its last day.
 * `what` names the value in the German message („Der Stichtag“).
 */
export function parseReportingDate(value: string, what = 'Der Stichtag'): string {
  if (isDay(value)) return value;
  if (isMonth(value)) return lastDayOf(value);
  throw new ReportingDateError(`${what} „${value}“ ist kein gültiges Datum. Erwartet wird ein Tag JJJJ-MM-TT (z. B. 2027-06-30) oder ein Monat JJJJ-MM (z. B. 2027-06, dann gilt sein letzter Tag).`);
}

/** The same day one month later, clamped to the month's end (2027-01-31 → 2027-02-28). */
export function oneMonthAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return `${nextYear}-${pad(nextMonth)}-${pad(Math.min(date, daysIn(nextYear, nextMonth)))}`;
}

/** The month after JJJJ-MM (from when a month's deadline counts as passed). */
export function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${pad(m + 1)}`;
}

/** A month or a day, as the schema's `month` allows for start, due and reached. */
export function isPeriod(value: unknown): value is string {
  return isMonth(value) || isDay(value);
}

/** „Juni 2027“ for a month, „15. Juni 2027“ for a day. */
export function periodLabel(value: string): string {
  return isDay(value) ? dateLabel(value) : monthLabel(value);
}

/**
 * The day a plan is judged at, where no report names one: its own `reporting.as_of` (a month meaning its last day),
 * else today; undefined when the plan has none and no clock is given. A malformed `as_of` is the schema rule's.
 */
export function planReportingDay(data: Record<string, unknown> | undefined, today?: string): string | undefined {
  const reporting = data?.reporting;
  const asOf = typeof reporting === 'object' && reporting !== null ? (reporting as { as_of?: unknown }).as_of : undefined;
  if (isDay(asOf)) return asOf;
  if (isMonth(asOf)) return lastDayOf(asOf);
  return today;
}

/** The day the plan began: its first Standortbestimmung (the earliest `assessed`, current or earlier). */
export function planBeginning(data: Record<string, unknown> | undefined): string | undefined {
  const earlier = Array.isArray(data?.earlier_assessments) ? data.earlier_assessments : [];
  const days = [data?.assessed, ...earlier.map((e: unknown) => (typeof e === 'object' && e !== null ? (e as { assessed?: unknown }).assessed : undefined))].filter(isDay);
  return days.sort()[0];
}
