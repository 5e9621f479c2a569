// The portfolio's rules of anonymity: a count that fewer than three offices stand behind is withheld, so a single
// office cannot be singled out; 0 singles out nobody. Where the report shows a row's total, further counts of the
// row are withheld (secondary suppression) so that no withheld count can be worked out, not even by a reader who
// knows this procedure and replays it (anonymise.attacker.test.ts is that reader). A named portfolio shows every
// count exactly.
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
 * The counts of a row whose total the report shows exactly (`totalShown`), anonymised so that a reader who knows
 * this procedure and sees the published row (the counts shown, which are „< 3“, which „×“, the total) cannot work
 * out any withheld count. `counts` says what the values count: offices (a „< 3“ is 1 or 2) or measures (a „< 3“,
 * of one or two offices, is 1 or more).
 *
 * First each count of one or two offices is withheld („< 3“). While that is not `enough`, the next count of the
 * row that is shown and not 0 is withheld too („×“), in the row's order: the choice never depends on a value, so
 * it tells the reader nothing. Whether it is enough depends only on what the reader sees as well (how many „< 3“
 * and „×“ there are, what they add up to, whether a count is left to withhold). When none is left: `fallback`.
 */
export function anonymisedRow(cells: RawCount[], counts: 'offices' | 'measures', totalShown: boolean, named: boolean): Count[] {
  const row: Count[] = cells.map((c) => anonymised(c.value, c.offices, named));
  if (named || !totalShown || !row.some(isWithheld)) return row;
  const lessThan = row.filter(isWithheld).length;
  let withheldSum = cells.reduce((sum, c, i) => sum + (isWithheld(row[i]!) ? c.value : 0), 0);
  const next = cells.flatMap((c, i) => (c.value > 0 && !isWithheld(row[i]!) ? [i] : []));
  // Three counts of three offices: 1 + 1 + 1 is withheld whole below, and only if 2 + 1 + 0 is too can the reader
  // not tell that each count is 1.
  if (counts === 'offices' && cells.length === 3 && totalOf(cells) === 3) return row.map(() => SUPPRESSED);
  for (let suppressed = 0; suppressed <= next.length; suppressed++) {
    if (suppressed > 0) {
      row[next[suppressed - 1]!] = SUPPRESSED;
      withheldSum += cells[next[suppressed - 1]!]!.value;
    }
    if (enough(counts, lessThan, suppressed, withheldSum, suppressed === next.length)) return row;
  }
  return fallback(cells);
}

/**
 * Whether `lessThan` counts „< 3“ and `suppressed` counts „×“ (each at least 3) that add up to `sum` leave every one
 * of them open to a reader who knows the procedure, and so knows that every earlier step fell short of its
 * threshold. Without „×“: „< 3“ of offices are open when they are neither all 1 nor all 2, of measures when they add
 * up to more than their number. With m „×“ the threshold is the largest sum of the „< 3“ that falls short without
 * „×“ (offices: all 2; measures: one 2, the rest 1) plus 3 per „×“ plus 1. At or above it two rows are published
 * alike and differ in every withheld count: the „< 3“ at that largest sum with the first m − 1 „×“ 3, and the
 * „< 3“ all 1 with the first m − 1 „×“ 3 or one of them 4; the last „×“ takes the rest, and every earlier step of
 * each falls short. The 1 above keeps the rows that fall short varied enough for the next step to be open; where no
 * count is left to withhold after this one there is no next step, and it is not needed.
 */
function enough(counts: 'offices' | 'measures', lessThan: number, suppressed: number, sum: number, last: boolean): boolean {
  const spare = last ? 0 : 1;
  if (suppressed === 0) return counts === 'offices' ? lessThan < sum && sum < 2 * lessThan : lessThan >= 2 && sum >= lessThan + 1 + spare;
  const base = counts === 'offices' ? 2 * lessThan : lessThan + 1;
  return sum >= base + MIN_OFFICES * suppressed + spare;
}

/**
 * A row that no number of „×“ protects: every count but the zeros is withheld, the „< 3“ too, so the reader sees
 * which counts are not 0 and the total, and many rows look alike. The zeros go as well where they would give the
 * rest away (one count not 0, or all of them 1) and where the row counts as many as it has values, so that
 * 1 + 1 + … + 1 looks like the other rows of that total.
 */
function fallback(cells: RawCount[]): Count[] {
  const notZero = cells.filter((c) => c.value > 0);
  const whole = notZero.length === 1 || notZero.every((c) => c.value === 1) || totalOf(cells) === cells.length;
  return cells.map((c) => (c.value === 0 && !whole ? 0 : SUPPRESSED));
}

function totalOf(cells: RawCount[]): number {
  return cells.reduce((sum, c) => sum + c.value, 0);
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
