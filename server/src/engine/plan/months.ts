// Month arithmetic on `JJJJ-MM` strings, the granularity of a plan.

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

const MONTH_NAMES = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'];

export function monthLabel(value: string): string {
  const index = parseMonth(value);
  return `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}
