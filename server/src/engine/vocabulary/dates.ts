// German month names, the German form of a day and the calendar check of a day: shared by the engine's views and
// rules and the extension's forms, so that a date reads and is judged the same everywhere.

export const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (month 1–12). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a string is a real calendar day JJJJ-MM-TT (2027-02-30 is not). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(match[1]), month);
}

/** „20. Oktober 2026“ for `2026-10-20`; a value that is no date comes back unchanged. */
export function dateLabel(value: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (!match) return value;
  return `${Number(match[3])}. ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}
