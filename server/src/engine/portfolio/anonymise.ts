// The portfolio's one rule of anonymity: a count that fewer than three offices stand behind is withheld, so a
// single office cannot be singled out; 0 singles out nobody. A named portfolio shows every count exactly.
import type { Count, LessThanThree, Median } from './portfolioReport';

export const MIN_OFFICES = 3;

export const LESS_THAN_THREE: LessThanThree = Object.freeze({ lessThan: MIN_OFFICES });

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

export function isWithheld(count: Count | Median): count is LessThanThree {
  return typeof count === 'object' && count !== null;
}

/** A count as the HTML shows it: German digits, or „< 3“. */
export function countLabel(count: Count): string {
  return isWithheld(count) ? `< ${MIN_OFFICES}` : count.toLocaleString('de-DE');
}

/** A count as HTML text („&lt; 3“). */
export function countHtml(count: Count): string {
  return isWithheld(count) ? `&lt; ${MIN_OFFICES}` : countLabel(count);
}
