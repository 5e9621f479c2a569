// Month arithmetic on `JJJJ-MM` strings, the granularity of a plan, and the German forms of months and days (the
// day's form lives in the vocabulary, which the extension shares).
import { dateLabel, MONTH_NAMES } from '../vocabulary/dates';

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
export { dateLabel, MONTH_NAMES };

/** „Jan. 2027“ for `2027-01`. */
export function monthLabel(value: string): string {
  const index = parseMonth(value);
  return `${MONTH_ABBREVIATIONS[index % 12]} ${Math.floor(index / 12)}`;
}

/** A number as German text writes it: „2,5“, „31.000“. */
export function decimalLabel(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.length > 4 ? whole!.replace(/\B(?=(\d{3})+$)/g, '.') : whole!;
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** `JJJJ-MM` (or a day in it): a measure's start and end. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])/.test(value);
}
