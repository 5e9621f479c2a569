// The portfolio's rules of anonymity: a count that fewer than three offices stand behind is withheld, so a single
// office cannot be singled out; 0 singles out nobody. Where the report shows a row's total, further counts of the
// row are withheld until no withheld count can be worked out by subtraction (secondary suppression). A named
// portfolio shows every count exactly.
import type { Count, LessThanThree, Median, Suppressed } from './portfolioReport';

export const MIN_OFFICES = 3;

export const LESS_THAN_THREE: LessThanThree = Object.freeze({ lessThan: MIN_OFFICES });
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });

/** `value`, or withheld when 1 or 2 offices stand behind it. */
export function anonymised(value: number, offices: number, named: boolean): Count {
  return named || offices === 0 || offices >= MIN_OFFICES ? value : { lessThan: MIN_OFFICES };
}

/** The median of `values` (months), withheld like a count; null when there are none. */
export function anonymisedMedian(values: number[], offices: number, named: boolean): Median {
  if (!values.length) return null;
  if (!named && offices < MIN_OFFICES) return { lessThan: MIN_OFFICES };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One count of a row before anonymising: its value and the number of offices behind it. */
export interface RawCount {
  value: number;
  offices: number;
}

/**
 * The counts of a row whose total the report shows exactly (`totalShown`), anonymised: first each count of one or
 * two offices is withheld, then, while a withheld count could still be worked out from the total and the counts
 * shown, the smallest count shown is withheld too („×“); when none is left, the whole row. `counts` says
 * what the values count: offices (a withheld one is 1 or 2) or measures (a withheld one is at least 1).
 */
export function anonymisedRow(cells: RawCount[], counts: 'offices' | 'measures', totalShown: boolean, named: boolean): Count[] {
  const row: Count[] = cells.map((c) => anonymised(c.value, c.offices, named));
  if (named || !totalShown || !row.some(isWithheld)) return row;
  while (anyDetermined(cells, row, counts)) {
    const smallest = cells
      .map((c, i) => ({ value: c.value, i }))
      .filter(({ value, i }) => value > 0 && !isWithheld(row[i]!))
      .sort((a, b) => a.value - b.value || a.i - b.i)[0];
    // Nothing left to withhold beside them (a row of few offices): every count of the row is withheld, even the
    // zeros and those of one or two offices, so the reader learns the total alone.
    if (!smallest) return row.map(() => SUPPRESSED);
    row[smallest.i] = SUPPRESSED;
  }
  return row;
}

/**
 * Whether a reader who knows the total could tell the exact value of a withheld count. The withheld counts add up
 * to the total less the counts shown; a withheld count of offices lies in 1–2, one of measures in 1 and up, one
 * withheld to protect another („×“, always a count of three offices or more) in 3 and up. A count is determined
 * when what the others can take leaves it one value only.
 */
function anyDetermined(cells: RawCount[], row: Count[], counts: 'offices' | 'measures'): boolean {
  const withheldTotal = cells.reduce((sum, c, i) => sum + (isWithheld(row[i]!) ? c.value : 0), 0);
  const ranges = row.flatMap((count) => (isWithheld(count) ? [withheldRange(count, counts, withheldTotal)] : []));
  const lowSum = ranges.reduce((sum, [low]) => sum + low, 0);
  const highSum = ranges.reduce((sum, [, high]) => sum + high, 0);
  return ranges.some(([low, high]) => Math.max(low, withheldTotal - (highSum - high)) >= Math.min(high, withheldTotal - (lowSum - low)));
}

function withheldRange(count: LessThanThree | Suppressed, counts: 'offices' | 'measures', total: number): [number, number] {
  if ('suppressed' in count) return [MIN_OFFICES, total];
  return counts === 'offices' ? [1, MIN_OFFICES - 1] : [1, total];
}

export function isWithheld(count: Count | Median): count is LessThanThree | Suppressed {
  return typeof count === 'object' && count !== null;
}

/** A count as the HTML shows it: German digits, „< 3“, or „×“ for one withheld to protect another. */
export function countLabel(count: Count): string {
  if (!isWithheld(count)) return count.toLocaleString('de-DE');
  return 'suppressed' in count ? '×' : `< ${MIN_OFFICES}`;
}

/** A count as HTML text („&lt; 3“). */
export function countHtml(count: Count): string {
  return countLabel(count).replace('<', '&lt;');
}

/** A withheld count in words, for the charts' descriptions. */
export function withheldWords(count: LessThanThree | Suppressed): string {
  return 'suppressed' in count ? 'nicht gezeigt' : `weniger als ${MIN_OFFICES}`;
}
