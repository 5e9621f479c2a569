// Month arithmetic on `JJJJ-MM` strings, the granularity of a plan, and the German forms of months and days.
import { MONTH_NAMES } from '../vocabulary/dates';

export function parseMonth(value: string): number {
  const match = /^(\d{4})-(\d{2})/.exec(value);
  if (!match) throw new Error(`Kein Monat: ${value}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function formatMonth(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Weeks to whole months (4.35 weeks a month), at least one. */
export function monthsFor(weeks: number): number {
  return Math.max(1, Math.ceil(weeks / 4.35));
}

/** Month names as German texts abbreviate them (DIN 5008 style: „Jan.“, but „Mai“, „Juni“, „Juli“). */
export const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'];
export { MONTH_NAMES };

/** „Jan. 2027“ for `2027-01`. */
export function monthLabel(value: string): string {
  const index = parseMonth(value);
  return `${MONTH_ABBREVIATIONS[index % 12]} ${Math.floor(index / 12)}`;
}

/** „20. Oktober 2026“ for `2026-10-20`; a value that is no date comes back unchanged. */
export function dateLabel(value: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (!match) return value;
  return `${Number(match[3])}. ${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}

/** A number as German text writes it: „2,5“, „31.000“. */
export function decimalLabel(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.length > 4 ? whole!.replace(/\B(?=(\d{3})+$)/g, '.') : whole!;
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
